import type { PartySide, RoleLetter } from '@tandem/core';
import {
  detectMatrixLayout,
  guessPartySide,
  type LayoutColumn,
  type LayoutDetection,
  type LayoutOrientation,
  type MatrixLayout,
  type Table,
} from '@tandem/core/io';
import type { ColumnChoice } from '../messages';

const SIDES: readonly PartySide[] = ['internal', 'provider', 'vendor', 'business'];

/**
 * The menu entry a column shows: its role, a party split by side — the layout's, else the side
 * the import gave the party of that name (`known`: a reused party keeps its own), else the one
 * the name suggests, as the import decides.
 *
 * @example
 * choiceOf({ column: 3, header: 'MSP NOC', role: 'party' }); // 'party-provider'
 */
export function choiceOf(column: LayoutColumn, known?: PartySide): ColumnChoice {
  if (column.role !== 'party') return column.role;
  return `party-${column.side ?? known ?? guessPartySide(column.header) ?? 'internal'}`;
}

/**
 * The choices a column's menu offers: every role but `letter`, which only a column the
 * detector read as one of a transposed sheet's letter columns can take (it knows its letters).
 *
 * @example
 * columnChoices(false); // ['function', 'category', 'id', …, 'party-internal', …, 'ignore']
 */
export function columnChoices(canBeLetter: boolean): readonly ColumnChoice[] {
  return [
    'function',
    'category',
    'id',
    'description',
    'notes',
    'kind',
    'tags',
    ...SIDES.map((side): ColumnChoice => `party-${side}`),
    ...(canBeLetter ? (['letter'] as const) : []),
    'responsibility',
    'ignore',
  ];
}

/** A letter column's letters, from any layout the detector weighed. */
export function letterColumns(
  detection: LayoutDetection,
): ReadonlyMap<number, readonly RoleLetter[]> {
  const found = new Map<number, readonly RoleLetter[]>();
  for (const option of [detection, ...detection.alternatives])
    for (const column of option.layout.columns)
      if (column.role === 'letter' && column.letters) found.set(column.column, column.letters);
  return found;
}

/** The orientation roles imply: letter columns transpose, a responsibility column pivots. */
function orientationOf(columns: readonly LayoutColumn[], before: LayoutOrientation) {
  if (columns.some((column) => column.role === 'letter')) return 'transposed';
  if (columns.some((column) => column.role === 'responsibility')) return 'responsibility';
  return before === 'marks' ? 'marks' : 'grid';
}

/**
 * The layout with one column's role changed. A new function column turns the old one into
 * notes (nothing is lost); a second responsibility column turns the first into notes too; the
 * orientation follows the roles.
 *
 * @example
 * withColumnChoice(layout, 3, 'party-provider').columns[2]; // { …, role: 'party', side: 'provider' }
 */
export function withColumnChoice(
  layout: MatrixLayout,
  columnNumber: number,
  choice: ColumnChoice,
  letters: ReadonlyMap<number, readonly RoleLetter[]> = new Map(),
): MatrixLayout {
  const party = choice.startsWith('party-');
  const role = party ? 'party' : (choice as Exclude<ColumnChoice, `party-${string}`>);
  const single = role === 'function' || role === 'responsibility';
  const columns = layout.columns.map((column): LayoutColumn => {
    if (column.column === columnNumber) {
      const next: LayoutColumn = { column: column.column, header: column.header, role };
      if (party) return { ...next, side: choice.slice('party-'.length) as PartySide };
      const known = letters.get(column.column);
      if (role === 'letter' && known) return { ...next, letters: known };
      return next;
    }
    if (single && column.role === role)
      return { column: column.column, header: column.header, role: 'notes' };
    return column;
  });
  return { ...layout, columns, orientation: orientationOf(columns, layout.orientation) };
}

/**
 * The layout read with another header row: detected afresh from that row down (the header's
 * words decide the roles), keeping the letter system when the rows above held the legend.
 *
 * @example
 * withHeaderRow(table, layout, 3).headerRow; // 3
 */
export function withHeaderRow(table: Table, layout: MatrixLayout, row: number): MatrixLayout {
  const offset = row - 1;
  const below = detectMatrixLayout({ rows: table.rows.slice(offset) }).layout;
  const letters =
    below.letters.legendRows.length > 0
      ? { ...below.letters, legendRows: below.letters.legendRows.map((r) => r + offset) }
      : layout.letters;
  const header = table.rows[offset] ?? [];
  // A header row the detector would not pick (one filled cell) still gets a column per cell.
  const columns =
    below.headerRow === 1 && below.columns.length > 0
      ? below.columns
      : header.map(
          (text, index): LayoutColumn => ({
            column: index + 1,
            header: text.trim(),
            role: index === 0 ? 'function' : 'party',
          }),
        );
  return { ...below, columns, headerRow: row, letters };
}

/**
 * The layout with what one sheet letter reads as changed (`[]` for no role).
 *
 * @example
 * withLetterMapping(layout, 'M', ['C']).letters.map.M; // ['C']
 */
export function withLetterMapping(
  layout: MatrixLayout,
  letter: string,
  letters: readonly RoleLetter[],
): MatrixLayout {
  return {
    ...layout,
    letters: { ...layout.letters, map: { ...layout.letters.map, [letter]: letters } },
  };
}
