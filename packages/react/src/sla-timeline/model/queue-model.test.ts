import { describe, expect, it } from 'vitest';
import { QUEUE_NOW, queueTickets } from '../stories/queue-fixtures';
import { at, calendars, parties, policy } from '../stories/sla-fixtures';
import {
  compareByTimeToBreach,
  facetCounts,
  filterEntries,
  type QueueEntry,
  type SlaQueueTicket,
  summariseTicket,
} from './queue-model';

const now = at('2026-03-03T12:00:00-05:00');
const ticket = (id: string, history: SlaQueueTicket['history']): SlaQueueTicket => ({
  id,
  title: id,
  policy,
  history,
});
const summary = (t: SlaQueueTicket) => summariseTicket(t, now, { calendars, parties });

describe('summariseTicket', () => {
  it('sums up a running ticket by the clock due next, in wall-clock minutes', () => {
    const entry = summary(
      ticket('a', [
        {
          type: 'created',
          at: at('2026-03-03T11:30:00-05:00'),
          priority: 'P2',
          partyId: 'internal-it',
        },
      ]),
    );
    // Response: 60 office minutes from 11:30 → due 12:30, half an hour from now.
    expect(entry).toMatchObject({
      group: 'running',
      state: 'running',
      kind: 'response',
      minutesToBreach: 30,
    });
  });

  it('counts a live breach as negative minutes since it happened', () => {
    const entry = summary(
      ticket('b', [
        {
          type: 'created',
          at: at('2026-03-03T09:00:00-05:00'),
          priority: 'P2',
          partyId: 'internal-it',
        },
      ]),
    );
    expect(entry).toMatchObject({
      group: 'breached',
      state: 'breached',
      kind: 'response',
      minutesToBreach: -120,
    });
  });

  it('puts a paused ticket aside with the business minutes it has left', () => {
    const entry = summary(
      ticket('c', [
        {
          type: 'created',
          at: at('2026-03-03T09:00:00-05:00'),
          priority: 'P3',
          partyId: 'internal-it',
        },
        { type: 'responded', at: at('2026-03-03T09:30:00-05:00') },
        { type: 'status', at: at('2026-03-03T10:00:00-05:00'), status: 'waiting-on-customer' },
      ]),
    );
    // 09:00–10:00 counted: 24 business hours less one.
    expect(entry).toMatchObject({
      group: 'paused',
      state: 'paused',
      minutesToBreach: null,
      pausedRemaining: 1380,
    });
  });

  it('reports a resolved ticket that once breached as done but breached', () => {
    const entry = summary(
      ticket('d', [
        {
          type: 'created',
          at: at('2026-03-03T08:00:00-05:00'),
          priority: 'P2',
          partyId: 'internal-it',
        },
        { type: 'responded', at: at('2026-03-03T09:30:00-05:00') },
        { type: 'planned', at: at('2026-03-03T10:00:00-05:00') },
        { type: 'resolved', at: at('2026-03-03T11:00:00-05:00') },
      ]),
    );
    expect(entry).toMatchObject({ group: 'done', state: 'breached', breaches: 1, kind: undefined });
  });
});

describe('compareByTimeToBreach', () => {
  const entries = queueTickets(400).map((t) =>
    summariseTicket(t, QUEUE_NOW, { calendars, parties }),
  );
  const sorted = [...entries].sort(compareByTimeToBreach);

  it('puts live breaches first, then running, paused and done tickets', () => {
    const order = { breached: 0, running: 1, paused: 2, done: 3 };
    for (let k = 1; k < sorted.length; k++) {
      expect(order[(sorted[k] as QueueEntry).group]).toBeGreaterThanOrEqual(
        order[(sorted[k - 1] as QueueEntry).group],
      );
    }
    expect(new Set(sorted.map((e) => e.group))).toEqual(
      new Set(['breached', 'running', 'paused', 'done']),
    );
  });

  it('orders running tickets by the soonest breach', () => {
    const running = sorted.filter((e) => e.group === 'running').map((e) => e.minutesToBreach ?? 0);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(running[0]).toBeGreaterThanOrEqual(0);
  });

  it('gives the same order whatever order the tickets come in', () => {
    const again = [...entries].reverse().sort(compareByTimeToBreach);
    expect(again.map((e) => e.ticket.id)).toEqual(sorted.map((e) => e.ticket.id));
  });
});

describe('filterEntries and facetCounts', () => {
  const entries = queueTickets(300).map((t) =>
    summariseTicket(t, QUEUE_NOW, { calendars, parties }),
  );

  it('keeps everything with an empty filter', () => {
    expect(filterEntries(entries, {})).toHaveLength(300);
    expect(filterEntries(entries, { partyIds: [], priorities: [] })).toHaveLength(300);
  });

  it('keeps only the chosen holders and priorities', () => {
    const kept = filterEntries(entries, { partyIds: ['msp-noc'], priorities: ['P1', 'P2'] });
    expect(kept.length).toBeGreaterThan(0);
    expect(
      kept.every((e) => e.sla.partyId === 'msp-noc' && ['P1', 'P2'].includes(e.sla.priority)),
    ).toBe(true);
  });

  it('counts each facet under the other dimension only', () => {
    const filter = { partyIds: ['msp-noc'], priorities: ['P1'] };
    const { parties: byParty, priorities } = facetCounts(entries, filter);
    const p1 = entries.filter((e) => e.sla.priority === 'P1');
    expect(byParty.find(([id]) => id === 'msp-noc')?.[1]).toBe(
      p1.filter((e) => e.sla.partyId === 'msp-noc').length,
    );
    expect(priorities.map(([p]) => p)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(priorities.reduce((n, [, c]) => n + c, 0)).toBe(
      entries.filter((e) => e.sla.partyId === 'msp-noc').length,
    );
  });
});
