import type {
  EscalationPolicy,
  PolicyChange,
  Routing,
  StepTarget,
  Trigger,
} from '@tandem/core/escalation';
import fc from 'fast-check';

// Generators of policy and routing changes for the merge property tests: any change the core's
// appliers might see from the flow editor or the routing table, valid or not against the value
// it is generated for (the tests keep what applies and drop what is refused).

const stepIds = ['t1', 'eng', 'both', 's1', 's2', 's3'];
const transitionIds = ['up', 'alarm', 'x1', 'x2', 'x3'];
const ruleIds = ['vip', 'security', 'm365', 'r1', 'r2'];
const partyIds = ['it', 'msp', 'soc'];

const target: fc.Arbitrary<StepTarget> = fc.record(
  { partyId: fc.constantFrom(...partyIds), tier: fc.integer({ min: 1, max: 3 }) },
  { requiredKeys: ['partyId'] },
);
const targets = fc.array(target, { minLength: 1, maxLength: 3 });
const trigger: fc.Arbitrary<Trigger> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('after' as const, 'not-acknowledged' as const, 'not-resolved' as const),
    minutes: fc.integer({ min: 1, max: 240 }),
  }),
  fc.record({
    kind: fc.constant('sla' as const),
    target: fc.constantFrom('response' as const, 'resolution' as const),
    percent: fc.constantFrom(50, 75, 100),
  }),
  fc.constant({ kind: 'manual' as const }),
);

/** One policy change against `policy`, naming its steps and transitions (or new ids). */
export function policyChangeArbitrary(policy: EscalationPolicy): fc.Arbitrary<PolicyChange> {
  const stepId = fc.constantFrom(...policy.steps.map((s) => s.id), ...stepIds);
  const transitionId = fc.constantFrom(...policy.transitions.map((t) => t.id), ...transitionIds);
  const index = fc.integer({ min: 0, max: policy.steps.length });
  return fc.oneof(
    fc.record({
      type: fc.constant('addStep' as const),
      step: fc.record({
        id: fc.constantFrom(...stepIds),
        action: fc.constantFrom('assign' as const, 'notify' as const),
        targets,
        terminal: fc.boolean(),
      }),
      index,
    }),
    fc.record({ type: fc.constant('removeStep' as const), stepId }),
    fc.record({ type: fc.constant('moveStep' as const), stepId, toIndex: index }),
    fc.record({
      type: fc.constant('updateStep' as const),
      stepId,
      patch: fc.record(
        {
          name: fc.oneof(fc.constantFrom('Tier 1', 'NOC', 'SOC'), fc.constant(null)),
          targets,
          mode: fc.constantFrom('all', 'round-robin', null),
          terminal: fc.constantFrom(true, false, null),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      type: fc.constant('addTransition' as const),
      transition: fc.record(
        {
          id: fc.constantFrom(...transitionIds),
          from: stepId,
          to: stepId,
          trigger,
          repeat: fc.integer({ min: 0, max: 3 }),
        },
        { requiredKeys: ['id', 'from', 'to', 'trigger'] },
      ),
      index: fc.integer({ min: 0, max: policy.transitions.length }),
    }),
    fc.record({ type: fc.constant('removeTransition' as const), transitionId }),
    fc.record({
      type: fc.constant('updateTransition' as const),
      transitionId,
      patch: fc.record(
        { to: stepId, trigger, repeat: fc.constantFrom(1, 2, null) },
        {
          requiredKeys: [],
        },
      ),
    }),
    fc.record({ type: fc.constant('setStart' as const), stepId }),
  );
}

/** One routing change against `routing`. */
export function routingChangeArbitrary(routing: Routing): fc.Arbitrary<PolicyChange> {
  const ruleId = fc.constantFrom(...routing.rules.map((r) => r.id), ...ruleIds);
  const index = fc.integer({ min: 0, max: routing.rules.length });
  const queue = fc.record({
    partyId: fc.constantFrom(...partyIds),
    tier: fc.integer({ min: 1, max: 3 }),
  });
  const when = fc.record(
    {
      vip: fc.boolean(),
      priorities: fc.subarray(['P1', 'P2', 'P3'], { minLength: 1 }),
      sources: fc.subarray(['user', 'monitoring', 'backup', 'security'] as const, {
        minLength: 1,
      }),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.record({
      type: fc.constant('addRule' as const),
      rule: fc.record({ id: fc.constantFrom(...ruleIds), when, queue }),
      index,
    }),
    fc.record({ type: fc.constant('removeRule' as const), ruleId }),
    fc.record({ type: fc.constant('moveRule' as const), ruleId, toIndex: index }),
    fc.record({
      type: fc.constant('updateRule' as const),
      ruleId,
      patch: fc.record(
        { name: fc.constantFrom('VIP', 'Security', null), when, queue },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ type: fc.constant('setDefault' as const), queue: fc.option(queue, { nil: null }) }),
  );
}
