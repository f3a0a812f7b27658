// The style part, as far as reading values needs it: which cell styles show numbers as dates.

import { isDateFormat } from './cell-value';
import { xmlAttributes } from './xml-text';

/**
 * For each cell style index of `xl/styles.xml`, whether it shows numbers as dates.
 *
 * @example
 * dateStyles('<numFmts><numFmt numFmtId="164" formatCode="d/m/yy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>');
 * // [false, true]
 */
export function dateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1] as string);
    codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(xmlAttributes(match[1] as string).numFmtId ?? 0);
    styles.push(isDateFormat(id, codes.get(id)));
  }
  return styles;
}
