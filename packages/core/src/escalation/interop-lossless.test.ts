import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from './check-policy';
import { policyFromJsmOps, policyToJsmOps } from './jsm-ops';
import { policiesFromOpsgenieList, policyFromOpsgenie, policyToOpsgenie } from './opsgenie';
import { policyFromPagerDuty, policyToPagerDuty } from './pagerduty';

// Our own small policies in the vendors' documented shapes: every documented field once.

const pdPolicy = {
  id: 'PEP0001',
  type: 'escalation_policy',
  summary: 'Night desk',
  self: 'https://pd.example/escalation_policies/PEP0001',
  html_url: 'https://acme.pd.example/escalation_policies/PEP0001',
  name: 'Night desk',
  description: 'Service desk after hours',
  num_loops: 1,
  on_call_handoff_notifications: 'always',
  escalation_rules: [
    {
      id: 'PR00001',
      escalation_delay_in_minutes: 10,
      targets: [
        { id: 'PSNIGHT', type: 'schedule_reference', summary: 'Night rota' },
        { id: 'PUDANA1', type: 'user_reference', summary: 'Dana Reyes' },
      ],
      escalation_rule_assignment_strategy: { type: 'round_robin' },
    },
    {
      id: 'PR00002',
      escalation_delay_in_minutes: 20,
      targets: [{ id: 'PULEE01', type: 'user_reference', summary: 'Sam Lee' }],
      escalation_rule_assignment_strategy: [{ type: 'assign_to_everyone' }],
    },
  ],
  services: [{ id: 'PSVC001', type: 'service_reference', summary: 'Mail' }],
  teams: [{ id: 'PTEAM01', type: 'team_reference', summary: 'Service desk' }],
};
const pdMapping = { PSNIGHT: 'msp-noc', PUDANA1: 'it-lead', PULEE01: 'msp-eng' };

describe('a PagerDuty policy, carried without loss', () => {
  it('keeps round robin, rule ids, teams, services, handoff and target names', () => {
    const result = policyFromPagerDuty({ escalation_policy: pdPolicy }, pdMapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.id).toBe('PEP0001');
    expect(result.value.steps.map((s) => s.mode)).toEqual(['round-robin', undefined]);
    expect(result.report.lost).toEqual([]);
    expect(result.carried.policy.teams).toEqual(pdPolicy.teams);
    expect(result.carried.steps['rule-1']?.fields.id).toBe('PR00001');
    expect(checkPolicy(result.value)).toEqual([]);
    const back = policyToPagerDuty(result.value, {}, result.carried);
    expect(back.ok && back.value).toEqual(pdPolicy);
  });

  it('keeps the array form of round robin and exports a round robin set in Tandem', () => {
    const arrayForm = {
      ...pdPolicy,
      escalation_rules: [
        {
          ...pdPolicy.escalation_rules[0],
          escalation_rule_assignment_strategy: [{ type: 'round_robin' }],
        },
      ],
    };
    const result = policyFromPagerDuty(arrayForm, pdMapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.steps[0]?.mode).toBe('round-robin');
    const back = policyToPagerDuty(result.value, {}, result.carried);
    expect(back.ok && back.value).toEqual(arrayForm);
    const plain = policyToPagerDuty(result.value, {
      'msp-noc': { id: 'PSNIGHT', type: 'schedule_reference' },
      'it-lead': { id: 'PUDANA1', type: 'user_reference' },
    });
    expect(
      plain.ok && plain.value.escalation_rules[0]?.escalation_rule_assignment_strategy,
    ).toEqual({
      type: 'round_robin',
    });
  });

  it('reports unknown keys with their paths instead of dropping them silently', () => {
    const result = policyFromPagerDuty(
      {
        ...pdPolicy,
        privilege: { level: 'observer' },
        escalation_rules: [
          {
            ...pdPolicy.escalation_rules[0],
            targets: [{ id: 'PSNIGHT', type: 'schedule_reference', color: 'red' }],
          },
        ],
      },
      pdMapping,
    );
    expect(result.ok && result.report.lost).toEqual([
      { path: [], message: 'Unknown keys: privilege; not carried.' },
      { path: ['escalation_rules', 0, 'targets', 0], message: 'Unknown keys: color; not carried.' },
    ]);
  });
});

