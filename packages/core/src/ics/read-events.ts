import ICAL from 'ical.js';
import { CALENDAR_YEARS } from '../sla/calendar-spec';
import { DAY } from '../sla/tz';
import type { IcsLoss } from './ics-result';

// iCalendar text → plain events, through ical.js (RFC 5545: unfolding, escapes, CRLF or LF,
// VALUE=DATE, DTEND or DURATION, RRULE with EXDATE). Recurring events are expanded here, over
// the years asked for; everything after this works on plain numbers.

/** When an event happens: whole local days, or an instant range in a zone. */
export type IcsOccurrence =
  | { readonly kind: 'days'; readonly day: number; readonly days: number }
  | { readonly kind: 'timed'; readonly start: Wall; readonly end: Wall };

/** A wall-clock time (ms, read as UTC) with the zone it is in: an IANA id, `'UTC'` or floating. */
export interface Wall {
  readonly wall: number;
  readonly zone: string | undefined;
}

/** One VEVENT: where it is, its SUMMARY, and its occurrences in the years asked for. */
export interface IcsEvent {
  readonly index: number;
  readonly line: number;
  readonly name: string | undefined;
  readonly occurrences: readonly IcsOccurrence[];
  /** The year of DTSTART, before any recurrence: to find the feed's own years. */
  readonly year: number;
  readonly recurring: boolean;
}

/** The most occurrences the recurring events of one feed may expand to. */
export const MAX_OCCURRENCES = 20_000;

type Time = InstanceType<typeof ICAL.Time>;

function wallOf(time: Time): Wall {
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const tzid = time.zone?.tzid;
  // ical.js keeps a TZID it has no VTIMEZONE for on the time, outside its types.
  const named = (time as unknown as { timezone?: string }).timezone;
  return { wall, zone: named ?? (tzid === 'UTC' ? 'UTC' : undefined) };
}

function occurrenceOf(start: Time, end: Time): IcsOccurrence {
  if (start.isDate) {
    const day = Math.floor(wallOf(start).wall / DAY);
    // DTEND is exclusive; a missing or non-later DTEND means the one day.
    const days = Math.max(1, Math.floor(wallOf(end).wall / DAY) - day);
    return { kind: 'days', day, days };
  }
  return { kind: 'timed', start: wallOf(start), end: wallOf(end) };
}

/** 1-based line numbers of every `BEGIN:VEVENT`, in order (ical.js keeps none). */
function eventLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) line++;
    else if ((i === 0 || text.charCodeAt(i - 1) === 10) && text.startsWith('BEGIN:VEVENT', i)) {
      lines.push(line);
    }
  }
  return lines;
}

/**
 * Reads every VEVENT of an iCalendar text, expanding recurring ones over `years` (both
 * included) — by default from the first to the last year any event starts in, or any of
 * `alsoYears`. Throws only what ical.js throws for text it cannot tokenise; each event's own
 * problems go into `lost`, with its line.
 *
 * @example
 * readIcsEvents(text, [2026, 2030], [], lost).map((event) => event.name);
 */
export function readIcsEvents(
  text: string,
  years: readonly [number, number] | undefined,
  alsoYears: readonly number[],
  lost: IcsLoss[],
): IcsEvent[] {
  const parsed = ICAL.parse(text);
  // Several VCALENDARs in one text come back as a list of them.
  const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const vevents = roots.flatMap((root) =>
    new ICAL.Component(root as never).getAllSubcomponents('vevent'),
  );
  const lines = eventLines(text);
  const events: IcsEvent[] = [];
  const recurring: { event: InstanceType<typeof ICAL.Event>; read: IcsEvent }[] = [];
  vevents.forEach((vevent, index) => {
    const line = lines[index] ?? 0;
    const where = { path: ['VEVENT', index], line };
    try {
      const status = vevent.getFirstPropertyValue('status');
      if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
        lost.push({ ...where, code: 'cancelled', message: `line ${line}: a cancelled event.` });
        return;
      }
      if (!vevent.hasProperty('dtstart')) {
        lost.push({ ...where, code: 'missing_start', message: `line ${line}: no DTSTART.` });
        return;
      }
      if (vevent.hasProperty('recurrence-id')) {
        const message = `line ${line}: a RECURRENCE-ID override of another event is not applied.`;
        lost.push({ ...where, code: 'recurrence_override', message });
        return;
      }
      const event = new ICAL.Event(vevent);
      const summary = event.summary;
      const name =
        typeof summary === 'string' && summary.trim() !== ''
          ? summary.trim().slice(0, 200)
          : undefined;
      const start = event.startDate;
      const year = start.year;
      if (!(year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max)) {
        const message = `line ${line}: DTSTART is in ${year}, outside the years ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max}.`;
        lost.push({ ...where, code: 'invalid_date', message });
        return;
      }
      const read: IcsEvent = { index, line, name, occurrences: [], year, recurring: false };
      if (event.isRecurring()) recurring.push({ event, read: { ...read, recurring: true } });
      else events.push({ ...read, occurrences: [occurrenceOf(start, event.endDate)] });
    } catch (error) {
      lost.push({
        ...where,
        code: 'unreadable_event',
        message: `line ${line}: ${reasonOf(error)}.`,
      });
    }
  });
  if (recurring.length === 0) return events;
  const known = [...alsoYears, ...events.map((e) => e.year), ...recurring.map((r) => r.read.year)];
  const [from, to] = years ?? [Math.min(...known), Math.max(...known)];
  let budget = MAX_OCCURRENCES;
  for (const { event, read } of recurring) {
    const where = { path: ['VEVENT', read.index], line: read.line };
    try {
      const start = event.startDate;
      const length = event.endDate.subtractDate(start);
      const occurrences: IcsOccurrence[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.year <= to; next = iterator.next()) {
        if (next.year < from) continue;
        if (--budget < 0) {
          const message = `line ${read.line}: more than ${MAX_OCCURRENCES} occurrences in the feed; the rest are left out.`;
          lost.push({ ...where, code: 'too_many_occurrences', message });
          break;
        }
        const end = next.clone();
        end.addDuration(length);
        occurrences.push(occurrenceOf(next, end));
      }
      events.push({ ...read, occurrences });
    } catch (error) {
      const message = `line ${read.line}: ${reasonOf(error)}.`;
      lost.push({ ...where, code: 'unreadable_event', message });
    }
  }
  return events.sort((a, b) => a.index - b.index);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : 'unknown error';
}
