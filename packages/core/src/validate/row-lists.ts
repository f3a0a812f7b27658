import type { RoleLetter } from '../matrix/roles';
import type { RowFacts } from './rule';

// Matrix rules report the rows they concern (every joint row, every row a party carries alone).
// Collecting those ids is a pass over all rows; on a 2,000-row matrix that pass would dominate
// an incremental update, so the lists are computed on first use and kept until a touched row
// changes what they contain.

/** Cached row-id lists, in display order; `undefined` until asked for or after invalidation. */
export interface RowLists {
  joint: readonly string[] | undefined;
  /** By party index: rows in which the party is the only holder of the doing letter. */
  readonly sole: (readonly string[] | undefined)[];
  /** By party index: rows in which the party holds the doing letter. */
  readonly responsible: (readonly string[] | undefined)[];
}

/** Empty caches for `partyCount` parties. */
export function emptyRowLists(partyCount: number): RowLists {
  return {
    joint: undefined,
    sole: new Array<undefined>(partyCount).fill(undefined),
    responsible: new Array<undefined>(partyCount).fill(undefined),
  };
}

/** Ids of the joint rows. */
export function jointRowIds(lists: RowLists, rows: readonly RowFacts[]): readonly string[] {
  if (lists.joint) return lists.joint;
  const ids: string[] = [];
  for (const row of rows) if (row.lane === 'joint') ids.push(row.row.id);
  lists.joint = ids;
  return ids;
}

/** Ids of the rows `party` carries alone; fills every missing party's list in the same pass. */
export function soleRowIds(
  lists: RowLists,
  rows: readonly RowFacts[],
  party: number,
): readonly string[] {
  const cached = lists.sole[party];
  if (cached) return cached;
  const building = lists.sole.map((list) => (list ? undefined : ([] as string[])));
  for (const row of rows) {
    const sole = row.soleResponsible;
    if (sole >= 0) building[sole]?.push(row.row.id);
  }
  building.forEach((list, index) => {
    if (list) lists.sole[index] = list;
  });
  return lists.sole[party] ?? [];
}

/** Ids of the rows in which `party` holds `letter` (the doing letter). */
export function responsibleRowIds(
  lists: RowLists,
  rows: readonly RowFacts[],
  party: number,
  letter: RoleLetter,
): readonly string[] {
  const cached = lists.responsible[party];
  if (cached) return cached;
  const ids: string[] = [];
  for (const row of rows) if (row.cells[party]?.roles.includes(letter)) ids.push(row.row.id);
  lists.responsible[party] = ids;
  return ids;
}

const holds = (facts: RowFacts, party: number, letter: RoleLetter) =>
  facts.cells[party]?.roles.includes(letter) === true;

/** Drops the lists that a row changing from `before` to `after` (same position) alters. */
export function invalidateRowLists(
  lists: RowLists,
  before: RowFacts,
  after: RowFacts,
  letter: RoleLetter,
): void {
  if ((before.lane === 'joint') !== (after.lane === 'joint')) lists.joint = undefined;
  if (before.soleResponsible !== after.soleResponsible) {
    if (before.soleResponsible >= 0) lists.sole[before.soleResponsible] = undefined;
    if (after.soleResponsible >= 0) lists.sole[after.soleResponsible] = undefined;
  }
  for (let party = 0; party < lists.responsible.length; party++) {
    if (holds(before, party, letter) !== holds(after, party, letter)) {
      lists.responsible[party] = undefined;
    }
  }
}

/** Drops every list the row is in: after it was added, removed or moved among the others. */
export function forgetRow(lists: RowLists, facts: RowFacts, letter: RoleLetter): void {
  if (facts.lane === 'joint') lists.joint = undefined;
  if (facts.soleResponsible >= 0) lists.sole[facts.soleResponsible] = undefined;
  for (let party = 0; party < lists.responsible.length; party++) {
    if (holds(facts, party, letter)) lists.responsible[party] = undefined;
  }
}

/** Drops every list: rows changed order wholesale (a category moved). */
export function forgetAll(lists: RowLists): void {
  lists.joint = undefined;
  lists.sole.fill(undefined);
  lists.responsible.fill(undefined);
}