const ogPolicy = {
  id: '0b8a7a2e-1b8e-4c39-9d0e-2f3c1f0a9d11',
  name: 'Helpdesk_escalation',
  description: 'Tier 1 then the lead',
  ownerTeam: { id: '5d2f0c8e-aaaa-4c39-9d0e-2f3c1f0a9d11', name: 'Helpdesk' },
  rules: [
    {
      condition: 'if-not-acked',
      notifyType: 'default',
      delay: { timeAmount: 0, timeUnit: 'minutes' },
      recipient: { type: 'schedule', id: 'sch-1', name: 'Helpdesk_schedule' },
    },
    {
      condition: 'if-not-acked',
      notifyType: 'next',
      delay: { timeAmount: 5, timeUnit: 'minutes' },
      recipient: { type: 'schedule', id: 'sch-1', name: 'Helpdesk_schedule' },
    },
    {
      condition: 'if-not-acked',
      notifyType: 'previous',
      delay: { timeAmount: 5, timeUnit: 'minutes' },
      recipient: { type: 'schedule', id: 'sch-2', name: 'Desk_backup' },
    },
    {
      condition: 'if-not-closed',
      notifyType: 'all',
      delay: { timeAmount: 1, timeUnit: 'hours' },
      recipient: { type: 'team', id: 'team-1', name: 'Helpdesk' },
    },
    {
      condition: 'if-not-closed',
      notifyType: 'default',
      delay: { timeAmount: 1, timeUnit: 'hours' },
      recipient: { type: 'user', id: 'user-1', username: 'lead@example.com' },
    },
  ],
  repeat: { waitInterval: 15, count: 2, resetRecipientStates: true, closeAlertAfterAll: false },
};
const ogMapping = { 'sch-1': 'desk', 'sch-2': 'backup', 'team-1': 'it', 'user-1': 'it-lead' };

describe('an Opsgenie escalation, carried without loss', () => {
  it('keeps notifyType, recipient names, units, the owner team and every repeat field', () => {
    const result = policyFromOpsgenie(ogPolicy, ogMapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.report.lost).toEqual([]);
    expect(result.value.steps.map((s) => s.targets.map((t) => t.partyId))).toEqual([
      ['desk'],
      ['desk', 'backup'],
      ['it', 'it-lead'],
    ]);
    expect(result.value.transitions.at(-1)).toMatchObject({ to: 'rule-1', repeat: 2 });
    const back = policyToOpsgenie(result.value, {}, result.carried);
    expect(back.ok && back.value).toEqual(ogPolicy);
  });

  it('carries a first rule that waits, reporting that the model notifies at once', () => {
    const late = {
      name: 'Late',
      rules: [
        {
          condition: 'if-not-acked',
          delay: { timeAmount: 2, timeUnit: 'days' },
          recipient: { type: 'team', id: 'team-1' },
        },
      ],
    };
    const result = policyFromOpsgenie(late, ogMapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.report.lost.map((l) => l.path)).toEqual([['rules']]);
    const back = policyToOpsgenie(result.value, {}, result.carried);
    expect(back.ok && back.value).toEqual(late);
  });

  it('imports a list response entry by entry, issue paths from the list', () => {
    const list = policiesFromOpsgenieList(
      { data: [ogPolicy, { name: 'broken' }], took: 0.1 },
      ogMapping,
    );
    if (!list.ok) throw new Error('expected a list');
    expect(list.value.map((one) => one.ok)).toEqual([true, false]);
    expect(list.value[1]?.ok === false && list.value[1].issues[0]?.path).toEqual([
      'data',
      1,
      'rules',
    ]);
  });
});

