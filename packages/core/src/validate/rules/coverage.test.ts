import { describe, expect, it } from 'vitest';
import type { Party } from '../../matrix/model';
import { IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const NOC: Party = { id: 'noc', name: 'MSP NOC', side: 'provider', calendarId: 'follow-the-sun' };
const run = (matrix: ReturnType<typeof testMatrix>, alwaysOpenCalendars: string[] = []) =>
  issuesOf(
    validateMatrix(matrix, { rules: only('coverage-24x7'), alwaysOpenCalendars }),
    'coverage-24x7',
  );

describe('24/7 coverage', () => {
  it('warns when a 24x7 row is owned only in office hours and offers the always-open party', () => {
    const matrix = testMatrix({
      rows: [
        { id: 'siem', name: 'Security monitoring', tags: ['24x7'], cells: { it: 'RA', msp: 'I' } },
      ],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'coverage-24x7',
        severity: 'warning',
        message:
          "'Security monitoring' needs 24/7 cover, but its owner, Internal IT, does not work to an always-open calendar.",
        rowIds: ['siem'],
        partyIds: ['it'],
        fixes: [
          {
            label: 'Make Northwind MSP responsible after hours',
            changes: [
              {
                type: 'setCell',
                rowId: 'siem',
                partyId: 'msp',
                cell: { roles: ['R', 'I'], qualifier: 'after-hours' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('counts an after-hours Responsible on a 24x7 calendar as cover', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'emergency',
          tags: ['24x7'],
          cells: { it: 'RA', msp: { roles: ['R'], qualifier: 'after-hours' } },
        },
      ],
    });
    expect(run(matrix)).toEqual([]);
  });

  it('does not count a stand-in as cover', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'emergency',
          tags: ['24x7'],
          cells: { it: 'RA', msp: { roles: ['R'], qualifier: 'overflow' } },
        },
      ],
    });
    expect(run(matrix).map((issue) => issue.partyIds)).toEqual([['it']]);
  });

  it('accepts calendars the host declares always open', () => {
    const matrix = testMatrix({
      parties: [IT, NOC],
      rows: [{ id: 'monitoring', tags: ['24x7'], cells: { noc: 'RA' } }],
    });
    expect(run(matrix)).toHaveLength(1);
    expect(run(matrix, ['follow-the-sun'])).toEqual([]);
  });

  it('says so when nobody owns the row, and offers nothing without an always-open party', () => {
    const matrix = testMatrix({
      parties: [IT],
      rows: [{ id: 'on-call', name: 'On-call', tags: ['24x7'], cells: { it: 'C' } }],
    });
    const [issue] = run(matrix);
    expect(issue?.message).toBe("'On-call' needs 24/7 cover, but no party owns it.");
    expect(issue?.fixes).toEqual([]);
  });

  it('ignores rows without the 24x7 tag', () => {
    const matrix = testMatrix({ parties: [IT, MSP], rows: [{ id: 'desk', cells: { it: 'RA' } }] });
    expect(run(matrix)).toEqual([]);
  });
});
