// Random ticket histories under one policy with two parties on different calendars, shared by
// the property tests of computeSla and slaAttribution. Test-only: no entry imports this file.
import { weekdays } from '@tandem/fixtures';
import fc from 'fast-check';
import type { TicketEvent } from '../history';
import type { SlaPolicy } from '../policy';
import { createCalendarRegistry } from '../registry';

export const HOUR = 3_600_000;
const hours = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
] as const;
export const calendars = createCalendarRegistry([
  {
    id: 'office',
    timeZone: 'Europe/London',
    hours: weekdays(hours),
  },
]);
export const parties = [
  { id: 'internal', calendarId: 'office', side: 'internal' },
  { id: 'msp', calendarId: '24x7', side: 'provider' },
] as const;
export const policy: SlaPolicy = {
  id: 'p',
  calendarId: 'office',
  priorities: {
    P1: {
      response: { minutes: 30, calendarId: '24x7' },
      resolution: { minutes: 240, calendarId: 'holder' },
    },
    P2: {
      response: { minutes: 120 },
      plan: { minutes: 300 },
      resolution: { minutes: 960, calendarId: 'holder' },
    },
    P3: { response: { minutes: 480 }, resolution: { minutes: 2400 }, update: { minutes: 600 } },
  },
  pauseStatuses: ['waiting', 'scheduled'],
  warnAt: [50, 80],
};

const later = fc.record({
  gap: fc.integer({ min: 0, max: 8 * HOUR }),
  // Who caused the event, when the source says.
  by: fc.constantFrom(undefined, 'internal', 'msp'),
  event: fc.oneof(
    fc.record({
      type: fc.constant('priority' as const),
      priority: fc.constantFrom('P1', 'P2', 'P3'),
    }),
    fc.record({
      type: fc.constant('status' as const),
      status: fc.constantFrom('waiting', 'scheduled', 'open'),
    }),
    fc.record({
      type: fc.constant('assigned' as const),
      partyId: fc.constantFrom('internal', 'msp', null),
    }),
    fc.record({
      type: fc.constantFrom(
        'responded' as const,
        'planned' as const,
        'updated' as const,
        'resolved' as const,
        'reopened' as const,
      ),
    }),
  ),
});

/** A created event somewhere in late March 2026 (over the UK's DST change), then up to 12 more. */
export const history = fc
  .record({
    start: fc.integer({ min: Date.UTC(2026, 2, 26), max: Date.UTC(2026, 2, 30) }),
    priority: fc.constantFrom('P1', 'P2', 'P3'),
    rest: fc.array(later, { maxLength: 12 }),
  })
  .map(({ start, priority, rest }) => {
    const events: TicketEvent[] = [{ type: 'created', at: start, priority, partyId: 'internal' }];
    let t = start;
    for (const { gap, by, event } of rest) {
      t += gap;
      events.push({ ...event, at: t, ...(by === undefined ? {} : { by }) } as TicketEvent);
    }
    return events;
  });
