import {
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationPolicy,
  type PolicyChange,
  type Routing,
} from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import { policyChangesBetween, routingChangesBetween } from './escalation-changes-between';
import { policy, routing } from './test-support/escalation';

const afterPolicy = (changes: PolicyChange[]) => {
  const result = applyPolicyChanges(policy, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const afterRouting = (changes: PolicyChange[]) => {
  const result = applyRoutingChanges(routing, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('policyChangesBetween', () => {
  it('gives back a single edit as that edit', () => {
    for (const change of [
      { type: 'moveStep', stepId: 'both', toIndex: 0 },
      { type: 'setStart', stepId: 'eng' },
      { type: 'updateStep', stepId: 'eng', patch: { name: null, mode: 'round-robin' } },
      { type: 'removeTransition', transitionId: 'alarm' },
    ] satisfies PolicyChange[]) {
      expect(policyChangesBetween(policy, afterPolicy([change]))).toEqual([change]);
    }
  });

  it('orders the changes so the core accepts them: a step is removed only once nothing names it', () => {
    const after: EscalationPolicy = {
      ...policy,
      startStepId: 'eng',
      steps: [
        { id: 'eng', action: 'assign', targets: [{ partyId: 'msp' }] },
        { id: 'soc', action: 'notify', targets: [{ partyId: 'soc' }], terminal: true },
      ],
      transitions: [{ id: 'to-soc', from: 'eng', to: 'soc', trigger: { kind: 'manual' } }],
    };
    const changes = policyChangesBetween(policy, after);
    expect(applyPolicyChanges(policy, changes)).toEqual({ ok: true, value: after });
    expect(changes.filter((c) => c.type === 'removeStep').map((c) => c.stepId)).toEqual([
      't1',
      'both',
    ]);
  });

  it('puts a transition out of place back where it belongs (transitions have no move)', () => {
    const after = { ...policy, transitions: [...policy.transitions].reverse() };
    const changes = policyChangesBetween(policy, after);
    expect(changes.map((c) => c.type)).toEqual(['removeTransition', 'addTransition']);
    expect(applyPolicyChanges(policy, changes)).toEqual({ ok: true, value: after });
  });
});

describe('routingChangesBetween', () => {
  it('gives back a single edit as that edit', () => {
    for (const change of [
      { type: 'moveRule', ruleId: 'm365', toIndex: 0 },
      { type: 'removeRule', ruleId: 'vip' },
      { type: 'updateRule', ruleId: 'security', patch: { when: { vip: true } } },
      { type: 'setDefault', queue: null },
    ] satisfies PolicyChange[]) {
      expect(routingChangesBetween(routing, afterRouting([change]))).toEqual([change]);
    }
  });

  it('turns a new table into changes the core accepts', () => {
    const after: Routing = {
      rules: [
        { id: 'new', when: { siteIds: ['hq'] }, queue: { partyId: 'it', tier: 1 } },
        routing.rules[2] as Routing['rules'][number],
      ],
    };
    const changes = routingChangesBetween(routing, after);
    expect(applyRoutingChanges(routing, changes)).toEqual({ ok: true, value: after });
  });
});
