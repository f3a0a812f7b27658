import { describe, expect, it } from 'vitest';
import { applyPolicyChanges } from './changes';
import { checkAgainstMatrix } from './check-matrix';
import { checkPolicy } from './check-policy';
import type { EscalationPolicy, Routing } from './model';
import { calendars, matrix, policy, routing, sla } from './test-fixtures';

const ids = (issues: { ruleId: string; stepIds: readonly string[] }[]) =>
  issues.map((i) => [i.ruleId, ...i.stepIds]);

function fixed(p: EscalationPolicy, ruleId: string): EscalationPolicy {
  const found = checkPolicy(p, { sla }).find((i) => i.ruleId === ruleId);
  const result = applyPolicyChanges(p, found?.fixes[0]?.changes ?? []);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('checkPolicy', () => {
  it('finds nothing wrong with the standard policy', () => {
    expect(checkPolicy(policy, { matrix, sla })).toEqual([]);
  });

  it('reports an unreachable step, and its fix removes it', () => {
    const p = {
      ...policy,
      steps: [
        ...policy.steps,
        { id: 'lost', name: 'Lost', action: 'assign' as const, targets: [], terminal: true },
      ],
    };
    expect(ids(checkPolicy(p))).toEqual([['unreachable-step', 'lost']]);
    expect(checkPolicy(fixed(p, 'unreachable-step'))).toEqual([]);
  });

  it('reports a dead end by name, and its fix marks it terminal', () => {
    const p = {
      ...policy,
      steps: policy.steps.map((s) => (s.id === 'both' ? { ...s, terminal: false } : s)),
    };
    const [dead] = checkPolicy(p);
    expect(dead?.message).toBe(
      'Step "Notify both" has no way on and is not marked terminal; tickets stop there.',
    );
    expect(checkPolicy(fixed(p, 'dead-end'))).toEqual([]);
  });

  it('reports a ticket that can stop without ever being assigned', () => {
    const p: EscalationPolicy = {
      id: 'n',
      startStepId: 'page',
      steps: [
        {
          id: 'page',
          name: 'Page',
          action: 'notify',
          targets: [{ partyId: 'msp' }],
          terminal: true,
        },
      ],
      transitions: [],
    };
    expect(ids(checkPolicy(p))).toEqual([['owned-by-nobody', 'page']]);
  });

  it('reports an automatic loop without a limit, and its fix bounds it', () => {
    const p = {
      ...policy,
      transitions: [
        ...policy.transitions,
        {
          id: 'back',
          from: 'eng',
          to: 't1',
          trigger: { kind: 'not-acknowledged' as const, minutes: 60 },
        },
      ],
    };
    const loop = checkPolicy(p).find((i) => i.ruleId === 'unbounded-cycle');
    expect(loop?.stepIds).toEqual(['t1', 'eng']);
    expect(
      checkPolicy(fixed(p, 'unbounded-cycle')).some((i) => i.ruleId === 'unbounded-cycle'),
    ).toBe(false);
  });

  it('accepts a loop people drive by hand', () => {
    const p = {
      ...policy,
      transitions: [
        ...policy.transitions,
        { id: 'back', from: 'eng', to: 't1', trigger: { kind: 'manual' as const } },
      ],
    };
    expect(checkPolicy(p)).toEqual([]);
  });

  it('reports a not-acknowledged trigger that fires after the P1 response target', () => {
    const found = checkPolicy(policy, { sla }).length;
    expect(found).toBe(0);
    const slow = {
      ...policy,
      transitions: policy.transitions.map((t) =>
        t.id === 'up' ? { ...t, trigger: { kind: 'not-acknowledged' as const, minutes: 20 } } : t,
      ),
    };
    const late = checkPolicy(slow, { sla });
    expect(late.map((i) => i.message)).toEqual([
      'Transition "Tier 1 → MSP engineering" fires only after the response target of P1 has breached.',
    ]);
    expect(checkPolicy(fixed(slow, 'trigger-after-breach'), { sla })).toEqual([]);
  });

  it('reports targets that are not parties of the matrix', () => {
    const p = {
      ...policy,
      steps: policy.steps.map((s) =>
        s.id === 'eng' ? { ...s, targets: [{ partyId: 'acme' }] } : s,
      ),
    };
    expect(checkPolicy(p, { matrix }).map((i) => [i.ruleId, i.partyIds[0]])).toEqual([
      ['unknown-party', 'acme'],
    ]);
  });

  it('takes messages from an overridden map', () => {
    const p = {
      ...policy,
      steps: policy.steps.map((s) => (s.id === 'both' ? { ...s, terminal: false } : s)),
    };
    const [dead] = checkPolicy(p, {
      messages: { 'dead-end': (step) => `« ${step} » ne mène nulle part.` },
    });
    expect(dead?.message).toBe('« Notify both » ne mène nulle part.');
  });
});

describe('checkAgainstMatrix', () => {
  it('reports a category routed first to a party Responsible for none of its rows', () => {
    const r: Routing = {
      rules: [
        {
          id: 'sec-it',
          name: 'Security to IT',
          when: { categoryIds: ['security'] },
          queue: { partyId: 'it', tier: 1 },
        },
      ],
    };
    expect(checkAgainstMatrix(matrix, { routing: r, calendars }).map((i) => i.message)).toEqual([
      'Rule "Security to IT" sends Security tickets to Internal IT, which is not Responsible for any Security row.',
    ]);
  });

  it('accepts routing to an overflow Responsible', () => {
    const r: Routing = {
      rules: [
        { id: 'desk-msp', when: { categoryIds: ['helpdesk'] }, queue: { partyId: 'msp', tier: 1 } },
      ],
    };
    expect(checkAgainstMatrix(matrix, { routing: r, calendars })).toEqual([]);
  });

  it('reports after-hours routing to a party whose office is closed then', () => {
    const r: Routing = {
      rules: [
        {
          id: 'night-it',
          when: { hours: { calendarId: 'office', open: false } },
          queue: { partyId: 'it', tier: 1 },
        },
      ],
    };
    expect(checkAgainstMatrix(matrix, { routing: r, calendars }).map((i) => i.ruleId)).toEqual([
      'after-hours-closed',
    ]);
    expect(checkAgainstMatrix(matrix, { routing, calendars })).toEqual([]);
  });

  it('reports an assignment that a wall-clock trigger can make while the party is off', () => {
    const p = {
      ...policy,
      transitions: [
        ...policy.transitions,
        {
          id: 'down',
          from: 'eng',
          to: 't1',
          trigger: { kind: 'after' as const, minutes: 600 },
          repeat: 1,
        },
      ],
    };
    expect(
      checkAgainstMatrix(matrix, { policies: [p], calendars }).map((i) => [
        i.ruleId,
        ...i.stepIds,
        ...i.partyIds,
      ]),
    ).toEqual([['no-coverage-when-fired', 't1', 'it']]);
    expect(checkAgainstMatrix(matrix, { policies: [policy], calendars })).toEqual([]);
  });

  it('reports routing queues that are not parties', () => {
    const r: Routing = { rules: [{ id: 'x', when: {}, queue: { partyId: 'ghost', tier: 1 } }] };
    expect(checkAgainstMatrix(matrix, { routing: r }).map((i) => i.ruleId)).toEqual([
      'unknown-party',
    ]);
  });
});
