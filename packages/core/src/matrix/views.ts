import { cellOf } from './get-cell';
import type { Cell, Matrix, PartySide, Qualifier, Row } from './model';
import type { RoleLetter } from './roles';
import { findRow } from './row-index';

/** The ownership lane of a row: who really owns it. */
export type Lane = 'internal' | 'joint' | 'provider' | 'unassigned';

/**
 * Whether a qualifier makes a letter a stand-in rather than ownership: "overflow only" and
 * "when internal unavailable" back the owner up; they do not share the row.
 */
export function isBackupQualifier(qualifier: Qualifier | undefined): boolean {
  return qualifier === 'overflow' || qualifier === 'when-unavailable';
}

/** Which lane a side's ownership counts toward: internal and business vs provider and vendor. */
export function laneOfSide(side: PartySide): 'internal' | 'provider' {
  return side === 'internal' || side === 'business' ? 'internal' : 'provider';
}

/** Whether a cell makes its party an owner of the row: R or A (or D), not as a backup. */
export function isOwningCell(cell: Cell | undefined): boolean {
  if (!cell || isBackupQualifier(cell.qualifier)) return false;
  return cell.roles.some((letter) => letter === 'R' || letter === 'A' || letter === 'D');
}

/**
 * The ownership lane of one row. A party owns a row when it holds R or A (D in DACI) without a
 * backup qualifier (overflow, when-unavailable). Internal and business parties count as the
 * internal side, provider and vendor parties as the provider side; owners on both sides make
 * the row `joint`, no owner makes it `unassigned`.
 *
 * @example
 * rowLane(matrix, 'tier1'); // 'internal' — the MSP's R is "overflow only"
 */
export function rowLane(matrix: Matrix, rowId: string): Lane {
  const row = findRow(matrix, rowId);
  return row ? laneOfRow(matrix, row) : 'unassigned';
}

/**
 * The ownership lane of a row you already hold (see {@link rowLane}).
 *
 * @example
 * matrix.rows.map((row) => laneOfRow(matrix, row));
 */
export function laneOfRow(matrix: Matrix, row: Row): Lane {
  let internal = false;
  let provider = false;
  for (const party of matrix.parties) {
    if (!isOwningCell(cellOf(row, party.id))) continue;
    if (laneOfSide(party.side) === 'internal') internal = true;
    else provider = true;
  }
  if (internal && provider) return 'joint';
  if (internal) return 'internal';
  if (provider) return 'provider';
  return 'unassigned';
}

/**
 * The lane of every row, by row id.
 *
 * @example
 * const lanes = ownershipLanes(matrix);
 * matrix.rows.filter((row) => lanes[row.id] === 'joint');
 */
export function ownershipLanes(matrix: Matrix): Record<string, Lane> {
  const lanes: Record<string, Lane> = {};
  for (const row of matrix.rows) lanes[row.id] = laneOfRow(matrix, row);
  return lanes;
}

/** How many rows a party holds each letter in, and how many rows it holds anything in. */
export interface PartyLoad {
  readonly partyId: string;
  /** Rows in which the party holds the letter, per letter. */
  readonly letters: Readonly<Partial<Record<RoleLetter, number>>>;
  /** Rows in which the party holds at least one letter. */
  readonly rows: number;
  /** Rows in which the party is the only Responsible. */
  readonly soleResponsible: number;
}

/**
 * Letter counts per party: the load each party carries and the RACI summary of its column.
 *
 * @example
 * partyLoads(matrix).find((load) => load.partyId === 'msp')?.letters.R; // 9
 */
export function partyLoads(matrix: Matrix): PartyLoad[] {
  const loads = matrix.parties.map((party) => ({
    partyId: party.id,
    letters: {} as Partial<Record<RoleLetter, number>>,
    rows: 0,
    soleResponsible: 0,
  }));
  for (const row of matrix.rows) {
    let responsible = -1;
    let responsibleCount = 0;
    loads.forEach((load, index) => {
      const cell = cellOf(row, load.partyId);
      if (!cell || cell.roles.length === 0) return;
      load.rows += 1;
      for (const letter of cell.roles) load.letters[letter] = (load.letters[letter] ?? 0) + 1;
      if (cell.roles.includes('R')) {
        responsible = index;
        responsibleCount += 1;
      }
    });
    const sole = loads[responsible];
    if (responsibleCount === 1 && sole) sole.soleResponsible += 1;
  }
  return loads;
}

/**
 * A one-line RACI summary of a party's column, e.g. `R 9 · A 8 · C 2 · I 3`.
 *
 * @example
 * raciSummary(matrix, 'msp'); // 'R 9 · A 8 · C 2'
 */
export function raciSummary(
  matrix: Matrix,
  partyId: string,
  letters?: readonly RoleLetter[],
): string {
  const load = partyLoads(matrix).find((entry) => entry.partyId === partyId);
  if (!load) return '';
  const order = letters ?? (['D', 'R', 'A', 'S', 'C', 'I'] as const);
  return order
    .filter((letter) => (load.letters[letter] ?? 0) > 0)
    .map((letter) => `${letter} ${load.letters[letter]}`)
    .join(' · ');
}
