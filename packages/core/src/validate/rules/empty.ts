import type { MatrixChange } from '../../matrix/changes';
import { type Finding, type MatrixScopeRule, NO_FINDINGS } from '../rule';

/**
 * `empty-party` (info): a party holds no letter in any row (cells with only a note do not
 * count). Usually a leftover column; the fix removes it.
 *
 * @example
 * validateMatrix(matrix, { rules: { 'empty-party': 'off' } });
 */
export const emptyParty: MatrixScopeRule = {
  id: 'empty-party',
  scope: 'matrix',
  severity: 'info',
  description: 'Every party holds at least one letter.',
  check(facts, context) {
    if (!facts.heldRows.includes(0)) return NO_FINDINGS;
    const findings: Finding[] = [];
    context.parties.forEach(({ party }, index) => {
      if (facts.heldRows[index] !== 0) return;
      const remove: MatrixChange = { type: 'removeParty', partyId: party.id };
      findings.push({
        message: context.messages['empty-party']({ party: party.name }),
        rowIds: [],
        partyIds: [party.id],
        fixes: [
          { label: context.messages.fixes.removeParty({ party: party.name }), changes: [remove] },
        ],
      });
    });
    return findings;
  },
};

/**
 * `empty-category` (info): a category has no rows. The fix removes it.
 *
 * @example
 * validateMatrix(matrix).issues.filter((issue) => issue.ruleId === 'empty-category');
 */
export const emptyCategory: MatrixScopeRule = {
  id: 'empty-category',
  scope: 'matrix',
  severity: 'info',
  description: 'Every category holds at least one row.',
  check(facts, context) {
    const findings: Finding[] = [];
    for (const category of context.matrix.categories) {
      if (facts.rowsInCategory(category.id) > 0) continue;
      const remove: MatrixChange = { type: 'removeCategory', categoryId: category.id };
      findings.push({
        message: context.messages['empty-category']({ category: category.name }),
        rowIds: [],
        partyIds: [],
        categoryIds: [category.id],
        fixes: [
          {
            label: context.messages.fixes.removeCategory({ category: category.name }),
            changes: [remove],
          },
        ],
      });
    }
    return findings.length > 0 ? findings : NO_FINDINGS;
  },
};
