// The shared-string table: the texts cells of type `s` point at by index.

import { runText } from './xml-text';

/** Characters of XML read per step. */
const STEP_CHARS = 64 * 1024;

/**
 * The shared strings of `xl/sharedStrings.xml`, rich runs joined and phonetic guides
 * skipped, read in steps; each step yields how many characters of the XML are read.
 *
 * @example
 * const strings = yield* sharedStrings('<sst><si><t>R</t></si></sst>'); // ['R']
 */
export function* sharedStrings(xml: string): Generator<number, string[]> {
  const strings: string[] = [];
  let next = STEP_CHARS;
  for (const match of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    strings.push(match[1] === undefined ? '' : runText(match[1]));
    if (match.index >= next) {
      next = match.index + STEP_CHARS;
      yield match.index;
    }
  }
  return strings;
}
