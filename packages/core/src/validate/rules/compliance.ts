import type { SetCellChange } from '../../matrix/changes';
import type { RoleLetter } from '../../matrix/roles';
import { isOwningCell } from '../../matrix/views';
import { setCell, withLetters, withoutLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import type { MatrixFix } from '../types';
import {
  hasAnyTag,
  holdersOf,
  internalParties,
  partiesWhere,
  partyIds,
  partyNames,
} from './helpers';

/** Tags that make a row a compliance row; so does the category with id `compliance`. */
export const COMPLIANCE_TAGS: readonly string[] = ['compliance', 'security-policy'];

const OWNING: ReadonlySet<RoleLetter> = new Set(['R', 'A', 'D']);

/** Whether the row is under the compliance rule: tagged, or in the `compliance` category. */
export function isComplianceRow(facts: RowFacts): boolean {
  return facts.row.categoryId === 'compliance' || hasAnyTag(facts.row, COMPLIANCE_TAGS);
}

// Makes `owner` the one clear owner: it alone is Accountable, and the other side gives up its
// owning letters (C and I stay, and so do stand-in letters, which do not own). A task keeps
// someone Responsible: the owner takes R when no one on its side still holds it.
function soleOwnerFix(facts: RowFacts, context: RuleContext, owner: number): MatrixFix {
  const { row } = facts;
  const lane = context.parties[owner]?.lane;
  const changes: SetCellChange[] = [];
  let doerLeft = false;
  facts.cells.forEach((cell, index) => {
    if (cell === undefined || index === owner) return;
    const otherSide = context.parties[index]?.lane !== lane && isOwningCell(cell);
    const drop = (letter: RoleLetter) => letter === 'A' || (otherSide && OWNING.has(letter));
    const next = cell.roles.some(drop) ? withoutLetters(cell, drop) : cell;
    if (next !== cell) changes.push(setCell(row.id, context.parties[index]?.party.id ?? '', next));
    if (next?.roles.includes(context.responsibleLetter)) doerLeft = true;
  });
  const own = facts.cells[owner];
  const letters: RoleLetter[] = ['A'];
  if (row.kind === 'task' && !doerLeft) letters.push(context.responsibleLetter);
  const party = context.parties[owner]?.party;
  changes.unshift(setCell(row.id, party?.id ?? '', withLetters(own, letters)));
  return { label: context.messages.fixes.makeSoleOwner({ party: party?.name ?? '' }), changes };
}

function unclearOwner(facts: RowFacts, context: RuleContext): readonly Finding[] {
  const wrongCount = facts.accountable !== 1;
  const joint = facts.lane === 'joint';
  const accountable = holdersOf(facts, 'A');
  const owners = partiesWhere(facts, (cell) => isOwningCell(cell));
  const concerned = partiesWhere(
    facts,
    (_, index) => (wrongCount && accountable.includes(index)) || (joint && owners.includes(index)),
  );
  return [
    {
      message: context.messages['compliance-clear-owner']({
        row: facts.row.name,
        accountable: wrongCount ? partyNames(context, accountable) : null,
        jointOwners: joint ? partyNames(context, owners) : null,
        letter: context.letterName('A'),
      }),
      rowIds: [facts.row.id],
      partyIds: partyIds(context, concerned),
      fixes: () => {
        const candidates = partiesWhere(
          facts,
          (_, index) => accountable.includes(index) || owners.includes(index),
        );
        return (candidates.length > 0 ? candidates : internalParties(context)).map((index) =>
          soleOwnerFix(facts, context, index),
        );
      },
    },
  ];
}

/**
 * `compliance-clear-owner` (error): a row tagged `compliance` or `security-policy`, or in the
 * category `compliance`, needs one clear owner — exactly one Accountable party, and owners on
 * one side only (not joint). An auditor asks "who owns this control?" and wants one answer.
 * It overlaps `accountable-exactly-one` on purpose: switching that rule off must not let a
 * compliance row go unowned. Each fix makes one current owner (or, in an empty row, one
 * internal party) the single owner.
 *
 * @example
 * validateMatrix(matrix).issues.find((issue) => issue.ruleId === 'compliance-clear-owner')?.fixes;
 */
export const complianceClearOwner: RowRule = {
  id: 'compliance-clear-owner',
  scope: 'row',
  severity: 'error',
  description:
    'Compliance and security-policy rows have one clear owner: one Accountable, not joint.',
  check(facts, context) {
    const wrongCount = facts.accountable !== 1;
    const joint = facts.lane === 'joint';
    if ((!wrongCount && !joint) || !isComplianceRow(facts)) return NO_FINDINGS;
    return unclearOwner(facts, context);
  },
};
