import { describe, expect, it } from 'vitest';
import { CEO, IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

describe('empty party', () => {
  const run = (matrix: ReturnType<typeof testMatrix>) =>
    issuesOf(validateMatrix(matrix, { rules: only('empty-party') }), 'empty-party');

  it('notes a party with no letters anywhere and offers to remove it', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [{ id: 'desk', cells: { it: 'RA', ceo: { roles: [], note: 'ask first' } } }],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'empty-party',
        severity: 'info',
        message: 'Northwind MSP holds no letters in any row.',
        rowIds: [],
        partyIds: ['msp'],
        fixes: [
          {
            label: 'Remove Northwind MSP from the matrix',
            changes: [{ type: 'removeParty', partyId: 'msp' }],
          },
        ],
      },
      {
        ruleId: 'empty-party',
        severity: 'info',
        message: 'Leadership holds no letters in any row.',
        rowIds: [],
        partyIds: ['ceo'],
        fixes: [
          {
            label: 'Remove Leadership from the matrix',
            changes: [{ type: 'removeParty', partyId: 'ceo' }],
          },
        ],
      },
    ]);
  });

  it('accepts a party that only needs to be informed', () => {
    const matrix = testMatrix({ rows: [{ id: 'desk', cells: { it: 'RA', msp: 'I' } }] });
    expect(run(matrix)).toEqual([]);
  });
});

describe('empty category', () => {
  it('notes a category with no rows and offers to remove it', () => {
    const matrix = testMatrix({
      categories: [
        { id: 'ops', name: 'Operations' },
        { id: 'projects', name: 'Projects' },
      ],
      rows: [{ id: 'desk', cells: { it: 'RA' } }],
    });
    expect(
      issuesOf(validateMatrix(matrix, { rules: only('empty-category') }), 'empty-category'),
    ).toEqual([
      {
        ruleId: 'empty-category',
        severity: 'info',
        message: "Category 'Projects' has no rows.",
        rowIds: [],
        partyIds: [],
        categoryIds: ['projects'],
        fixes: [
          {
            label: "Remove the category 'Projects'",
            changes: [{ type: 'removeCategory', categoryId: 'projects' }],
          },
        ],
      },
    ]);
  });
});
