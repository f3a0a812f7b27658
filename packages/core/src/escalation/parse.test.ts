import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, parseRouting } from './parse';
import { calendars, policy, routing } from './test-fixtures';

describe('parseRouting', () => {
  it('accepts a routing table and returns it', () => {
    expect(parseRouting(JSON.parse(JSON.stringify(routing)))).toEqual({ ok: true, value: routing });
  });

  it('reports a bad source and a missing queue with their paths', () => {
    const result = parseRouting({ rules: [{ id: 'a', when: { sources: ['email'] } }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('rules.0.when.sources.0');
    expect(paths).toContain('rules.0.queue');
  });

  it('refuses repeated and inherited rule ids', () => {
    const rule = routing.rules[0];
    const result = parseRouting({ rules: [rule, rule, { ...rule, id: 'constructor' }] });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'rules.1.id'],
      ['reserved_id', 'rules.2.id'],
    ]);
  });
});

describe('given a calendar registry', () => {
  it('reports calendars the registry lacks, in routing and in triggers', () => {
    expect(parseRouting(routing, calendars).ok).toBe(true);
    expect(parsePolicy(policy, calendars).ok).toBe(true);
    const empty = new Map();
    const routed = parseRouting(routing, empty);
    expect(routed.ok ? [] : routed.issues.map((i) => i.path.join('.'))).toEqual([
      'rules.2.when.hours.calendarId',
    ]);
    const parsed = parsePolicy(policy, empty);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([
      'No calendar has the id "office".',
    ]);
  });
});

describe('parsePolicy', () => {
  it('accepts a policy', () => {
    expect(parsePolicy(policy)).toEqual({ ok: true, value: policy });
  });

  const conditioned = {
    ...policy,
    steps: [
      { ...policy.steps[0], hold: { until: 'open', calendarId: 'night' }, ack: 'all' },
      { ...policy.steps[1], mode: 'round-robin', rotate: { minutes: 60 } },
      policy.steps[2],
    ],
    transitions: [
      {
        ...policy.transitions[0],
        when: [
          { kind: 'hours', open: false },
          { kind: 'holiday', holiday: true, calendarId: 'site' },
          { kind: 'priority', priorities: ['P1'] },
        ],
      },
      policy.transitions[1],
    ],
  };

  it('accepts conditions, holds, acknowledgement modes and rotations', () => {
    expect(parsePolicy(conditioned)).toEqual({ ok: true, value: conditioned });
  });

  it('reports condition and hold calendars the registry lacks, at their paths', () => {
    const parsed = parsePolicy(conditioned, calendars);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path.join('.'))).toEqual([
      'transitions.0.when.1.calendarId',
      'steps.0.hold.calendarId',
    ]);
  });

  it('reports a bad condition, ack and rotation at their paths', () => {
    const result = parsePolicy({
      ...policy,
      steps: [
        { ...policy.steps[0], ack: 'some', rotate: { notifications: 0 } },
        ...policy.steps.slice(1),
      ],
      transitions: [{ ...policy.transitions[0], when: [{ kind: 'hours' }, { kind: 'moon' }] }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'steps.0.ack',
      'steps.0.rotate.notifications',
      'transitions.0.when.0.open',
      'transitions.0.when.1.kind',
    ]);
  });

  it('reports transitions and a start that name missing steps', () => {
    const result = parsePolicy({
      ...policy,
      startStepId: 'nope',
      transitions: [{ id: 'x', from: 't1', to: 'gone', trigger: { kind: 'manual' } }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'startStepId',
      'transitions.0.to',
    ]);
  });

  it('reports an unknown trigger kind at its path', () => {
    const bad = {
      ...policy,
      transitions: [{ id: 'x', from: 't1', to: 'eng', trigger: { kind: 'later' } }],
    };
    const result = parsePolicy(bad);
    expect(result.ok ? [] : result.issues[0]?.path).toEqual(['transitions', 0, 'trigger', 'kind']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parsePolicy(input).ok).toBe(false);
        expect(typeof parseRouting(input).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on near-miss policies', () => {
    const mutated = fc.record({
      id: fc.oneof(fc.string(), fc.constant('__proto__')),
      startStepId: fc.constantFrom('t1', 'eng', ''),
      steps: fc.array(
        fc.record({
          id: fc.constantFrom('t1', 'eng', 'toString'),
          action: fc.constantFrom('assign', 'notify', 'page'),
          targets: fc.array(fc.record({ partyId: fc.string() })),
        }),
      ),
      transitions: fc.array(
        fc.record({ id: fc.string(), from: fc.string(), to: fc.string(), trigger: fc.anything() }),
      ),
    });
    fc.assert(
      fc.property(mutated, (input) => {
        const result = parsePolicy(input);
        if (!result.ok) for (const i of result.issues) expect(i.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a throwing getter instead of throwing', () => {
    const input = Object.defineProperty({}, 'rules', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const result = parseRouting(input);
    expect(result.ok ? '' : result.issues[0]?.code).toBe('unreadable');
  });
});
