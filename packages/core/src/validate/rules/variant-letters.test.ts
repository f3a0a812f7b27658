import { describe, expect, it } from 'vitest';
import { issuesOf, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const run = (matrix: ReturnType<typeof testMatrix>) =>
  issuesOf(validateMatrix(matrix, { rules: only('variant-letters') }), 'variant-letters');

describe('letters the variant does not allow', () => {
  it('flags S in a RACI matrix and offers to remove it', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'backup',
          name: 'Backup',
          cells: { it: 'RA', msp: { roles: ['S', 'C'], note: 'tape' } },
        },
      ],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'variant-letters',
        severity: 'error',
        message: "Northwind MSP holds S in 'Backup', which a RACI matrix does not use.",
        rowIds: ['backup'],
        partyIds: ['msp'],
        fixes: [
          {
            label: 'Remove S from Northwind MSP',
            changes: [
              {
                type: 'setCell',
                rowId: 'backup',
                partyId: 'msp',
                cell: { roles: ['C'], note: 'tape' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('offers to rename R to D after a switch to DACI, keeping the qualifier', () => {
    const matrix = testMatrix({
      variant: 'daci',
      rows: [{ id: 'tier1', cells: { it: 'A', msp: { roles: ['R'], qualifier: 'overflow' } } }],
    });
    const [issue] = run(matrix);
    expect(issue?.fixes).toEqual([
      {
        label: 'Remove R from Northwind MSP',
        changes: [{ type: 'setCell', rowId: 'tier1', partyId: 'msp', cell: null }],
      },
      {
        label: "Change Northwind MSP's R to D",
        changes: [
          {
            type: 'setCell',
            rowId: 'tier1',
            partyId: 'msp',
            cell: { roles: ['D'], qualifier: 'overflow' },
          },
        ],
      },
    ]);
  });

  it('reports one issue per cell, in party order', () => {
    const matrix = testMatrix({
      variant: 'rasci',
      rows: [{ id: 'move', cells: { msp: 'D', it: 'RAD' } }],
    });
    expect(run(matrix).map((issue) => [issue.partyIds, issue.message])).toEqual([
      [['it'], "Internal IT holds D in 'move', which a RASCI matrix does not use."],
      [['msp'], "Northwind MSP holds D in 'move', which a RASCI matrix does not use."],
    ]);
  });

  it('accepts every letter of the variant', () => {
    const matrix = testMatrix({
      variant: 'rasci',
      rows: [{ id: 'ok', cells: { it: 'RA', msp: 'SCI' } }],
    });
    expect(run(matrix)).toEqual([]);
  });
});
