import { setCell, withLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import { holdersOf, rowCells } from './helpers';

function nobodyResponsible(facts: RowFacts, context: RuleContext): readonly Finding[] {
  const { row } = facts;
  const letter = context.responsibleLetter;
  const letterName = context.letterName(letter);
  return [
    {
      message: context.messages['responsible-required']({
        row: row.name,
        letter: letterName,
      }),
      rowIds: [row.id],
      partyIds: [],
      fixes: () => {
        const cells = rowCells(row, context);
        return holdersOf(cells, 'A').map((index) => {
          const party = context.parties[index]?.party;
          return {
            label: context.messages.fixes.giveLetter({
              party: party?.name ?? '',
              letter: letterName,
            }),
            changes: [setCell(row.id, party?.id ?? '', withLetters(cells.cells[index], [letter]))],
          };
        });
      },
    },
  ];
}

/**
 * `responsible-required` (error): every task row has a party that does the work — Responsible,
 * or the Driver in DACI. Any qualifier counts: an "overflow only" R is still someone assigned.
 * Decisions are exempt; their Accountable party decides. The fix gives the letter to the
 * Accountable party (one fix per Accountable party).
 *
 * @example
 * validateMatrix(matrix).summary.byRule['responsible-required']; // rows nobody does
 */
export const responsibleRequired: RowRule = {
  id: 'responsible-required',
  scope: 'row',
  severity: 'error',
  description: 'Every task row has a Responsible party (the Driver in DACI).',
  check(facts, context) {
    const { row } = facts;
    if (row.kind !== 'task' || facts.responsible > 0) return NO_FINDINGS;
    return nobodyResponsible(facts, context);
  },
};
