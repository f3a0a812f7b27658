import type { Cell, Matrix, Row } from '../matrix/model';
import { type RoleLetter, roleLetters } from '../matrix/roles';
import { isBackupQualifier, type Lane, laneOfSide } from '../matrix/views';
import type { RowFacts } from './rule';
import type { MatrixIssue } from './types';

/** What computing row facts needs from the matrix, prepared once per run. */
export interface FactsSetup {
  readonly partyIds: readonly string[];
  /** Party id → index in `matrix.parties`. */
  readonly partyIndex: ReadonlyMap<string, number>;
  /** `partyIds` when no two parties share an id (else empty): where a row's cells are tried first. */
  readonly order: readonly string[];
  readonly lanes: readonly ('internal' | 'provider')[];
  readonly responsibleLetter: RoleLetter;
  /** Whether the matrix's variant uses S (RASCI); every variant uses A, C and I. */
  readonly support: boolean;
}

/** Prepares {@link FactsSetup} for a matrix. */
export function factsSetup(matrix: Matrix): FactsSetup {
  const partyIds = matrix.parties.map((party) => party.id);
  const partyIndex = new Map(partyIds.map((id, index) => [id, index]));
  return {
    partyIds,
    partyIndex,
    order: partyIndex.size === partyIds.length ? partyIds : [],
    lanes: matrix.parties.map((party) => laneOfSide(party.side)),
    responsibleLetter: matrix.variant === 'daci' ? 'D' : 'R',
    support: roleLetters(matrix.variant).includes('S'),
  };
}

/** Row facts plus the row's issues: what the incremental validator caches per row. */
export interface RowEntry extends RowFacts {
  issues: readonly MatrixIssue[];
}

const NO_ISSUES: readonly MatrixIssue[] = Object.freeze([]);

/**
 * Reads a row's cells once and derives everything the rules ask about it.
 *
 * It walks the row's own stored cells (own keys only, so an id such as `constructor` never
 * reaches `Object.prototype`, the guarantee `cellOf` gives) instead of calling `cellOf` for
 * every party: a row holds 1–3 cells out of ~12 parties, and the lookups alone cost three times
 * as much. Cells of unknown parties are ignored. The lane is derived in the same pass from what
 * `laneOfRow` uses (`isOwningCell`'s test, inlined, and the party's lane). Property tests hold
 * `cells` equal to `cellOf` and `lane` equal to `laneOfRow` on random matrices.
 */
export function computeRowFacts(row: Row, setup: FactsSetup): RowEntry {
  const { order, partyIndex, lanes, responsibleLetter, support } = setup;
  const cells = new Array<Cell | undefined>(setup.partyIds.length);
  const stored = row.cells;
  let accountable = 0;
  let responsible = 0;
  let soleResponsible = -1;
  let internal = false;
  let provider = false;
  let foreignLetters = false;
  // for…in with an own-key check rather than Object.keys: the same keys, without a fresh array
  // per row (a messy 2,000-row import spent a twentieth of its garbage on them). The check is
  // `hasOwnProperty.call`, not `Object.hasOwn`: V8 turns the former, on the object for…in
  // walks, into a map test, and the loop ran a fifth faster.
  // Cells are usually stored in party order: try the next party's id before the map (only
  // when ids are unique, so both find the same index).
  let next = 0;
  for (const key in stored) {
    // biome-ignore lint/suspicious/noPrototypeBuiltins: V8 turns this form, not Object.hasOwn, into a map test inside for…in.
    if (!Object.prototype.hasOwnProperty.call(stored, key)) continue;
    const p = order[next] === key ? next : partyIndex.get(key);
    if (p === undefined) continue;
    next = p + 1;
    const cell = stored[key] as Cell;
    cells[p] = cell;
    const roles = cell.roles;
    // Whether the cell holds an owning letter (R, A or D): `isOwningCell`, read in this loop.
    // Letters are compared, not looked up: A, C and I belong to every variant, the doing
    // letter to its own, R and D are foreign to each other's, S only to RASCI.
    let owning = false;
    for (let l = 0; l < roles.length; l++) {
      const letter = roles[l] as RoleLetter;
      if (letter === 'A') {
        accountable += 1;
        owning = true;
      } else if (letter === responsibleLetter) {
        responsible += 1;
        soleResponsible = p;
        owning = true;
      } else if (letter === 'R' || letter === 'D') {
        owning = true;
        foreignLetters = true;
      } else if (letter !== 'C' && letter !== 'I' && (letter !== 'S' || !support)) {
        foreignLetters = true;
      }
    }
    if (owning && !isBackupQualifier(cell.qualifier)) {
      if (lanes[p] === 'internal') internal = true;
      else provider = true;
    }
  }
  const lane: Lane = internal
    ? provider
      ? 'joint'
      : 'internal'
    : provider
      ? 'provider'
      : 'unassigned';
  return {
    row,
    cells,
    accountable,
    responsible,
    soleResponsible: responsible === 1 ? soleResponsible : -1,
    lane,
    foreignLetters,
    issues: NO_ISSUES,
  };
}

/** Per-party and matrix totals, adjusted row by row as rows come and go. */
export interface Totals {
  readonly heldRows: number[];
  readonly responsibleRows: number[];
  readonly soleResponsibleRows: number[];
  jointRows: number;
  readonly categoryRows: Map<string, number>;
}

/** Zeroed totals for `partyCount` parties. */
export function emptyTotals(partyCount: number): Totals {
  return {
    heldRows: new Array<number>(partyCount).fill(0),
    responsibleRows: new Array<number>(partyCount).fill(0),
    soleResponsibleRows: new Array<number>(partyCount).fill(0),
    jointRows: 0,
    categoryRows: new Map(),
  };
}

/** Adds (`sign` 1) or takes away (`sign` -1) one row's share of the totals. */
export function countRow(totals: Totals, facts: RowFacts, letter: RoleLetter, sign: 1 | -1): void {
  const { cells } = facts;
  for (let p = 0; p < cells.length; p++) {
    const cell = cells[p];
    if (cell === undefined || cell.roles.length === 0) continue;
    totals.heldRows[p] = (totals.heldRows[p] as number) + sign;
    if (cell.roles.includes(letter)) {
      totals.responsibleRows[p] = (totals.responsibleRows[p] as number) + sign;
    }
  }
  const sole = facts.soleResponsible;
  if (sole >= 0)
    totals.soleResponsibleRows[sole] = (totals.soleResponsibleRows[sole] as number) + sign;
  if (facts.lane === 'joint') totals.jointRows += sign;
  const category = facts.row.categoryId;
  totals.categoryRows.set(category, (totals.categoryRows.get(category) ?? 0) + sign);
}
