import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import { createCalendarRegistry } from '../sla/registry';
import { checkPolicy } from './check-policy';
import fixture from './fixtures/incident-io-path.json';
import { policyFromIncidentIo } from './incident-io';
import { simulateEscalation, type TraceEntry } from './simulate';

const time = (at: number) => new Date(at).toISOString().slice(5, 16);
const mapping = {
  '01HZUSERITLEAD000000001': 'it',
  '01HZSCHEDMSPNOC00000001': 'msp',
  '01HZUSERENGINEER0000001': 'eng-a',
  '01HZUSERENGINEER0000002': 'eng-b',
};
const imported = () => {
  const result = policyFromIncidentIo(fixture, mapping);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};

describe('policyFromIncidentIo', () => {
  it('turns the working-hours branch into conditional transitions from a start step', () => {
    const { value } = imported();
    expect(value.startStepId).toBe('start');
    // Each way out of the start step: at once, in or out of the office's hours.
    const branch = (id: string, to: string, open: boolean) => ({
      id,
      from: 'start',
      to,
      trigger: { kind: 'after', minutes: 0 },
      when: [{ kind: 'hours', open, calendarId: 'office' }],
    });
    expect(value.transitions.filter((t) => t.from === 'start')).toEqual([
      branch('start-1', 'both-teams', true),
      branch('start-2', 'morning', false),
    ]);
  });

  it('keeps ack "all", the round robin with its rotation, the delay and the repeat', () => {
    const { value } = imported();
    const step = (id: string) => value.steps.find((s) => s.id === id);
    expect(step('both-teams')?.ack).toBe('all');
    expect(step('engineers')).toMatchObject({ mode: 'round-robin', rotate: { minutes: 60 } });
    expect(step('morning')?.hold).toEqual({ until: 'open', calendarId: 'office' });
    expect(value.transitions.find((t) => t.from === 'both-teams')).toMatchObject({
      to: 'engineers',
      trigger: { kind: 'not-acknowledged', minutes: 15 },
    });
    // The repeat goes back to the branch, so each way out of it repeats twice.
    expect(
      value.transitions.filter((t) => t.from === 'engineers').map((t) => [t.to, t.repeat, t.when]),
    ).toEqual([
      ['both-teams', 2, [{ kind: 'hours', open: true, calendarId: 'office' }]],
      ['morning', 2, [{ kind: 'hours', open: false, calendarId: 'office' }]],
    ]);
  });

  it('hands back the working hours as a calendar spec', () => {
    expect(imported().calendars).toEqual([
      {
        id: 'office',
        name: 'Office hours',
        timeZone: 'Europe/London',
        hours: {
          mon: [['09:00', '17:30']],
          tue: [['09:00', '17:30']],
          wed: [['09:00', '17:30']],
          thu: [['09:00', '17:30']],
          fri: [['09:00', '17:30']],
        },
      },
    ]);
  });

  it('reports the hand-over, unknown keys and unmapped targets with their paths', () => {
    const input = structuredClone(fixture) as { escalation_path: Record<string, unknown> };
    input.escalation_path.colour = 'red';
    const result = policyFromIncidentIo(input, {
      ...mapping,
      '01HZUSERENGINEER0000002': undefined as never,
    });
    if (!result.ok) throw new Error('import failed');
    expect(result.report.lost.map((l) => l.path.join('.'))).toEqual([
      '',
      'path.0.if_else.then_path.2.level.targets.1',
      'path.0.if_else.else_path.2.type',
    ]);
    expect(result.report.lost[2]?.message).toBe(
      'Hand-overs to another escalation path have no equivalent; the policy ends here.',
    );
  });

  it('carries target urgencies and schedule modes for the way back', () => {
    const { carried } = imported();
    expect(carried.steps['both-teams']?.targets).toEqual([
      { id: '01HZUSERITLEAD000000001', fields: { urgency: 'high' } },
      {
        id: '01HZSCHEDMSPNOC00000001',
        fields: { urgency: 'high', schedule_mode: 'currently_on_call' },
      },
    ]);
    expect(carried.policy).toEqual({
      id: '01HZESCALATIONPATH0001',
      team_ids: ['01HZTEAM0000000000000001'],
    });
  });

  it('refuses a path that is no list, with its path', () => {
    const result = policyFromIncidentIo({ escalation_path: { path: 'level' } }, mapping);
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'escalation_path.path',
    ]);
  });

  it('never throws on odd input', () => {
    for (const odd of [
      null,
      1,
      'x',
      [],
      { path: [{ type: 'if_else' }] },
      { path: [{ type: 'repeat', repeat: { repeat_times: 1, to_node: 'x' } }] },
    ])
      expect(() => policyFromIncidentIo(odd, mapping)).not.toThrow();
  });
});

describe('an imported incident.io path, simulated', () => {
  const { value: policy, calendars: specs } = imported();
  const calendars = createCalendarRegistry(specs);
  const matrix: Matrix = {
    variant: 'raci',
    categories: [],
    rows: [],
    parties: ['it', 'msp', 'eng-a', 'eng-b'].map((id) => ({
      id,
      name: id,
      side: id === 'it' ? ('internal' as const) : ('provider' as const),
      calendarId: id === 'it' ? 'office' : '24x7',
    })),
  };
  const context = {
    routing: { rules: [], default: { partyId: 'it', tier: 1 } },
    policy,
    calendars,
    matrix,
  };
  const reached = (trace: TraceEntry[]) =>
    trace
      .filter((e) => e.kind === 'assigned')
      .map(
        (e) =>
          `${time(e.at)} ${e.kind} ${e.partyIds?.join('+')}${e.heldSince === undefined ? '' : ` held since ${time(e.heldSince)}`}`,
      );

  it('pages both teams in office hours and escalates while only one has acknowledged', () => {
    const at = Date.UTC(2026, 5, 1, 9); // Monday 10:00 in London (BST)
    const events = [{ at: at + 2 * 60_000, type: 'acknowledged' as const, partyId: 'it' }];
    expect(
      reached(simulateEscalation(context, { openedAt: at }, events, at + 16 * 60_000)),
    ).toEqual(['06-01T09:00 assigned it+msp', '06-01T09:15 assigned eng-a']);
  });

  it('holds a Saturday ticket until Monday 09:00 London time', () => {
    const at = Date.UTC(2026, 5, 6, 12);
    expect(reached(simulateEscalation(context, { openedAt: at }, [], at + 3 * 86_400_000))).toEqual(
      ['06-08T08:00 assigned it held since 06-06T12:00'],
    );
  });

  it('passes checkPolicy’s working-hours checks with the imported calendars', () => {
    expect(checkPolicy(policy, { matrix, calendars }).map((i) => i.ruleId)).toEqual([]);
    // Without its hold, the morning step would page Internal IT at night.
    const unheld = {
      ...policy,
      steps: policy.steps.map(({ hold, ...step }) => step),
    };
    expect(
      checkPolicy(unheld, { matrix, calendars }).map((i) => [i.ruleId, i.path?.join('.')]),
    ).toEqual([['fires-while-closed', 'transitions.2']]);
  });
});
