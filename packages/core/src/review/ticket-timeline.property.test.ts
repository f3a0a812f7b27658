import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketHistory } from '../sla/history';
import { pauseTracker } from '../sla/pause-spans';
import { HOUR, history, policy } from '../sla/testing/random-tickets';
import { type Stretch, type TicketTimeline, timelineOf } from './ticket-timeline';

// timelineOf as first written (closures for each cut and status), kept as the oracle of the
// plain loop that replaced it: the same stretches, pauses and resumes, key order included.
function oracleTimelineOf(
  events: TicketHistory,
  pauseStatuses: readonly string[],
  end: number,
): TicketTimeline {
  const stretches: Stretch[] = [];
  const resumes: number[] = [];
  const tracker = pauseTracker(pauseStatuses);
  let start = events[0]?.at ?? end;
  let partyId: string | undefined;
  let open = true;
  const cut = (t: number) => {
    stretches.push({ from: start, to: t, partyId, paused: tracker.paused(), open });
    start = t;
  };
  const setStatus = (status: string | undefined, t: number, by: string | undefined) => {
    if (tracker.set(status, t, by)) resumes.push(t);
  };
  for (const event of events) {
    if (event.at > end) break;
    switch (event.type) {
      case 'created':
        partyId = event.partyId;
        setStatus(event.status, event.at, event.by);
        break;
      case 'assigned':
        cut(event.at);
        partyId = event.partyId ?? undefined;
        break;
      case 'status':
        cut(event.at);
        setStatus(event.status, event.at, event.by);
        break;
      case 'resolved':
        cut(event.at);
        open = false;
        break;
      case 'reopened':
        cut(event.at);
        open = true;
        break;
      default:
        break;
    }
  }
  cut(Math.max(end, start));
  return { stretches, pauses: tracker.pauses, resumes };
}

describe('timelineOf over random histories', () => {
  it('gives what the original gives: stretches, pauses and resumes, key order included', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -HOUR, max: 72 * HOUR }), (events, offset) => {
        const end = (events[0]?.at ?? 0) + offset;
        const pauseStatuses = policy.pauseStatuses ?? [];
        const got = timelineOf(events, pauseStatuses, end);
        const expected = oracleTimelineOf(events, pauseStatuses, end);
        expect(got).toStrictEqual(expected);
        expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 400 },
    );
  });
});
