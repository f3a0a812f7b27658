import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationPolicy, Transition } from './model';
import { MAX_SIMULATED_STEPS, type SimulationContext, simulateEscalation } from './simulate';
import {
  assign,
  calendars,
  MINUTE,
  MONDAY_10,
  matrix,
  policy,
  routing,
  sla,
} from './test-fixtures';

const context: SimulationContext = { routing, policy, calendars, sla, matrix };
const ticket = { categoryId: 'helpdesk', priority: 'P3', openedAt: MONDAY_10 };
const DAY = 1_440 * MINUTE;
const brief = (trace: ReturnType<typeof simulateEscalation>) =>
  trace.map((e) => [
    new Date(e.at).toISOString().slice(5, 16),
    e.kind,
    e.stepId ?? e.partyIds?.join('+') ?? '',
  ]);

describe('simulateEscalation', () => {
  it('escalates an unacknowledged ticket to the MSP and alarms both teams at 75 % of resolution', () => {
    expect(brief(simulateEscalation(context, ticket, [], MONDAY_10 + 3 * DAY))).toEqual([
      ['03-02T10:00', 'routed', 'it'],
      ['03-02T10:00', 'assigned', 't1'],
      ['03-02T10:10', 'escalated', 't1'],
      ['03-02T10:10', 'assigned', 'eng'],
      // 75 % of P3's 1,440 is 1,080 business minutes on 09:00–17:00: 420 on Monday, 480 on
      // Tuesday, 180 on Wednesday.
      ['03-04T12:00', 'escalated', 'eng'],
      ['03-04T12:00', 'notified', 'both'],
      ['03-05T10:00', 'ended', ''],
    ]);
  });

  it('moves an SLA-threshold escalation later by the time the ticket was paused', () => {
    // Waiting on the customer for two open hours on Monday (12:00–14:00) stops the clock, so
    // the 75 % alarm comes two business hours after Wednesday 12:00.
    const events = [
      { at: Date.UTC(2026, 2, 2, 12), type: 'paused' as const },
      { at: Date.UTC(2026, 2, 2, 14), type: 'resumed' as const },
    ];
    const trace = simulateEscalation(context, ticket, events, MONDAY_10 + 3 * DAY);
    expect(brief(trace).slice(4)).toEqual([
      ['03-02T12:00', 'paused', 'msp'],
      ['03-02T14:00', 'resumed', 'msp'],
      ['03-04T14:00', 'escalated', 'eng'],
      ['03-04T14:00', 'notified', 'both'],
      ['03-05T10:00', 'ended', ''],
    ]);
  });

  it('never fires an SLA-threshold escalation while a pause has not ended', () => {
    const events = [{ at: Date.UTC(2026, 2, 2, 12), type: 'paused' as const }];
    const trace = simulateEscalation(context, ticket, events, MONDAY_10 + 5 * DAY);
    expect(trace.some((e) => e.stepId === 'eng' && e.kind === 'escalated')).toBe(false);
  });

  it('counts business minutes across the night', () => {
    const late = { ...ticket, openedAt: Date.UTC(2026, 2, 2, 16, 55) };
    const trace = simulateEscalation(context, late, [], late.openedAt + DAY);
    expect(trace.find((e) => e.kind === 'escalated')?.at).toBe(Date.UTC(2026, 2, 3, 9, 5));
  });

  it('stays with tier 1 once the ticket is acknowledged', () => {
    const events = [
      { at: MONDAY_10 + 5 * MINUTE, type: 'acknowledged' as const },
      { at: MONDAY_10 + 60 * MINUTE, type: 'resolved' as const },
    ];
    expect(brief(simulateEscalation(context, ticket, events, MONDAY_10 + DAY))).toEqual([
      ['03-02T10:00', 'routed', 'it'],
      ['03-02T10:00', 'assigned', 't1'],
      ['03-02T10:05', 'acknowledged', 'it'],
      ['03-02T11:00', 'resolved', 'it'],
    ]);
  });

  it('follows a manual escalation and gives its reason', () => {
    const events = [{ at: MONDAY_10 + MINUTE, type: 'escalate' as const, transitionId: 'up' }];
    const trace = simulateEscalation(context, ticket, events, MONDAY_10 + 2 * MINUTE);
    expect(trace[2]).toEqual({
      at: MONDAY_10 + MINUTE,
      kind: 'escalated',
      stepId: 't1',
      transitionId: 'up',
      reason: 'Escalated by hand.',
    });
  });

  it('takes turns in a round-robin step and stops looping at the repeat limit', () => {
    const rota: EscalationPolicy = {
      id: 'rota',
      startStepId: 'noc',
      steps: [
        assign('noc', ['a', 'b'], { terminal: false, mode: 'round-robin' }),
        assign('lead', 'it'),
      ],
      transitions: [
        {
          id: 'again',
          from: 'noc',
          to: 'noc',
          trigger: { kind: 'not-acknowledged', minutes: 5 },
          repeat: 2,
        },
        { id: 'out', from: 'noc', to: 'lead', trigger: { kind: 'not-acknowledged', minutes: 5 } },
      ],
    };
    const trace = simulateEscalation(
      { routing, policy: rota, calendars },
      ticket,
      [],
      MONDAY_10 + DAY,
    );
    expect(trace.filter((e) => e.kind === 'assigned').map((e) => e.partyIds?.[0])).toEqual([
      'a',
      'b',
      'a',
      'it',
    ]);
  });

  it('reports an unrouted ticket', () => {
    const trace = simulateEscalation(
      { ...context, routing: { rules: [] } },
      ticket,
      [],
      MONDAY_10 + DAY,
    );
    expect(trace.map((e) => e.kind)).toEqual(['routed', 'ended']);
  });

  it('gives the same trace for the same input', () => {
    const once = simulateEscalation(context, ticket, [], MONDAY_10 + 3 * DAY);
    expect(simulateEscalation(context, ticket, [], MONDAY_10 + 3 * DAY)).toEqual(once);
  });

  it('always ends, bounded by repeats, the step limit and until', () => {
    const ids = ['a', 'b', 'c'];
    const transition: fc.Arbitrary<Omit<Transition, 'id'>> = fc.record(
      {
        from: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        trigger: fc.oneof(
          fc.record({
            kind: fc.constantFrom(
              'after' as const,
              'not-acknowledged' as const,
              'not-resolved' as const,
            ),
            minutes: fc.nat(30),
          }),
          fc.record({
            kind: fc.constant('sla' as const),
            target: fc.constantFrom('response' as const, 'resolution' as const),
            percent: fc.integer({ min: 1, max: 150 }),
          }),
        ),
        repeat: fc.nat(3),
      },
      { requiredKeys: ['from', 'to', 'trigger'] },
    );
    fc.assert(
      fc.property(fc.array(transition, { maxLength: 6 }), fc.nat(3 * 1_440), (edges, window) => {
        const p: EscalationPolicy = {
          id: 'p',
          startStepId: 'a',
          steps: ids.map((id) => ({
            id,
            action: 'assign' as const,
            targets: [{ partyId: 'msp' }],
          })),
          transitions: edges.map((e, i) => ({ ...e, id: `t${i}` })),
        };
        const until = MONDAY_10 + window * MINUTE;
        const trace = simulateEscalation({ ...context, policy: p }, ticket, [], until);
        expect(trace.at(-1)?.kind).toBe('ended');
        expect(trace.length).toBeLessThanOrEqual(2 * MAX_SIMULATED_STEPS + 2);
        for (const entry of trace) expect(entry.at).toBeLessThanOrEqual(until);
      }),
      { numRuns: 200 },
    );
  });
});
