import { describe, expect, it } from 'vitest';
import { policyToJsmOps } from './jsm-ops';
import type { EscalationPolicy } from './model';
import { policyToOpsgenie } from './opsgenie';
import { policyToPagerDuty } from './pagerduty';

// A policy with every condition the chain tools lack: a held first step, a "both teams" step
// that needs both acknowledgements, a round robin that rotates hourly, and a conditional edge.
const conditioned: EscalationPolicy = {
  id: 'conditioned',
  startStepId: 'desk',
  steps: [
    { id: 'desk', action: 'assign', targets: [{ partyId: 'it' }], hold: { until: 'open' } },
    {
      id: 'both',
      action: 'assign',
      targets: [{ partyId: 'it' }, { partyId: 'msp' }],
      ack: 'all',
    },
    {
      id: 'rota',
      action: 'assign',
      mode: 'round-robin',
      targets: [{ partyId: 'it' }, { partyId: 'msp' }],
      rotate: { minutes: 60 },
      terminal: true,
    },
  ],
  transitions: [
    {
      id: 'up',
      from: 'desk',
      to: 'both',
      trigger: { kind: 'not-acknowledged', minutes: 15 },
      when: [{ kind: 'hours', open: false }],
    },
    { id: 'out', from: 'both', to: 'rota', trigger: { kind: 'not-acknowledged', minutes: 10 } },
  ],
};
const refs = {
  it: { id: 'PU1', type: 'user_reference' },
  msp: { id: 'PS2', type: 'schedule_reference' },
};
const paths = (report: { lost: readonly { path: readonly (string | number)[] }[] }) =>
  report.lost.map((item) => item.path.join('.'));

describe('exporting conditions', () => {
  it('lists every condition PagerDuty lacks in lost, and keeps the round robin', () => {
    const result = policyToPagerDuty(conditioned, refs);
    if (!result.ok) throw new Error('export failed');
    expect(paths(result.report)).toEqual([
      'steps.0.hold',
      'transitions.0.when',
      'steps.1.ack',
      'steps.2.rotate',
    ]);
    expect(result.value.escalation_rules[2]?.escalation_rule_assignment_strategy).toEqual({
      type: 'round_robin',
    });
    expect(result.report.lost[1]?.message).toBe(
      'Transition "up" fires only under conditions (hours); exported as unconditional.',
    );
  });

  it('keeps a plain round robin (a turn per notification) without a word', () => {
    const plain: EscalationPolicy = {
      ...conditioned,
      steps: conditioned.steps.map(({ hold, ack, ...s }) => ({
        ...s,
        rotate: { notifications: 1 },
      })),
      transitions: conditioned.transitions.map(({ when, ...t }) => t),
    };
    const result = policyToPagerDuty(plain, refs);
    expect(result.ok && result.report.lost).toEqual([]);
  });

  it('adds the round robin to what Opsgenie and JSM Operations lose', () => {
    const og = policyToOpsgenie(conditioned, refs);
    const jsm = policyToJsmOps(conditioned, refs);
    if (!og.ok || !jsm.ok) throw new Error('export failed');
    expect(paths(og.report)).toContain('steps.2.mode');
    expect(paths(jsm.report)).toEqual(paths(og.report));
    expect(og.report.lost.find((l) => l.path.join('.') === 'steps.2.mode')?.message).toBe(
      'Step "rota" takes its targets in turn; opsgenie escalations notify every rule\'s recipient.',
    );
  });
});
