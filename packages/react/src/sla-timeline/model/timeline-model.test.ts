import { describe, expect, it } from 'vitest';
import { calendars, parties } from '../stories/sla-fixtures';
import { breached, pausedThenResumed, reassigned } from '../stories/sla-scenarios';
import { calendarStretches, knownHistory, slaMomentAt, slaNow } from './sla-moment';
import {
  activityOf,
  clockLanes,
  escalationMarks,
  holderBands,
  splitAtBreach,
  ticketSpan,
} from './timeline-model';

const input = (s: typeof breached) => ({
  policy: s.policy,
  history: s.history,
  now: s.now,
  calendars,
  parties,
});
const at = (iso: string) => Date.parse(iso);

describe('holderBands', () => {
  it('follows the ticket from one team to the other and back', () => {
    const bands = holderBands(reassigned.history, reassigned.now);
    expect(bands.map((b) => b.partyId)).toEqual(['internal-it', 'msp-desk', 'internal-it']);
    expect(bands[1]).toMatchObject({
      from: at('2026-03-02T16:30:00-05:00'),
      to: at('2026-03-02T20:00:00-05:00'),
    });
  });
});

describe('activityOf', () => {
  it('reads status changes as pauses and resumptions', () => {
    const marks = activityOf(
      pausedThenResumed.history,
      ['waiting-on-customer'],
      pausedThenResumed.now,
    );
    expect(marks.map((m) => m.type)).toEqual([
      'created',
      'responded',
      'paused',
      'resumed',
      'updated',
    ]);
  });
});

describe('clockLanes', () => {
  it('marks thresholds, due time and breach, and cuts segments at the breach', () => {
    const sla = slaNow(input(breached));
    const response = clockLanes(sla, breached.now).find((l) => l.kind === 'response');
    expect(response?.marks.map((m) => [m.kind, m.percent])).toEqual([
      ['threshold', 50],
      ['threshold', 75],
      ['due', 100],
      ['breached', undefined],
      ['stopped', undefined],
    ]);
    expect(response?.breach).toEqual({
      from: at('2026-03-02T10:00:00-05:00'),
      to: at('2026-03-02T10:40:00-05:00'),
    });
    expect(response?.segments.filter((s) => s.breached).map((s) => s.from)).toEqual([
      at('2026-03-02T10:00:00-05:00'),
    ]);
  });
});

describe('splitAtBreach', () => {
  it('leaves segments whole without a breach', () => {
    const segments = [{ from: 0, to: 10, state: 'open' as const, priority: 'P2' }];
    expect(splitAtBreach(segments, null)).toEqual([{ ...segments[0], breached: false }]);
    expect(splitAtBreach(segments, 4).map((s) => [s.from, s.to, s.breached])).toEqual([
      [0, 4, false],
      [4, 10, true],
    ]);
  });
});

describe('escalationMarks', () => {
  it('drops the closing line and flags what lies after now as projected', () => {
    const marks = escalationMarks(breached.escalations, breached.now);
    expect(marks.some((m) => m.kind === 'ended')).toBe(false);
    expect(marks.filter((m) => m.projected).every((m) => m.at > breached.now)).toBe(true);
    expect(marks.map((m) => m.kind)).toContain('escalated');
  });
});

describe('ticketSpan', () => {
  it('runs from creation to the latest due time or now', () => {
    const sla = slaNow(input(breached));
    expect(ticketSpan(breached.history, sla, breached.now)).toEqual({
      start: at('2026-03-02T09:00:00-05:00'),
      end: breached.now,
    });
  });
});

describe('slaMomentAt', () => {
  it('replays the history up to the moment, ignoring later events', () => {
    const moment = slaMomentAt(
      input(breached),
      at('2026-03-02T10:15:00-05:00'),
      breached.escalations,
    );
    expect(moment.sla.clocks.response).toMatchObject({ state: 'breached', remainingMinutes: -15 });
    expect(moment.sla.partyId).toBe('msp-noc');
    expect(moment.step?.kind).toBe('assigned');
    expect(moment.projected).toBe(false);
  });

  it('carries the present on after now, and knows nothing before creation', () => {
    const later = slaMomentAt(input(breached), breached.now + 3_600_000);
    expect(later.projected).toBe(true);
    expect(later.sla.clocks.resolution?.elapsedMinutes).toBeGreaterThan(
      slaNow(input(breached)).clocks.resolution?.elapsedMinutes ?? 0,
    );
    expect(slaMomentAt(input(breached), at('2026-03-01T09:00:00-05:00')).beforeCreated).toBe(true);
  });
});

describe('knownHistory', () => {
  it('keeps creation even when now is before it', () => {
    expect(knownHistory(breached.history, 0)).toHaveLength(1);
  });
});

describe('calendarStretches', () => {
  it('follows the holder’s calendar for a target on the holder’s hours', () => {
    const range = { from: at('2026-03-02T12:00:00-05:00'), to: at('2026-03-03T12:00:00-05:00') };
    const stretches = calendarStretches(input(reassigned), 'resolution', range);
    expect(stretches.map((s) => s.calendarId)).toEqual(['office', 'extended', 'office']);
    expect(stretches[0]?.from).toBe(range.from);
    expect(stretches.at(-1)?.to).toBe(range.to);
  });
});
