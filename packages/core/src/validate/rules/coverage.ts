import { isOwningCell } from '../../matrix/views';
import { setCell, withLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import type { MatrixFix } from '../types';
import { partiesWhere, partyIds, partyNames } from './helpers';

/** The tag of rows that need round-the-clock cover. */
export const ROUND_THE_CLOCK_TAG = '24x7';

function uncovered(facts: RowFacts, context: RuleContext): readonly Finding[] {
  const { row } = facts;
  const owners = partiesWhere(facts, (cell) => isOwningCell(cell));
  if (owners.some((index) => context.parties[index]?.alwaysOpen)) return NO_FINDINGS;
  const letter = context.responsibleLetter;
  const fixes = () => {
    const found: MatrixFix[] = [];
    for (let index = 0; index < context.parties.length; index++) {
      const info = context.parties[index];
      if (!info?.alwaysOpen) continue;
      found.push({
        label: context.messages.fixes.giveAfterHoursCover({
          party: info.party.name,
          letter: context.letterName(letter),
        }),
        changes: [
          setCell(row.id, info.party.id, withLetters(facts.cells[index], [letter], 'after-hours')),
        ],
      });
    }
    return found;
  };
  return [
    {
      message: context.messages['coverage-24x7']({
        row: row.name,
        owners: partyNames(context, owners),
      }),
      rowIds: [row.id],
      partyIds: partyIds(context, owners),
      fixes,
    },
  ];
}

/**
 * `coverage-24x7` (warning): a row tagged `24x7` (after-hours emergency response, security
 * monitoring) is owned by no party whose calendar is always open (`'24x7'` or one listed in
 * `options.alwaysOpenCalendars`). Owners are the parties `isOwningCell` counts — R or A without
 * a stand-in qualifier — which includes an "after-hours" R. Each fix makes one always-open party
 * Responsible (the Driver in DACI) after hours.
 *
 * @example
 * validateMatrix(matrix, { alwaysOpenCalendars: ['noc-follow-the-sun'] });
 */
export const coverage24x7: RowRule = {
  id: 'coverage-24x7',
  scope: 'row',
  severity: 'warning',
  description: 'Rows tagged 24x7 have an owner who works to an always-open calendar.',
  check(facts, context) {
    const { row } = facts;
    if (row.tags === undefined || !row.tags.includes(ROUND_THE_CLOCK_TAG)) return NO_FINDINGS;
    return uncovered(facts, context);
  },
};