describe('JSM Operations', () => {
  const jsm = {
    id: 'esc-42',
    name: 'Helpdesk_escalation',
    enabled: true,
    rules: [
      {
        condition: 'if-not-acked',
        notifyType: 'default',
        delay: 0,
        recipient: { type: 'schedule', id: 'sch-1' },
      },
      {
        condition: 'if-not-acked',
        notifyType: 'next',
        delay: 10,
        recipient: { type: 'schedule', id: 'sch-1' },
      },
    ],
    repeat: { waitInterval: 5, count: 0, resetRecipientStates: false, closeAlertAfterAll: true },
  };

  it('reads delays as bare minutes and exports the same JSON back', () => {
    const result = policyFromJsmOps(jsm, ogMapping);
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.transitions).toEqual([
      {
        id: 'escalate-1',
        from: 'rule-1',
        to: 'rule-2',
        trigger: { kind: 'not-acknowledged', minutes: 10 },
      },
    ]);
    const back = policyToJsmOps(result.value, {}, result.carried);
    expect(back.ok && back.value).toEqual(jsm);
  });

  it('takes an Opsgenie escalation over with its names, notify types and repeat', () => {
    const result = policyFromOpsgenie(ogPolicy, ogMapping);
    if (!result.ok) throw new Error('expected a policy');
    const moved = policyToJsmOps(result.value, {}, result.carried);
    expect(moved.ok && moved.value).toEqual({
      ...ogPolicy,
      rules: ogPolicy.rules.map((rule) => ({
        ...rule,
        delay: rule.delay.timeAmount * (rule.delay.timeUnit === 'hours' ? 60 : 1),
      })),
    });
  });
});

// Round trips over generated policies: import then export gives the input back, for every
// field the importer carries. Target ids come from a pool so an id keeps one type, as it does
// in their systems.
const pdTargets = [
  { id: 'PU00001', type: 'user_reference' },
  { id: 'PU00002', type: 'user_reference' },
  { id: 'PS00001', type: 'schedule_reference' },
  { id: 'PS00002', type: 'schedule_reference' },
];
const optionalLink = fc.option(fc.webUrl(), { nil: null });
const pdTarget = fc
  .record(
    {
      ref: fc.constantFrom(...pdTargets),
      summary: fc.string(),
      self: optionalLink,
      html_url: optionalLink,
    },
    { requiredKeys: ['ref'] },
  )
  .map(({ ref, ...rest }) => ({ ...ref, ...rest }));
const strategyArb = fc
  .constantFrom('round_robin', 'assign_to_everyone')
  .chain((type) => fc.constantFrom<unknown>({ type }, [{ type }]));
