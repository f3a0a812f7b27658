import { describe, expect, it } from 'vitest';
import { CEO, IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const run = (matrix: ReturnType<typeof testMatrix>) =>
  issuesOf(
    validateMatrix(matrix, { rules: only('compliance-clear-owner') }),
    'compliance-clear-owner',
  );

describe('one clear owner for compliance rows', () => {
  it('flags a joint security-policy row and offers each owner as the one owner', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'pwd-policy',
          name: 'Password policy',
          tags: ['security-policy'],
          cells: { it: 'RA', msp: { roles: ['R', 'C'], note: 'drafts' } },
        },
      ],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'compliance-clear-owner',
        severity: 'error',
        message:
          "'Password policy' is a compliance row and needs one clear owner, but its work is split across both sides (Internal IT and Northwind MSP).",
        rowIds: ['pwd-policy'],
        partyIds: ['it', 'msp'],
        fixes: [
          {
            label: 'Make Internal IT the one clear owner',
            changes: [
              { type: 'setCell', rowId: 'pwd-policy', partyId: 'it', cell: { roles: ['R', 'A'] } },
              {
                type: 'setCell',
                rowId: 'pwd-policy',
                partyId: 'msp',
                cell: { roles: ['C'], note: 'drafts' },
              },
            ],
          },
          {
            label: 'Make Northwind MSP the one clear owner',
            changes: [
              {
                type: 'setCell',
                rowId: 'pwd-policy',
                partyId: 'msp',
                cell: { roles: ['R', 'A', 'C'], note: 'drafts' },
              },
              { type: 'setCell', rowId: 'pwd-policy', partyId: 'it', cell: null },
            ],
          },
        ],
      },
    ]);
  });

  it('treats every row of the compliance category as a compliance row', () => {
    const matrix = testMatrix({
      categories: [{ id: 'compliance', name: 'Compliance' }],
      rows: [
        { id: 'evidence', name: 'Audit evidence', categoryId: 'compliance', cells: { it: 'R' } },
      ],
    });
    const [issue] = run(matrix);
    expect(issue?.message).toBe(
      "'Audit evidence' is a compliance row and needs one clear owner, but no party is Accountable.",
    );
    expect(issue?.fixes.map((fix) => fix.label)).toEqual(['Make Internal IT the one clear owner']);
  });

  it('names both problems when Accountable is shared across sides', () => {
    const matrix = testMatrix({
      rows: [
        { id: 'gdpr', name: 'GDPR requests', tags: ['compliance'], cells: { it: 'RA', msp: 'A' } },
      ],
    });
    expect(run(matrix)[0]?.message).toBe(
      "'GDPR requests' is a compliance row and needs one clear owner, but Internal IT and Northwind MSP are both Accountable, and its work is split across both sides (Internal IT and Northwind MSP).",
    );
  });

  it('accepts one Accountable with a stand-in on the other side', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'access-review',
          tags: ['compliance'],
          cells: { it: 'RA', msp: { roles: ['R'], qualifier: 'when-unavailable' } },
        },
      ],
    });
    expect(run(matrix)).toEqual([]);
  });

  it('accepts two owners on the same side', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [{ id: 'policy', tags: ['security-policy'], cells: { it: 'R', ceo: 'A' } }],
    });
    expect(run(matrix)).toEqual([]);
  });

  it('ignores rows that are not about compliance', () => {
    const matrix = testMatrix({ rows: [{ id: 'printers', cells: { it: 'RA', msp: 'RA' } }] });
    expect(run(matrix)).toEqual([]);
  });
});
