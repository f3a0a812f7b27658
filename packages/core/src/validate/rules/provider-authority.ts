import type { MatrixChange } from '../../matrix/changes';
import { setCell, withoutLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import type { MatrixFix } from '../types';
import { hasAnyTag, internalParties, partiesWhere } from './helpers';

/** Tags of rows whose final say usually stays with the client. */
export const AUTHORITY_TAGS: readonly string[] = [
  'policy-approval',
  'risk-decision',
  'access-approval',
];

function providerAuthority(facts: RowFacts, context: RuleContext): readonly Finding[] {
  const lane = (index: number) => context.parties[index]?.lane;
  const providers = partiesWhere(
    facts,
    (cell, index) => lane(index) === 'provider' && cell.roles.includes('A'),
  );
  if (providers.length === 0) return NO_FINDINGS;
  const targets = () => {
    const inRow = partiesWhere(
      facts,
      (cell, index) => lane(index) === 'internal' && cell.roles.length > 0,
    );
    return inRow.length > 0 ? inRow : internalParties(context);
  };
  const { row } = facts;
  const letter = context.letterName('A');
  return providers.map((from): Finding => {
    const source = context.parties[from]?.party;
    const fromId = source?.id ?? '';
    const fromName = source?.name ?? '';
    const fixes = () =>
      targets().map((to): MatrixFix => {
        const target = context.parties[to]?.party;
        const toName = target?.name ?? '';
        if (facts.cells[to]?.roles.includes('A')) {
          return {
            label: context.messages.fixes.leaveLetterWith({
              party: fromName,
              keeper: toName,
              letter,
            }),
            changes: [
              setCell(
                row.id,
                fromId,
                withoutLetters(facts.cells[from], (l) => l === 'A'),
              ),
            ],
          };
        }
        const move: MatrixChange = {
          type: 'moveRole',
          rowId: row.id,
          letter: 'A',
          fromPartyId: fromId,
          toPartyId: target?.id ?? '',
        };
        return {
          label: context.messages.fixes.moveLetter({ from: fromName, to: toName, letter }),
          changes: [move],
        };
      });
    return {
      message: context.messages['provider-final-authority']({
        row: row.name,
        party: fromName,
        letter,
      }),
      rowIds: [row.id],
      partyIds: [fromId],
      fixes,
    };
  });
}

/**
 * `provider-final-authority` (warning): a provider or vendor party holds A on a row tagged
 * `policy-approval`, `risk-decision` or `access-approval`. The provider then approves its own
 * access and signs off on the risks it runs, which is usually the client's call. One issue per
 * provider party; each fix hands A to an internal or business party — those already in the row,
 * or else any in the matrix — by `moveRole`, or simply takes A from the provider when that party
 * already holds it.
 *
 * @example
 * validateMatrix(matrix, { rules: { 'provider-final-authority': 'error' } });
 */
export const providerFinalAuthority: RowRule = {
  id: 'provider-final-authority',
  scope: 'row',
  severity: 'warning',
  description: 'Policy approvals, risk decisions and access approvals stay with the internal side.',
  check(facts, context) {
    if (facts.accountable === 0 || !hasAnyTag(facts.row, AUTHORITY_TAGS)) return NO_FINDINGS;
    return providerAuthority(facts, context);
  },
};
