import { setCell, withLetters } from '../cell-edits';
import { NO_FINDINGS, type RowRule } from '../rule';
import { holdersOf } from './helpers';

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
    if (facts.row.kind !== 'task' || facts.responsible > 0) return NO_FINDINGS;
    const letter = context.responsibleLetter;
    const letterName = context.letterName(letter);
    return [
      {
        message: context.messages['responsible-required']({
          row: facts.row.name,
          letter: letterName,
        }),
        rowIds: [facts.row.id],
        partyIds: [],
        fixes: () =>
          holdersOf(facts, 'A').map((index) => {
            const party = context.parties[index]?.party;
            return {
              label: context.messages.fixes.giveLetter({
                party: party?.name ?? '',
                letter: letterName,
              }),
              changes: [
                setCell(facts.row.id, party?.id ?? '', withLetters(facts.cells[index], [letter])),
              ],
            };
          }),
      },
    ];
  },
};
