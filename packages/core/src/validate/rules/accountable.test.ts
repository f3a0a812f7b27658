import { describe, expect, it } from 'vitest';
import { CEO, IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const check = (matrix: ReturnType<typeof testMatrix>) =>
  issuesOf(
    validateMatrix(matrix, { rules: only('accountable-exactly-one', 'decision-needs-decider') }),
    'accountable-exactly-one',
  );

describe('exactly one Accountable', () => {
  it('passes a row with one Accountable party', () => {
    expect(check(testMatrix({ rows: [{ id: 'tier1', cells: { it: 'RA', msp: 'R' } }] }))).toEqual(
      [],
    );
  });

  it('names each Accountable party once when a cell lists A twice', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'backup',
          name: 'Backup management',
          cells: { it: { roles: ['A', 'A'] }, msp: 'RA', ceo: 'A' },
        },
      ],
      parties: [IT, MSP, CEO],
    });
    const [issue] = check(matrix);
    expect(issue?.partyIds).toEqual(['it', 'msp', 'ceo']);
    expect(issue?.message).toBe(
      "'Backup management' has three Accountable parties: Internal IT, Northwind MSP and Leadership.",
    );
    expect(issue?.fixes.map((fix) => fix.label)).toEqual([
      'Keep Internal IT accountable',
      'Keep Northwind MSP accountable',
      'Keep Leadership accountable',
    ]);
  });

  it('flags a row with two Accountable parties and offers to keep either', () => {
    const matrix = testMatrix({
      rows: [{ id: 'backup', name: 'Backup management', cells: { it: 'A', msp: 'RA' } }],
    });
    const [issue, ...rest] = check(matrix);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      ruleId: 'accountable-exactly-one',
      severity: 'error',
      message: "'Backup management' has two Accountable parties: Internal IT and Northwind MSP.",
      rowIds: ['backup'],
      partyIds: ['it', 'msp'],
      fixes: [
        {
          label: 'Keep Internal IT accountable',
          changes: [{ type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R'] } }],
        },
        {
          label: 'Keep Northwind MSP accountable',
          changes: [{ type: 'setCell', rowId: 'backup', partyId: 'it', cell: null }],
        },
      ],
    });
  });

  it('keeps the qualifier and note of a cell it takes A from', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'backup',
          cells: {
            it: { roles: ['A', 'C'], qualifier: 'business-hours', note: 'weekly' },
            msp: 'RA',
          },
        },
      ],
    });
    const keepMsp = check(matrix)[0]?.fixes[1];
    expect(keepMsp?.changes).toEqual([
      {
        type: 'setCell',
        rowId: 'backup',
        partyId: 'it',
        cell: { roles: ['C'], qualifier: 'business-hours', note: 'weekly' },
      },
    ]);
  });

  it('counts three holders in words and lists them in party order', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [{ id: 'dr', name: 'DR testing', cells: { ceo: 'A', msp: 'RA', it: 'A' } }],
    });
    const [issue] = check(matrix);
    expect(issue?.message).toBe(
      "'DR testing' has three Accountable parties: Internal IT, Northwind MSP and Leadership.",
    );
    expect(issue?.partyIds).toEqual(['it', 'msp', 'ceo']);
    expect(issue?.fixes).toHaveLength(3);
  });

  it('flags a task with no Accountable party and offers to make the Responsible party accountable', () => {
    const matrix = testMatrix({
      rows: [
        {
          id: 'patching',
          name: 'Patch servers',
          cells: { msp: { roles: ['R'], note: 'monthly' }, it: 'I' },
        },
      ],
    });
    expect(check(matrix)).toEqual([
      {
        ruleId: 'accountable-exactly-one',
        severity: 'error',
        message: "'Patch servers' has no Accountable party.",
        rowIds: ['patching'],
        partyIds: [],
        fixes: [
          {
            label: 'Make Northwind MSP accountable',
            changes: [
              {
                type: 'setCell',
                rowId: 'patching',
                partyId: 'msp',
                cell: { roles: ['R', 'A'], note: 'monthly' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('leaves a decision without a decider to decision-needs-decider, so it is reported once', () => {
    const matrix = testMatrix({ rows: [{ id: 'cloud', kind: 'decision', cells: { it: 'C' } }] });
    const result = validateMatrix(matrix, {
      rules: only('accountable-exactly-one', 'decision-needs-decider'),
    });
    expect(result.issues.map((issue) => issue.ruleId)).toEqual(['decision-needs-decider']);
  });

  it('still flags a decision with two deciders', () => {
    const matrix = testMatrix({
      rows: [{ id: 'cloud', kind: 'decision', cells: { it: 'A', msp: 'A' } }],
    });
    expect(check(matrix).map((issue) => issue.partyIds)).toEqual([['it', 'msp']]);
  });

  it('speaks of the Approver in a DACI matrix and makes the Driver approve', () => {
    const matrix = testMatrix({
      variant: 'daci',
      rows: [{ id: 'vendor', name: 'Vendor review', cells: { msp: 'D' } }],
    });
    const [issue] = check(matrix);
    expect(issue?.message).toBe("'Vendor review' has no Approver.");
    expect(issue?.fixes.map((fix) => fix.label)).toEqual(['Make Northwind MSP the Approver']);
    expect(issue?.fixes[0]?.changes).toEqual([
      { type: 'setCell', rowId: 'vendor', partyId: 'msp', cell: { roles: ['D', 'A'] } },
    ]);
  });
});

describe('a decision needs a decider', () => {
  const run = (matrix: ReturnType<typeof testMatrix>) =>
    issuesOf(
      validateMatrix(matrix, { rules: only('decision-needs-decider') }),
      'decision-needs-decider',
    );

  it('flags a decision row with no Accountable party and offers each party in the row', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [
        {
          id: 'backup-cloud',
          name: 'Move backup to the cloud',
          kind: 'decision',
          cells: { msp: 'RC', ceo: 'I' },
        },
      ],
    });
    const [issue, ...rest] = run(matrix);
    expect(rest).toEqual([]);
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toBe(
      "'Move backup to the cloud' is a decision with no decider: no party is Accountable.",
    );
    expect(issue?.rowIds).toEqual(['backup-cloud']);
    expect(issue?.fixes.map((fix) => fix.label)).toEqual([
      'Let Northwind MSP decide',
      'Let Leadership decide',
    ]);
    expect(issue?.fixes[1]?.changes).toEqual([
      { type: 'setCell', rowId: 'backup-cloud', partyId: 'ceo', cell: { roles: ['A', 'I'] } },
    ]);
  });

  it('offers the internal parties when nobody is in the row yet', () => {
    const matrix = testMatrix({
      parties: [IT, MSP, CEO],
      rows: [{ id: 'dr-frequency', kind: 'decision' }],
    });
    expect(run(matrix)[0]?.fixes.map((fix) => fix.label)).toEqual([
      'Let Internal IT decide',
      'Let Leadership decide',
    ]);
  });

  it('ignores tasks and decided decisions', () => {
    const matrix = testMatrix({
      rows: [
        { id: 'task', cells: { it: 'R' } },
        { id: 'decided', kind: 'decision', cells: { it: 'A' } },
      ],
    });
    expect(run(matrix)).toEqual([]);
  });
});
