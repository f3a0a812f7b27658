import { describe, expect, it } from 'vitest';
import type { Party } from '../../matrix/model';
import { CEO, IT, issuesOf, MSP, only, type RowSpec, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const DESK: Party = { id: 'desk', name: 'Internal helpdesk', side: 'internal' };
const rowsHeldBy = (party: string, count: number, prefix = 'row'): RowSpec[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, cells: { [party]: 'RA' } }));

describe('single point of failure', () => {
  const run = (matrix: ReturnType<typeof testMatrix>, maxRows?: number) =>
    issuesOf(
      validateMatrix(matrix, {
        rules: {
          ...only('single-point-of-failure'),
          ...(maxRows === undefined ? {} : { 'single-point-of-failure': { options: { maxRows } } }),
        },
      }),
      'single-point-of-failure',
    );

  it('accepts a party that carries six rows alone', () => {
    expect(run(testMatrix({ rows: rowsHeldBy('it', 6) }))).toEqual([]);
  });

  it('warns when one party is the only Responsible in seven rows and offers to share them', () => {
    const matrix = testMatrix({ parties: [IT, MSP, DESK], rows: rowsHeldBy('it', 7) });
    const ids = Array.from({ length: 7 }, (_, i) => `row-${i}`);
    expect(run(matrix)).toEqual([
      {
        ruleId: 'single-point-of-failure',
        severity: 'warning',
        message:
          'Internal IT is the only Responsible party in 7 rows: one absence stalls them all.',
        rowIds: ids,
        partyIds: ['it'],
        fixes: [
          {
            label: 'Make Internal helpdesk responsible too in the 7 rows Internal IT carries alone',
            changes: [
              { type: 'bulkAssign', rowIds: ids, partyId: 'desk', roles: ['R'], mode: 'add' },
            ],
          },
        ],
      },
    ]);
  });

  it('counts a second Responsible, even a stand-in, as cover', () => {
    const rows: RowSpec[] = Array.from({ length: 8 }, (_, i) => ({
      id: `row-${i}`,
      cells: { it: 'RA', msp: { roles: ['R'], qualifier: 'when-unavailable' } },
    }));
    expect(run(testMatrix({ rows }))).toEqual([]);
  });

  it('leaves provider teams to their bench unless asked to judge them', () => {
    const matrix = testMatrix({ rows: rowsHeldBy('msp', 8) });
    expect(run(matrix)).toEqual([]);
    const judged = validateMatrix(matrix, {
      rules: {
        ...only('single-point-of-failure'),
        'single-point-of-failure': { options: { sides: ['internal', 'provider'] } },
      },
    });
    expect(judged.issues.map((issue) => issue.partyIds)).toEqual([['msp']]);
  });

  it('takes its threshold from the options', () => {
    expect(run(testMatrix({ rows: rowsHeldBy('it', 7) }), 10)).toEqual([]);
    expect(run(testMatrix({ rows: rowsHeldBy('it', 3) }), 2)).toHaveLength(1);
  });
});

describe('overloaded party', () => {
  const run = (matrix: ReturnType<typeof testMatrix>) =>
    issuesOf(validateMatrix(matrix, { rules: only('overloaded-party') }), 'overloaded-party');

  it('notes a party Responsible in more than 60% of at least ten rows', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [...rowsHeldBy('msp', 7, 'ops'), ...rowsHeldBy('it', 3, 'desk')],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'overloaded-party',
        severity: 'info',
        message:
          'Northwind MSP is Responsible in 7 of 10 rows (70%): check it can carry that load.',
        rowIds: ['ops-0', 'ops-1', 'ops-2', 'ops-3', 'ops-4', 'ops-5', 'ops-6'],
        partyIds: ['msp'],
        fixes: [],
      },
    ]);
  });

  it('leaves small matrices alone', () => {
    expect(run(testMatrix({ rows: rowsHeldBy('it', 9) }))).toEqual([]);
  });

  it('accepts exactly 60%', () => {
    const matrix = testMatrix({
      rows: [...rowsHeldBy('msp', 6, 'a'), ...rowsHeldBy('it', 4, 'b')],
    });
    expect(run(matrix)).toEqual([]);
  });

  it('can be raised to a warning with its own thresholds', () => {
    const matrix = testMatrix({
      rows: [...rowsHeldBy('msp', 3, 'a'), ...rowsHeldBy('it', 2, 'b')],
    });
    const result = validateMatrix(matrix, {
      rules: {
        ...only('overloaded-party'),
        'overloaded-party': { severity: 'warning', options: { maxShare: 0.5, minRows: 5 } },
      },
    });
    expect(result.issues.map((issue) => [issue.severity, issue.partyIds])).toEqual([
      ['warning', ['msp']],
    ]);
  });
});