const pdArb = fc.record(
  {
    id: fc.stringMatching(/^P[A-Z0-9]{6}$/),
    type: fc.constant('escalation_policy'),
    summary: fc.string(),
    name: fc.string({ minLength: 1 }),
    description: fc.option(fc.string(), { nil: null }),
    num_loops: fc.integer({ min: 0, max: 5 }),
    on_call_handoff_notifications: fc.constantFrom('if_has_services', 'always'),
    escalation_rules: fc.array(
      fc.record(
        {
          id: fc.stringMatching(/^P[A-Z0-9]{6}$/),
          escalation_delay_in_minutes: fc.integer({ min: 0, max: 1_440 }),
          targets: fc.uniqueArray(pdTarget, { selector: (t) => t.id, maxLength: 4 }),
          escalation_rule_assignment_strategy: strategyArb,
        },
        { requiredKeys: ['escalation_delay_in_minutes', 'targets'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    teams: fc.array(
      fc.record({ id: fc.string({ minLength: 1 }), type: fc.constant('team_reference') }),
    ),
  },
  { requiredKeys: ['num_loops', 'escalation_rules'] },
);
const partyOf = (id: string) => `party-${id}`;
const mappingOf = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, partyOf(id)]));

const ogRecipients = [
  { type: 'user', id: 'u-1', username: 'ana@example.com' },
  { type: 'user', id: 'u-2' },
  { type: 'schedule', id: 's-1', name: 'Desk_schedule' },
  { type: 'team', id: 't-1', name: 'Desk' },
];
const ruleArb = <D>(delay: fc.Arbitrary<D>) =>
  fc.record(
    {
      condition: fc.constantFrom('if-not-acked', 'if-not-closed'),
      notifyType: fc.constantFrom(
        'default',
        'next',
        'previous',
        'all',
        'users',
        'admins',
        'random',
      ),
      delay,
      recipient: fc.constantFrom(...ogRecipients),
    },
    { requiredKeys: ['condition', 'delay', 'recipient'] },
  );
const repeatArb = fc.record(
  {
    waitInterval: fc.integer({ min: 0, max: 120 }),
    count: fc.integer({ min: 0, max: 3 }),
    resetRecipientStates: fc.boolean(),
    closeAlertAfterAll: fc.boolean(),
  },
  { requiredKeys: ['waitInterval', 'count'] },
);
const escalationArb = <D>(delay: fc.Arbitrary<D>, minutes: (d: D) => number) =>
  fc.record(
    {
      id: fc.uuid(),
      name: fc.string({ minLength: 1 }),
      description: fc.string(),
      ownerTeam: fc.record({ id: fc.uuid(), name: fc.string() }, { requiredKeys: [] }),
      enabled: fc.boolean(),
      // Rules in order of delay: the order Opsgenie shows and the export writes.
      rules: fc
        .array(ruleArb(delay), { minLength: 1, maxLength: 6 })
        .map((rules) => [...rules].sort((a, b) => minutes(a.delay) - minutes(b.delay))),
      repeat: repeatArb,
    },
    { requiredKeys: ['rules'] },
  );
const ogDelay = fc.oneof(
  fc.record({
    timeAmount: fc.integer({ min: 0, max: 90 }),
    timeUnit: fc.constantFrom('minutes', 'hours', 'days'),
  }),
  fc.record({ timeAmount: fc.integer({ min: 0, max: 90 }) }),
);
const ogMinutes = (d: { timeAmount: number; timeUnit?: string }) =>
  d.timeAmount * (d.timeUnit === 'days' ? 1_440 : d.timeUnit === 'hours' ? 60 : 1);
const recipientMapping = mappingOf(ogRecipients.map((r) => r.id));

describe('round trips', () => {
  it('exports every generated PagerDuty policy back as it was imported', () => {
    const mapping = mappingOf(pdTargets.map((t) => t.id));
    fc.assert(
      fc.property(pdArb, (pd) => {
        const result = policyFromPagerDuty(pd, mapping);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(result.report.lost).toEqual([]);
        const back = policyToPagerDuty(result.value, {}, result.carried);
        expect(back.ok && back.value).toEqual(pd);
      }),
      { numRuns: 200 },
    );
  });

  it('exports every generated Opsgenie escalation back as it was imported', () => {
    fc.assert(
      fc.property(escalationArb(ogDelay, ogMinutes), (og) => {
        const result = policyFromOpsgenie(og, recipientMapping);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        const back = policyToOpsgenie(result.value, {}, result.carried);
        expect(back.ok && back.value).toEqual(og);
      }),
      { numRuns: 200 },
    );
  });

  it('exports every generated JSM Operations escalation back as it was imported', () => {
    fc.assert(
      fc.property(
        escalationArb(fc.integer({ min: 0, max: 600 }), (d) => d),
        (jsm) => {
          const result = policyFromJsmOps(jsm, recipientMapping);
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          const back = policyToJsmOps(result.value, {}, result.carried);
          expect(back.ok && back.value).toEqual(jsm);
        },
      ),
      { numRuns: 200 },
    );
  });
});
