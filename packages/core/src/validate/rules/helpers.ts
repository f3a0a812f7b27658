import type { Cell, Row } from '../../matrix/model';
import type { RoleLetter } from '../../matrix/roles';
import type { RowFacts, RuleContext } from '../rule';

// Shared reading helpers for the built-in rules. They run only once a rule has found a problem,
// so they favour clarity over speed.

/** Indexes of the parties whose cell in the row matches, in party order. */
export function partiesWhere(
  facts: RowFacts,
  matches: (cell: Cell, partyIndex: number) => boolean,
): number[] {
  const found: number[] = [];
  facts.cells.forEach((cell, index) => {
    if (cell !== undefined && matches(cell, index)) found.push(index);
  });
  return found;
}

/** Indexes of the parties holding `letter` in the row. */
export function holdersOf(facts: RowFacts, letter: RoleLetter): number[] {
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
