import {
  addBusinessTime,
  type CalendarSpec,
  createCalendar,
  createCalendarRegistry,
  type OpenHours,
  type SlaPolicy,
  type TicketEvent,
} from '@tandem/core/sla';
import { slaParties, weekdays, workloadSla } from '@tandem/fixtures';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import dayjsBusinessTime from 'dayjs-business-time';
import moment from 'moment-timezone';
import 'moment-business-time';

// The SLA deadline workload, computed three ways: Tandem, moment-business-time and
// dayjs-business-time, each with a New York calendar in a process whose own zone is UTC.
//
// The two libraries keep their hours in global locale data, so each run sets them first (a few
// microseconds against a batch of milliseconds). The tickets avoid the peers' known bugs, pinned
// in packages/core/src/sla/peer-regressions.test.ts, so all three must agree to the millisecond:
// starts are on whole minutes (dayjs drops seconds) and every deadline stays between the 2026
// DST changes (dayjs never returns across spring-forward and is an hour off across fall-back).

declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: 'minutes'): this;
  }
}

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(dayjsBusinessTime);

export const ZONE = 'America/New_York';

/** This process's own zone: UTC on the bench machine, where the peers were checked against us. */
export const HOST_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (HOST_ZONE !== 'UTC') {
  console.warn(`sla bench: this process runs in ${HOST_ZONE}; the peers were checked in UTC.`);
}
const MINUTE = 60_000;

/** Ten US federal holidays of 2026, as observed. */
export const HOLIDAYS = [
  '2026-01-01',
  '2026-01-19',
  '2026-02-16',
  '2026-05-25',
  '2026-06-19',
  '2026-07-03',
  '2026-09-07',
  '2026-11-11',
  '2026-11-26',
  '2026-12-25',
];

/** Weekday hours: a plain 08:00–17:00 day or a split shift with an hour for lunch. */
export const SHIFTS: Record<'office' | 'split', OpenHours[]> = {
  office: [['08:00', '17:00']],
  split: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
};

/**
 * `count` ticket creation instants, spread over 9 March – 28 August 2026 at every hour of every
 * day (nights, weekends and holidays included), on whole minutes. Deterministic.
 */
export function ticketStarts(count: number): number[] {
  const from = Date.UTC(2026, 2, 9, 5);
  const minutes = (Date.UTC(2026, 7, 28, 4) - from) / MINUTE;
  let seed = 0x2545f491;
  return Array.from({ length: count }, () => {
    // xorshift32: a fixed, evenly spread sequence without Math.random.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return from + ((seed >>> 0) % minutes) * MINUTE;
  });
}

/** The workload's calendar for Tandem. */
export function tandemCalendar(shift: keyof typeof SHIFTS) {
  const spec: CalendarSpec = {
    id: shift,
    timeZone: ZONE,
    hours: weekdays(SHIFTS[shift]),
    holidays: HOLIDAYS,
  };
  return createCalendar(spec);
}

/** Deadlines with Tandem's `addBusinessTime`, as epoch ms. */
export function tandemDeadlines(shift: keyof typeof SHIFTS) {
  const calendar = tandemCalendar(shift);
  return (starts: readonly number[], minutes: number) =>
    starts.map((start) => addBusinessTime(calendar, start, minutes).getTime());
}

/** Deadlines with moment-business-time on moment-timezone, as epoch ms. */
export function momentDeadlines(shift: keyof typeof SHIFTS) {
  const hours = SHIFTS[shift].flat().map((time) => `${time}:00`);
  const workinghours = { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null };
  return (starts: readonly number[], minutes: number) => {
    moment.updateLocale('en', { workinghours, holidays: HOLIDAYS } as moment.LocaleSpecification);
    return starts.map((start) =>
      moment.tz(start, ZONE).addWorkingTime(minutes, 'minutes').valueOf(),
    );
  };
}

/** Deadlines with dayjs-business-time on dayjs' timezone plugin, as epoch ms. */
export function dayjsDeadlines(shift: keyof typeof SHIFTS) {
  const day = SHIFTS[shift].map(([start, end]) => ({ start: `${start}:00`, end: `${end}:00` }));
  const week = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };
  return (starts: readonly number[], minutes: number) => {
    dayjs.setBusinessTime({ sunday: null, saturday: null, ...week });
    dayjs.setHolidays(HOLIDAYS);
    return starts.map((start) => dayjs.tz(start, ZONE).addBusinessMinutes(minutes).valueOf());
  };
}

/** A policy with business-hours and 24/7 targets, one on the holder's calendar (see @tandem/fixtures). */
export const POLICY: SlaPolicy = workloadSla;

/** The workload's office calendar and the MSP's 24/7 cover, by id, and the two parties. */
export const SLA_CONTEXT = {
  calendars: createCalendarRegistry([tandemCalendar('office')]),
  parties: slaParties,
};

/**
 * One ticket history a PSA would send, for a ticket created at `start` (the `index`-th of a
 * workload): created at P2 with internal IT, responded, waiting on the customer for an hour,
 * handed to the MSP, updated; every third raised to P1, every other resolved.
 */
export function ticketHistory(start: number, index: number): TicketEvent[] {
  const events: TicketEvent[] = [
    { type: 'created', at: start, priority: 'P2', partyId: 'internal-it' },
    { type: 'responded', at: start + 20 * MINUTE },
    { type: 'status', at: start + 60 * MINUTE, status: 'waiting-on-customer' },
    { type: 'status', at: start + 120 * MINUTE, status: 'in-progress' },
    { type: 'assigned', at: start + 150 * MINUTE, partyId: 'msp-noc' },
    { type: 'updated', at: start + 200 * MINUTE },
  ];
  if (index % 3 === 0) events.push({ type: 'priority', at: start + 210 * MINUTE, priority: 'P1' });
  if (index % 2 === 0) events.push({ type: 'resolved', at: start + 600 * MINUTE });
  return events;
}

/** `count` ticket histories of {@link ticketHistory}, created at {@link ticketStarts}. */
export function ticketHistories(count: number): TicketEvent[][] {
  return ticketStarts(count).map(ticketHistory);
}
