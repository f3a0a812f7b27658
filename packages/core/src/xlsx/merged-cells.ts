// Merged ranges: a merged cell's value belongs to every row the range covers.

import { columnOf, MAX_COLUMNS } from './sheet-rows';
import { xmlAttributes } from './xml-text';

/**
 * Copies each merged range's value down its first column, as the rows below it belong to it.
 * `from` is where to look for `<mergeCell>`s: they follow `<sheetData>`, so a reader passes its
 * end rather than searching the whole sheet again.
 *
 * @example
 * fillMerges('<mergeCell ref="A2:A3"/>', rows, 0); // rows[2][0] = rows[1][0]
 */
export function fillMerges(xml: string, rows: string[][], from = 0) {
  const tail = from > 0 ? xml.slice(from) : xml;
  for (const match of tail.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/g)) {
    const ref = xmlAttributes(match[1] as string).ref ?? '';
    const [start, end] = ref.split(':');
    if (!start || !end) continue;
    const column = columnOf(start);
    const top = Number(start.replace(/^[A-Z]+/, '')) - 1;
    const bottom = Math.min(Number(end.replace(/^[A-Z]+/, '')) - 1, rows.length - 1);
    const value = rows[top]?.[column];
    if (column < 0 || column >= MAX_COLUMNS || !value || !(bottom > top)) continue;
    for (let row = top + 1; row <= bottom; row++) {
      if (!rows[row]) rows[row] = [];
      const record = rows[row] as string[];
      while (record.length < column) record.push('');
      if (!record[column]) record[column] = value;
    }
  }
}
