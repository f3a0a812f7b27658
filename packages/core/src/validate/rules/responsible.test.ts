import { describe, expect, it } from 'vitest';
import { CEO, IT, issuesOf, MSP, only, testMatrix } from '../test-matrix';
import { validateMatrix } from '../validate-matrix';

const run = (matrix: ReturnType<typeof testMatrix>) =>
  issuesOf(validateMatrix(matrix, { rules: only('responsible-required') }), 'responsible-required');

describe('at least one Responsible', () => {
  it('flags a task nobody does and offers to make the Accountable party responsible', () => {
    const matrix = testMatrix({
      rows: [{ id: 'licences', name: 'Licence renewals', cells: { it: 'A', msp: 'C' } }],
    });
    expect(run(matrix)).toEqual([
      {
        ruleId: 'responsible-required',
        severity: 'error',
        message: "'Licence renewals' has no Responsible party: nobody is set to do the work.",
        rowIds: ['licences'],
        partyIds: [],
        fixes: [
          {
            label: 'Make Internal IT responsible',
            changes: [
              { type: 'setCell', rowId: 'licences', partyId: 'it', cell: { roles: ['R', 'A'] } },
            ],
          },
        ],
      },
    ]);
  });

  it('counts an "overflow only" Responsible as someone assigned', () => {
    const matrix = testMatrix({
      rows: [{ id: 'tier1', cells: { it: 'A', msp: { roles: ['R'], qualifier: 'overflow' } } }],
    });
    expect(run(matrix)).toEqual([]);
  });

  it('does not ask decisions for a Responsible party', () => {
    const matrix = testMatrix({ rows: [{ id: 'budget', kind: 'decision', cells: { it: 'A' } }] });
    expect(run(matrix)).toEqual([]);
  });

  it('offers no fix when nobody is Accountable either', () => {
    const matrix = testMatrix({ parties: [IT, MSP, CEO], rows: [{ id: 'empty' }] });
    expect(run(matrix)[0]?.fixes).toEqual([]);
  });

  it('asks for a Driver in a DACI matrix, where R is not a letter', () => {
    const matrix = testMatrix({
      variant: 'daci',
      rows: [{ id: 'rollout', name: 'MFA rollout', cells: { it: 'A', msp: 'R' } }],
    });
    const [issue] = run(matrix);
    expect(issue?.message).toBe("'MFA rollout' has no Driver: nobody is set to do the work.");
    expect(issue?.fixes[0]?.label).toBe('Make Internal IT the Driver');
    expect(issue?.fixes[0]?.changes).toEqual([
      { type: 'setCell', rowId: 'rollout', partyId: 'it', cell: { roles: ['D', 'A'] } },
    ]);
  });
});
