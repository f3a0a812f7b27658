import { cellOf } from '../../matrix/get-cell';
import type { Cell, Row } from '../../matrix/model';
import type { RoleLetter } from '../../matrix/roles';
import type { RowFacts, RuleContext } from '../rule';

// Shared reading helpers for the built-in rules. They run only once a rule has found a problem,
// so they favour clarity over speed.
//
// The built-in checks only test, and build a finding in a function of their own: a function
// that creates closures (the deferred fixes) allocates their scope as it starts, so a check that
// built its finding inline made garbage for every row, passing rows included.

/** What fix builders read of a row: the row and its cells by party index. */
export type RowCells = Pick<RowFacts, 'row' | 'cells'>;

/**
 * The row's cells by party index, read again from the row. Deferred fix builders start from
 * this instead of closing over the row's facts: an issue keeps its fix builder for as long as
 * the host keeps the result, and a closure keeps alive everything it captures, which on a messy
 * import was most of the memory a result held.
 */
export function rowCells(row: Row, context: RuleContext): RowCells {
  return { row, cells: context.parties.map((info) => cellOf(row, info.party.id)) };
}

/** Indexes of the parties whose cell in the row matches, in party order. */
export function partiesWhere(
  facts: RowCells,
  matches: (cell: Cell, partyIndex: number) => boolean,
): number[] {
  const found: number[] = [];
  facts.cells.forEach((cell, index) => {
    if (cell !== undefined && matches(cell, index)) found.push(index);
  });
  return found;
}

/** Indexes of the parties holding `letter` in the row. */
export function holdersOf(facts: RowCells, letter: RoleLetter): number[] {
  return partiesWhere(facts, (cell) => cell.roles.includes(letter));
}

/** Names of parties by index. */
export function partyNames(context: RuleContext, indexes: readonly number[]): string[] {
  return indexes.map((index) => context.parties[index]?.party.name ?? '');
}

/** Ids of parties by index. */
export function partyIds(context: RuleContext, indexes: readonly number[]): string[] {
  return indexes.map((index) => context.parties[index]?.party.id ?? '');
}

/** Indexes of every party of the matrix on the internal side (internal and business). */
export function internalParties(context: RuleContext): number[] {
  const found: number[] = [];
  context.parties.forEach((info, index) => {
    if (info.lane === 'internal') found.push(index);
  });
  return found;
}

/** Whether the row carries any of `tags`. */
export function hasAnyTag(row: Row, tags: readonly string[]): boolean {
  return row.tags?.some((tag) => tags.includes(tag)) === true;
}
