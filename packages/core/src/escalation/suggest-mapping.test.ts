import { describe, expect, it } from 'vitest';
import { applyMatrixChanges } from '../matrix/apply';
import type { Matrix } from '../matrix/model';
import { policyFromPagerDuty } from './pagerduty';
import { externalTargets, suggestMapping } from './suggest-mapping';

const matrix: Pick<Matrix, 'parties'> = {
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal' },
    { id: 'msp-noc', name: 'Northwind NOC', side: 'provider' },
    { id: 'msp-soc', name: 'Northwind SOC', side: 'provider' },
    { id: 'dana', name: 'Dana Reyes', side: 'internal' },
  ],
};

const pd = {
  escalation_policy: {
    name: 'Night desk',
    num_loops: 0,
    escalation_rules: [
      {
        escalation_delay_in_minutes: 10,
        targets: [
          { id: 'PS1', type: 'schedule_reference', summary: 'Northwind NOC rotation' },
          { id: 'PU1', type: 'user_reference', summary: 'Dana Reyes' },
        ],
      },
      {
        escalation_delay_in_minutes: 10,
        targets: [
          { id: 'PU2', type: 'user_reference', summary: 'Sam Lee' },
          { id: 'it', type: 'user_reference' },
        ],
      },
    ],
  },
};

describe('suggestMapping', () => {
  it('finds parties by id and by name, ignoring case, punctuation and words like rotation', () => {
    const suggestion = suggestMapping(externalTargets(pd), matrix);
    expect(suggestion.mapping).toEqual({ PS1: 'msp-noc', PU1: 'dana', it: 'it' });
    expect(suggestion.unmatched).toEqual([{ id: 'PU2', type: 'user_reference', name: 'Sam Lee' }]);
    expect(suggestion.changes).toEqual([]);
  });

  it('reads Opsgenie usernames by their local part and schedules without their suffix', () => {
    const suggestion = suggestMapping(
      externalTargets({
        rules: [
          { recipient: { type: 'user', id: 'u1', username: 'dana.reyes@example.com' } },
          { recipient: { type: 'schedule', id: 's1', name: 'Northwind_SOC_schedule' } },
        ],
      }),
      matrix,
    );
    expect(suggestion.mapping).toEqual({ u1: 'dana', s1: 'msp-soc' });
  });

  it('leaves a tie unmatched rather than guessing', () => {
    const suggestion = suggestMapping([{ id: 'x', type: 'team', name: 'Northwind' }], matrix);
    expect(suggestion.unmatched.map((t) => t.id)).toEqual(['x']);
  });

  it('proposes parties for the unmatched targets, so the import drops none once applied', () => {
    const suggestion = suggestMapping(externalTargets(pd), matrix, {
      create: { side: 'provider' },
    });
    expect(suggestion.changes).toEqual([
      { type: 'addParty', party: { id: 'sam-lee', name: 'Sam Lee', side: 'provider' } },
    ]);
    const full: Matrix = { variant: 'raci', parties: matrix.parties, categories: [], rows: [] };
    const applied = applyMatrixChanges(full, suggestion.changes);
    expect(applied.ok && applied.value.parties.map((p) => p.id)).toContain('sam-lee');
    const imported = policyFromPagerDuty(pd, suggestion.mapping);
    expect(imported.ok && imported.report.lost).toEqual([]);
  });
});
