import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from './check-policy';
import { policyFromOpsgenie, policyToOpsgenie } from './opsgenie';
import { policyFromPagerDuty, policyToPagerDuty } from './pagerduty';
import { policy } from './test-fixtures';

const pd = {
  escalation_policy: {
    name: 'Ops',
    num_loops: 2,
    escalation_rules: [
      { escalation_delay_in_minutes: 15, targets: [{ id: 'PU1', type: 'user_reference' }] },
      {
        escalation_delay_in_minutes: 30,
        targets: [
          { id: 'PS2', type: 'schedule_reference' },
          { id: 'PX9', type: 'user_reference' },
        ],
      },
    ],
  },
};
const mapping = { PU1: 'it', PS2: { partyId: 'msp', tier: 2 } };
const refs = {
  it: { id: 'PU1', type: 'user_reference' },
  msp: { id: 'PS2', type: 'schedule_reference' },
};

describe('policyFromPagerDuty', () => {
  it('turns rules into steps, delays into transitions and loops into a bounded repeat', () => {
    const result = policyFromPagerDuty(pd, mapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.steps.map((s) => s.targets)).toEqual([
      [{ partyId: 'it' }],
      [{ partyId: 'msp', tier: 2 }],
    ]);
    expect(result.value.transitions).toEqual([
      {
        id: 'escalate-1',
        from: 'rule-1',
        to: 'rule-2',
        trigger: { kind: 'not-acknowledged', minutes: 15 },
      },
      {
        id: 'loop',
        from: 'rule-2',
        to: 'rule-1',
        trigger: { kind: 'not-acknowledged', minutes: 30 },
        repeat: 2,
      },
    ]);
    expect(result.report.lost).toEqual([
      {
        path: ['escalation_rules', 1, 'targets', 1],
        message: 'No party is mapped to user_reference "PX9"; left out.',
      },
    ]);
    expect(checkPolicy(result.value)).toEqual([]);
  });

  it('exports what it imported, minus the unmapped target', () => {
    const imported = policyFromPagerDuty(pd, mapping);
    if (!imported.ok) throw new Error('expected a policy');
    const exported = policyToPagerDuty(imported.value, refs);
    expect(exported.ok && exported.value).toEqual({
      ...pd.escalation_policy,
      escalation_rules: [
        pd.escalation_policy.escalation_rules[0],
        {
          ...pd.escalation_policy.escalation_rules[1],
          targets: [{ id: 'PS2', type: 'schedule_reference' }],
        },
      ],
    });
  });

  it('reports what a chain cannot carry: SLA triggers and business minutes', () => {
    const exported = policyToPagerDuty(policy, refs);
    expect(exported.ok && exported.report.lost.map((l) => l.message)).toEqual([
      'Transition "up" counts business minutes; exported as wall-clock minutes.',
      'Transition "alarm" (sla) has no equivalent in a linear escalation chain.',
    ]);
  });

  it('reports a bad shape with paths and never throws', () => {
    const result = policyFromPagerDuty(
      { escalation_policy: { escalation_rules: [{ targets: [] }] } },
      mapping,
    );
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'escalation_policy.escalation_rules.0.escalation_delay_in_minutes',
    ]);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof policyFromPagerDuty(input, mapping).ok).toBe('boolean');
        expect(typeof policyFromOpsgenie(input, mapping).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('policyFromOpsgenie', () => {
  const og = {
    name: 'Ops',
    rules: [
      {
        condition: 'if-not-acked',
        delay: { timeAmount: 0 },
        recipient: { type: 'schedule', id: 'PU1' },
      },
      {
        condition: 'if-not-acked',
        delay: { timeAmount: 0 },
        recipient: { type: 'team', id: 'PS2' },
      },
      {
        condition: 'if-not-closed',
        delay: { timeAmount: 1, timeUnit: 'hours' },
        recipient: { type: 'user', id: 'PS2' },
      },
    ],
    repeat: { waitInterval: 10, count: 1 },
  };

  it('groups rules with one delay into a parallel step and turns absolute delays into gaps', () => {
    const result = policyFromOpsgenie(og, mapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.steps.map((s) => s.targets.map((t) => t.partyId))).toEqual([
      ['it', 'msp'],
      ['msp'],
    ]);
    expect(result.value.transitions.map((t) => [t.trigger, t.repeat])).toEqual([
      [{ kind: 'not-resolved', minutes: 60 }, undefined],
      [{ kind: 'not-acknowledged', minutes: 10 }, 1],
    ]);
  });

  it('exports delays counted from the alert again', () => {
    const result = policyFromOpsgenie(og, mapping);
    if (!result.ok) throw new Error('expected a policy');
    const exported = policyToOpsgenie(result.value, {
      it: { type: 'schedule', id: 'PU1' },
      msp: { type: 'team', id: 'PS2' },
    });
    expect(
      exported.ok &&
        exported.value.rules.map((r) => [r.condition, r.delay.timeAmount, r.recipient.id]),
    ).toEqual([
      ['if-not-acked', 0, 'PU1'],
      ['if-not-acked', 0, 'PS2'],
      ['if-not-closed', 60, 'PS2'],
    ]);
    expect(exported.ok && exported.value.repeat).toEqual({ waitInterval: 10, count: 1 });
  });
});
