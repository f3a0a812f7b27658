import { splitNames } from './cell-kind';
import { normaliseHeader } from './header-words';
import type { MatrixLayout } from './matrix-layout';

/** Words that mean every party in a transposed sheet's cells. */
const EVERYONE = new Set(
  'everyone,everybody,all,all parties,all roles,all teams,todos,todas,todo el mundo,iedereen,allen,alle,tous,tout le monde'.split(
    ',',
  ),
);
/** Words of a responsibility column that name both (every) sides. */
const SHARED = new Set(
  'shared,joint,both,shared responsibility,compartilhado,compartilhada,compartido,gedeeld,gemeinsam,partage'.split(
    ',',
  ),
);
/** Words of a responsibility column that name nobody. */
const NOBODY = new Set(
  'not applicable,n/a,na,none,-,–,—,nao aplicavel,no aplica,niet van toepassing,nicht zutreffend'.split(
    ',',
  ),
);

/** Party columns made from a transposed sheet's letter columns or a responsibility column. */
export interface Pivot {
  /** Party names in order of first appearance, with the cell that first named each. */
  readonly parties: readonly { name: string; row: number; column: number }[];
  /** Each record with one cell per party appended (letters or marks), from `width` on. */
  readonly records: readonly string[][];
  readonly width: number;
  /** The 1-based column each party's cells came from, to place warnings. */
  readonly reportColumns: readonly number[];
}

/**
 * Turns a transposed sheet (a column per letter, names in the cells, several per cell,
 * "everyone" words) or a responsibility column (names, comma lists, `Shared`, `Not
 * applicable`) into one column per party appended to each record, so the rows read like any
 * grid. A transposed name gets its column's letters; a responsibility cell's one name gets an
 * owner mark, a list's first name `R/A` and the others `R`, and `Shared` a joint mark for every
 * party the column names elsewhere.
 *
 * @example
 * pivot(rows, 0, layout).parties.map((p) => p.name); // ['Tech Lead', 'PM', 'Designer', 'Community']
 */
export function pivot(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  layout: MatrixLayout,
): Pivot {
  const width = Math.max(layout.columns.length, ...rows.map((record) => record.length));
  const sources = layout.columns.filter(
    (c) => c.role === (layout.orientation === 'transposed' ? 'letter' : 'responsibility'),
  );
  const order = new Map<string, { name: string; row: number; column: number }>();
  const legend = new Set(layout.letters.legendRows);
  const named: { row: number; key: string; letters: string; everyone: boolean }[][] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const record = rows[index] as readonly string[];
    const found: { row: number; key: string; letters: string; everyone: boolean }[] = [];
    named[index] = found;
    if (legend.has(index + 1)) continue;
    for (const source of sources) {
      const text = record[source.column - 1] ?? '';
      const transposed = layout.orientation === 'transposed';
      const names = splitNames(text);
      for (const name of names) {
        // A list's first name leads (`Agency, CSP`): Accountable, the others Responsible.
        const letters = transposed
          ? (source.letters ?? []).join('/')
          : names.length === 1
            ? 'x'
            : name === names[0]
              ? 'R/A'
              : 'R';
        const key = normaliseHeader(name);
        if (transposed && EVERYONE.has(key)) {
          found.push({ row: index, key, letters, everyone: true });
          continue;
        }
        if (layout.orientation === 'responsibility' && (SHARED.has(key) || NOBODY.has(key))) {
          found.push({ row: index, key, letters: SHARED.has(key) ? 'joint' : '', everyone: true });
          continue;
        }
        if (!order.has(key)) order.set(key, { name, row: index + 1, column: source.column });
        found.push({ row: index, key, letters, everyone: false });
      }
    }
  }
  const parties = [...order.values()];
  const keys = [...order.keys()];
  const reportColumns = parties.map((party) => party.column);
  const records = rows.map((record, index) => {
    const out = [...record];
    while (out.length < width) out.push('');
    const found = named[index];
    const cells = keys.map(() => [] as string[]);
    for (const entry of found ?? []) {
      if (entry.letters === '') continue;
      keys.forEach((key, k) => {
        if (entry.everyone || entry.key === key) {
          const cell = cells[k] as string[];
          if (!cell.includes(entry.letters)) cell.push(entry.letters);
        }
      });
    }
    for (const cell of cells) out.push(cell.join('/'));
    return out;
  });
  return { parties, records, width, reportColumns };
}
