import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEscalationChanges,
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationDocument,
  invertEscalationChange,
  invertPolicyChange,
  type PolicyChange,
} from './changes';
import type { EscalationPolicy, Routing } from './model';
import { policy, routing } from './test-fixtures';

describe('applyPolicyChanges', () => {
  it('adds a step and a transition to it', () => {
    const result = applyPolicyChanges(policy, [
      {
        type: 'addStep',
        step: { id: 'soc', action: 'notify', targets: [{ partyId: 'msp' }], terminal: true },
      },
      {
        type: 'addTransition',
        transition: { id: 'to-soc', from: 't1', to: 'soc', trigger: { kind: 'manual' } },
      },
    ]);
    expect(result.ok && result.value.steps.map((s) => s.id)).toEqual(['t1', 'eng', 'both', 'soc']);
    expect(result.ok && result.value.transitions.at(-1)?.to).toBe('soc');
  });

  it('refuses the whole batch when one change names a missing step, and says which', () => {
    const result = applyPolicyChanges(policy, [
      { type: 'setStart', stepId: 'eng' },
      {
        type: 'addTransition',
        transition: { id: 'x', from: 't1', to: 'ghost', trigger: { kind: 'manual' } },
      },
    ]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_step', message: 'No step has the id "ghost".', changeIndex: 1 },
    });
  });

  it('refuses to remove a step that transitions still use', () => {
    const result = applyPolicyChanges(policy, [{ type: 'removeStep', stepId: 'eng' }]);
    expect(result.ok ? '' : result.error.code).toBe('step_in_use');
  });

  it('moves a step without touching its transitions', () => {
    const result = applyPolicyChanges(policy, [{ type: 'moveStep', stepId: 'both', toIndex: 0 }]);
    expect(result.ok && result.value.steps.map((s) => s.id)).toEqual(['both', 't1', 'eng']);
    expect(result.ok && result.value.transitions).toBe(policy.transitions);
  });

  it('refuses to move a step past the end', () => {
    const result = applyPolicyChanges(policy, [{ type: 'moveStep', stepId: 't1', toIndex: 3 }]);
    expect(result.ok ? '' : result.error.code).toBe('index_out_of_range');
  });

  it('removes a field with a null patch', () => {
    const result = applyPolicyChanges(policy, [
      { type: 'updateStep', stepId: 'both', patch: { terminal: null } },
    ]);
    expect(result.ok && 'terminal' in (result.value.steps[2] ?? {})).toBe(false);
  });
});

describe('applyRoutingChanges', () => {
  it('moves a rule and drops the default', () => {
    const result = applyRoutingChanges(routing, [
      { type: 'moveRule', ruleId: 'helpdesk', toIndex: 0 },
      { type: 'setDefault', queue: null },
    ]);
    expect(result.ok && result.value.rules.map((r) => r.id)).toEqual([
      'helpdesk',
      'vip',
      'security',
      'after-hours',
    ]);
    expect(result.ok && 'default' in result.value).toBe(false);
  });

  it('refuses a reserved rule id', () => {
    const result = applyRoutingChanges(routing, [
      { type: 'addRule', rule: { id: '__proto__', when: {}, queue: { partyId: 'it', tier: 1 } } },
    ]);
    expect(result.ok ? '' : result.error.code).toBe('reserved_id');
  });
});

