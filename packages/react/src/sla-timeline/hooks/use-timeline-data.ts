import type { TraceEntry } from '@tandem/core/escalation';
import { CALENDAR_24X7, calendarById, type SlaTargetKind } from '@tandem/core/sla';
import { useMemo } from 'react';
import { type HolidayMark, holidaysIn, openStretches } from '../model/open-hours';
import { calendarStretches, knownHistory, type SlaTicketInput, slaNow } from '../model/sla-moment';
import { fitRange, type RangeLimits, type TimeRange } from '../model/time-scale';
import {
  activityOf,
  clockLanes,
  escalationMarks,
  holderBands,
  pausedStretches,
  ticketSpan,
} from '../model/timeline-model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A stretch of the hours lane: the calendar in force and whether it was open.
 *
 * @example
 * const band: HoursBand = { from, to, calendarId: 'office', open: true };
 */
export interface HoursBand {
  readonly from: number;
  readonly to: number;
  readonly calendarId: string;
  readonly open: boolean;
}

/**
 * Everything about a ticket that does not depend on where the user looks: the SLA now, the
 * lanes, the events, and the range that fits them. Recomputed only when the ticket changes.
 *
 * @example
 * const data = useTicketData(input, 'resolution', trace, { minSpan, maxSpan });
 */
export function useTicketData(
  input: SlaTicketInput,
  focusOption: SlaTargetKind | undefined,
  trace: readonly TraceEntry[] | undefined,
  spans: { minSpan: number | undefined; maxSpan: number | undefined },
) {
  const { policy, history, now, calendars, parties } = input;
  return useMemo(() => {
    const ticket: SlaTicketInput = { policy, history, now, calendars, parties };
    const sla = slaNow(ticket);
    const lanes = clockLanes(sla, now);
    const focusLane = lanes.find((lane) => lane.kind === (focusOption ?? 'resolution')) ?? lanes[0];
    const focus = focusLane?.kind ?? focusOption ?? 'resolution';
    const known = knownHistory(history, now);
    const activity = activityOf(known, policy.pauseStatuses ?? [], now);
    const resolvedAt = sla.resolved
      ? activity.findLast((m) => m.type === 'resolved')?.at
      : undefined;
    const holders = holderBands(known, resolvedAt ?? now);
    const paused = focusLane ? pausedStretches(focusLane.segments) : [];
    const escalations = escalationMarks(trace, now);
    const { start, end } = ticketSpan(known, sla, now);
    const fit = fitRange(start, end);
    // The calendar over the ticket's life, for the tables (the lanes follow the visible range).
    const fitHours = hoursOver(ticket, focus, fit);
    const fitSpan = fit.to - fit.from;
    // Room to pan around the ticket: twice what it spans, and at least three days.
    const room = Math.max(2 * fitSpan, 3 * DAY);
    const limits: RangeLimits = {
      minSpan: spans.minSpan ?? 15 * 60_000,
      maxSpan: spans.maxSpan ?? Math.max(fitSpan * 4, 7 * DAY),
      bounds: { from: fit.from - room, to: fit.to + room },
    };
    const calendarId = focusLane?.clock.calendarId ?? policy.calendarId;
    const counting = calendarById(calendars, calendarId);
    // A 24/7 clock has no zone of its own (it runs on UTC): read it in the policy's zone.
    const calendar =
      counting.id === CALENDAR_24X7.id ? calendarById(calendars, policy.calendarId) : counting;
    return {
      ticket,
      sla,
      lanes,
      focus,
      calendar,
      activity,
      holders,
      paused,
      escalations,
      start,
      end,
      fit,
      fitHours,
      limits,
    };
  }, [policy, history, now, calendars, parties, focusOption, trace, spans.minSpan, spans.maxSpan]);
}

/**
 * The hours lane over `range`: for each stretch, the calendar the focus clock counted on then
 * and its open and closed hours, plus the holidays of those calendars.
 *
 * @example
 * const { bands, holidays } = hoursOver(ticket, 'resolution', range);
 */
export function hoursOver(
  input: SlaTicketInput,
  focus: SlaTargetKind,
  range: TimeRange,
): { bands: HoursBand[]; holidays: (HolidayMark & { calendarId: string })[] } {
  const bands: HoursBand[] = [];
  const holidays: (HolidayMark & { calendarId: string })[] = [];
  for (const stretch of calendarStretches(input, focus, range)) {
    const calendar = calendarById(input.calendars, stretch.calendarId);
    let t = stretch.from;
    for (const open of openStretches(calendar, stretch)) {
      if (open.from > t) {
        bands.push({ from: t, to: open.from, calendarId: calendar.id, open: false });
      }
      bands.push({ ...open, calendarId: calendar.id, open: true });
      t = open.to;
    }
    if (t < stretch.to)
      bands.push({ from: t, to: stretch.to, calendarId: calendar.id, open: false });
    for (const holiday of holidaysIn(calendar, stretch)) {
      holidays.push({ ...holiday, calendarId: calendar.id });
    }
  }
  return { bands, holidays };
}
