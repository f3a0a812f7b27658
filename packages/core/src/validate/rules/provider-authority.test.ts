import { describe, expect, it } from 'vitest';
import { CEO, ISP, IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const run = (matrix: ReturnType<typeof testMatrix>) =>
  issuesOf(
    validateMatrix(matrix, { rules: only('provider-final-authority') }),
    'provider-final-authority',
  );

describe('provider holding final authority', () => {
  it('warns when the MSP approves access and offers to move A to the internal party', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'admin-access',
          name: 'Approve admin access',
          tags: ['access-approval'],
          cells: { msp: 'RA', it: 'C' },
        },
      ],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'provider-final-authority',
        severity: 'warning',
        message:
          "Northwind MSP holds final authority (Accountable) on 'Approve admin access'; policy approvals, risk decisions and access approvals usually stay with the internal side.",
        rowIds: ['admin-access'],
        partyIds: ['msp'],
        fixes: [
          {
            label: 'Move Accountable from Northwind MSP to Internal IT',
            changes: [
              {
                type: 'moveRole',
                rowId: 'admin-access',
                letter: 'A',
                fromPartyId: 'msp',
                toPartyId: 'it',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('counts a vendor as the provider side too', () => {
    const matrix = testMatrix({
      parties: [IT, ISP],
      rows: [{ id: 'risk', tags: ['risk-decision'], kind: 'decision', cells: { isp: 'A' } }],
    });
    expect(run(matrix).map((issue) => issue.partyIds)).toEqual([['isp']]);
  });

  it('offers every internal party of the matrix when none is in the row', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [{ id: 'fw', tags: ['policy-approval'], cells: { msp: 'RA' } }],
    });
    expect(run(matrix)[0]?.fixes.map((fix) => fix.label)).toEqual([
      'Move Accountable from Northwind MSP to Internal IT',
      'Move Accountable from Northwind MSP to Leadership',
    ]);
  });

  it('takes A from the provider when an internal party already holds it', () => {
    const matrix = testMatrix({
      rows: [{ id: 'fw', tags: ['policy-approval'], cells: { it: 'A', msp: 'RA' } }],
    });
    expect(run(matrix)[0]?.fixes).toEqual([
      {
        label: 'Leave Accountable with Internal IT only (take it from Northwind MSP)',
        changes: [{ type: 'setCell', rowId: 'fw', partyId: 'msp', cell: { roles: ['R'] } }],
      },
    ]);
  });

  it('offers no fix when the matrix has no internal party', () => {
    const matrix = testMatrix({
      parties: [MSP],
      rows: [{ id: 'fw', tags: ['policy-approval'], cells: { msp: 'RA' } }],
    });
    expect(run(matrix)[0]?.fixes).toEqual([]);
  });

  it('leaves the provider its authority on operational rows', () => {
    const matrix = testMatrix({ rows: [{ id: 'patching', cells: { msp: 'RA' } }] });
    expect(run(matrix)).toEqual([]);
  });
});