const stepIds = ['t1', 'eng', 'both', 'new'];
const policyChange: fc.Arbitrary<PolicyChange> = fc.oneof(
  fc.constantFrom(...stepIds).map((id) => ({
    type: 'addStep' as const,
    step: { id, action: 'notify' as const, targets: [] },
  })),
  fc.constantFrom(...stepIds).map((stepId) => ({ type: 'removeStep' as const, stepId })),
  fc
    .record({ stepId: fc.constantFrom(...stepIds), name: fc.option(fc.string(), { nil: null }) })
    .map(({ stepId, name }) => ({ type: 'updateStep' as const, stepId, patch: { name } })),
  fc
    .record({
      from: fc.constantFrom(...stepIds),
      to: fc.constantFrom(...stepIds),
      id: fc.constantFrom('up', 'alarm', 'x'),
    })
    .map((t) => ({
      type: 'addTransition' as const,
      transition: { ...t, trigger: { kind: 'manual' as const } },
    })),
  fc
    .constantFrom('up', 'alarm', 'x')
    .map((transitionId) => ({ type: 'removeTransition' as const, transitionId })),
  fc
    .record({
      transitionId: fc.constantFrom('up', 'alarm'),
      repeat: fc.option(fc.nat(5), { nil: null }),
    })
    .map(({ transitionId, repeat }) => ({
      type: 'updateTransition' as const,
      transitionId,
      patch: { repeat },
    })),
  fc.constantFrom(...stepIds).map((stepId) => ({ type: 'setStart' as const, stepId })),
  fc
    .record({ stepId: fc.constantFrom(...stepIds), toIndex: fc.nat(4) })
    .map((c) => ({ type: 'moveStep' as const, ...c })),
);
const ruleIds = ['vip', 'security', 'after-hours', 'helpdesk', 'new'];
const routingChange: fc.Arbitrary<PolicyChange> = fc.oneof(
  fc.record({ id: fc.constantFrom(...ruleIds), index: fc.nat(5) }).map(({ id, index }) => ({
    type: 'addRule' as const,
    rule: { id, when: {}, queue: { partyId: 'it', tier: 1 } },
    index,
  })),
  fc.constantFrom(...ruleIds).map((ruleId) => ({ type: 'removeRule' as const, ruleId })),
  fc
    .record({ ruleId: fc.constantFrom(...ruleIds), name: fc.option(fc.string(), { nil: null }) })
    .map(({ ruleId, name }) => ({ type: 'updateRule' as const, ruleId, patch: { name } })),
  fc
    .record({ ruleId: fc.constantFrom(...ruleIds), toIndex: fc.nat(4) })
    .map((c) => ({ type: 'moveRule' as const, ...c })),
  fc
    .option(fc.constant({ partyId: 'it', tier: 2 }), { nil: null })
    .map((queue) => ({ type: 'setDefault' as const, queue })),
);

describe('invertPolicyChange', () => {
  it('undoes every policy change that applies', () => {
    fc.assert(
      fc.property(fc.array(policyChange, { maxLength: 12 }), (changes) => {
        let current: EscalationPolicy = policy;
        for (const change of changes) {
          const applied = applyPolicyChanges(current, [change]);
          if (!applied.ok) continue;
          const undone = applyPolicyChanges(applied.value, [invertPolicyChange(current, change)]);
          expect(undone).toEqual({ ok: true, value: current });
          current = applied.value;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('undoes every routing change that applies', () => {
    fc.assert(
      fc.property(fc.array(routingChange, { maxLength: 12 }), (changes) => {
        let current: Routing = routing;
        for (const change of changes) {
          const applied = applyRoutingChanges(current, [change]);
          if (!applied.ok) continue;
          const undone = applyRoutingChanges(applied.value, [invertPolicyChange(current, change)]);
          expect(undone).toEqual({ ok: true, value: current });
          current = applied.value;
        }
      }),
      { numRuns: 300 },
    );
  });
});

const document: EscalationDocument = { policy, routing };

describe('applyEscalationChanges', () => {
  it('applies policy and routing changes of one batch in order', () => {
    const result = applyEscalationChanges(document, [
      { type: 'moveStep', stepId: 'both', toIndex: 0 },
      { type: 'moveRule', ruleId: 'helpdesk', toIndex: 0 },
    ]);
    expect(result.ok && result.value.policy.steps[0]?.id).toBe('both');
    expect(result.ok && result.value.routing.rules[0]?.id).toBe('helpdesk');
  });

  it('names the refused change by its place in the whole batch', () => {
    const result = applyEscalationChanges(document, [
      { type: 'moveRule', ruleId: 'vip', toIndex: 1 },
      { type: 'removeStep', stepId: 'ghost' },
    ]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_step', message: 'No step has the id "ghost".', changeIndex: 1 },
    });
  });

  it('keeps the part no change touched, and the document for an empty batch', () => {
    const result = applyEscalationChanges(document, [{ type: 'setStart', stepId: 'eng' }]);
    expect(result.ok && result.value.routing).toBe(routing);
    expect(applyEscalationChanges(document, [])).toEqual({ ok: true, value: document });
    expect(applyEscalationChanges(document, []).ok && document).toBe(document);
  });
});

describe('invertEscalationChange', () => {
  it('undoes every mixed change that applies, reading the part the change kind names', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(policyChange, routingChange), { maxLength: 16 }), (changes) => {
        let current = document;
        for (const change of changes) {
          const applied = applyEscalationChanges(current, [change]);
          if (!applied.ok) continue;
          const undo = invertEscalationChange(current, change);
          expect(applyEscalationChanges(applied.value, [undo])).toEqual({
            ok: true,
            value: current,
          });
          current = applied.value;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same inverse as the deprecated single-part invert', () => {
    const setStart: PolicyChange = { type: 'setStart', stepId: 'eng' };
    const setDefault: PolicyChange = { type: 'setDefault', queue: null };
    expect(invertEscalationChange(document, setStart)).toEqual(
      invertPolicyChange(policy, setStart),
    );
    expect(invertEscalationChange(document, setDefault)).toEqual(
      invertPolicyChange(routing, setDefault),
    );
  });
});
