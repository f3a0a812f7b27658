// The workbook part: which worksheets it has, in order, where each one's XML is, and which
// date system it counts in.

import { refusal, Stop } from './read-failure';
import { xmlAttributes } from './xml-text';

/** The worksheets of a workbook and its date system. */
export interface Book {
  readonly sheets: readonly { name: string; path: string }[];
  readonly date1904: boolean;
}

/** The part a relationship target names, resolved against `xl/`. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * The worksheets `xl/workbook.xml` lists, each with its part's path from the workbook's
 * relationships, and whether dates count from 1904. Throws a {@link Stop} when the zip holds
 * no workbook.
 *
 * @example
 * readBook(workbookXml, relsXml).sheets; // [{ name: 'RACI', path: 'xl/worksheets/sheet1.xml' }]
 */
export function readBook(workbook: string, relationships: string): Book {
  if (workbook === '') {
    throw new Stop(refusal('not_xlsx', 'the file is a zip archive but not an xlsx workbook.'));
  }
  const targets = new Map<string, string>();
  for (const match of relationships.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1] as string);
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1] as string);
    const target = attributes.id ? targets.get(attributes.id) : undefined;
    if (target) sheets.push({ name: attributes.name ?? '', path: partPath(target) });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const flag = pr ? xmlAttributes(pr[1] as string).date1904 : undefined;
  return { sheets, date1904: flag === '1' || flag === 'true' };
}

/**
 * The sheet the caller asked for (by name or 0-based position), or the refusal that names the
 * sheets there are.
 *
 * @example
 * pickSheet(book, 'RACI'); // { name: 'RACI', path: 'xl/worksheets/sheet1.xml' }
 */
export function pickSheet(book: Book, wanted: string | number): { name: string; path: string } {
  const sheet =
    typeof wanted === 'number' ? book.sheets[wanted] : book.sheets.find((s) => s.name === wanted);
  if (sheet) return sheet;
  const names = book.sheets.map((s) => `"${s.name}"`).join(', ');
  const which = typeof wanted === 'number' ? `at position ${wanted}` : `"${wanted}"`;
  throw new Stop(
    refusal('no_such_sheet', `the workbook has no sheet ${which}; it has ${names || 'none'}.`),
  );
}
