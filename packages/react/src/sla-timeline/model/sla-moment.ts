import type { TraceEntry } from '@tandem/core/escalation';
import {
  type CalendarRegistry,
  computeSla,
  type SlaOptions,
  type SlaPolicy,
  type SlaResult,
  type SlaTargetKind,
  type TicketHistory,
} from '@tandem/core/sla';
import type { SlaAttributionOptions } from '@tandem/core/sla/attribution';
import type { TimeRange } from './time-scale';

// The SLA as it stood (or will stand) at any instant: the core recomputes it from the history up
// to that instant, so scrubbing shows exactly what a dashboard showed then — no interpolation.

/**
 * What a timeline is about: a ticket's history under a policy, as of `now`.
 *
 * @example
 * const ticket: SlaTicketInput = { policy, history, now: Date.UTC(2026, 2, 3, 15), calendars, parties };
 */
export interface SlaTicketInput {
  readonly policy: SlaPolicy;
  readonly history: TicketHistory;
  /** The present, in epoch ms or a Date: events after it are unknown, the time after it projected. */
  readonly now: number;
  readonly calendars?: CalendarRegistry | undefined;
  /** With each party's `side`, the "Held by" lane can tell internal from MSP. */
  readonly parties?: SlaAttributionOptions['parties'] | undefined;
}

/**
 * The SLA at one instant, with who held the ticket and the escalation step it was on.
 *
 * @example
 * const moment = slaMomentAt(ticket, cursor, trace);
 * moment.sla.clocks.resolution?.state; // 'running'
 */
export interface SlaMoment {
  readonly at: number;
  /** Before the ticket existed: nothing to show. */
  readonly beforeCreated: boolean;
  /** After now: what happens if nothing changes. */
  readonly projected: boolean;
  readonly sla: SlaResult;
  /** The last escalation entry that assigned or notified, at or before `at`. */
  readonly step: TraceEntry | undefined;
}

function options(input: SlaTicketInput, timeline: boolean): SlaOptions {
  return {
    ...(input.calendars ? { calendars: input.calendars } : {}),
    ...(input.parties ? { parties: input.parties } : {}),
    timeline,
  };
}

/**
 * The history as known at `now`: later events have not happened yet.
 *
 * @example
 * knownHistory(history, now).length <= history.length; // true
 */
export function knownHistory(history: TicketHistory, now: number): TicketHistory {
  const cut = history.findIndex((event, index) => index > 0 && event.at > now);
  return cut < 0 ? history : history.slice(0, cut);
}

/**
 * The ticket's SLA now, with timeline segments.
 *
 * @example
 * slaNow(ticket).clocks.response?.dueAt;
 */
export function slaNow(input: SlaTicketInput): SlaResult {
  return computeSla(input.policy, knownHistory(input.history, input.now), input.now, {
    ...options(input, true),
  });
}

/**
 * The SLA at instant `at`. Past instants replay the history up to them; future ones carry the
 * present on (a running clock keeps running, a paused one stays paused).
 *
 * @example
 * slaMomentAt(ticket, Date.UTC(2026, 2, 3, 11), trace).sla.clocks.response?.state; // 'breached'
 */
export function slaMomentAt(
  input: SlaTicketInput,
  at: number,
  trace?: readonly TraceEntry[],
): SlaMoment {
  const created = input.history[0]?.at ?? at;
  const history = knownHistory(input.history, input.now);
  const sla = computeSla(input.policy, history, Math.max(at, created), options(input, false));
  let step: TraceEntry | undefined;
  for (const entry of trace ?? []) {
    if (entry.at > at) break;
    if (entry.kind === 'assigned' || entry.kind === 'notified') step = entry;
  }
  return { at, beforeCreated: at < created, projected: at > input.now, sla, step };
}

/**
 * A stretch of time and the calendar a clock counted on during it.
 *
 * @example
 * const stretch: CalendarStretch = { from, to, calendarId: 'office' };
 */
export interface CalendarStretch {
  readonly from: number;
  readonly to: number;
  readonly calendarId: string;
}

/**
 * Which calendar the `kind` clock counts on across `range`: it changes when the priority or,
 * for targets on the holder's calendar, the holder changes. The core decides at each change,
 * so the shading follows its rules; before creation the first calendar holds, after now the last.
 *
 * @example
 * calendarStretches(ticket, 'resolution', range); // [{ calendarId: 'office', … }, { calendarId: '24x7', … }]
 */
export function calendarStretches(
  input: SlaTicketInput,
  kind: SlaTargetKind,
  range: TimeRange,
): CalendarStretch[] {
  const history = knownHistory(input.history, input.now);
  const changes = history.filter(
    (event, index) => index === 0 || event.type === 'priority' || event.type === 'assigned',
  );
  const stretches: CalendarStretch[] = [];
  changes.forEach((event, index) => {
    const sla = computeSla(input.policy, history, event.at, options(input, false));
    const calendarId = sla.clocks[kind]?.calendarId ?? input.policy.calendarId;
    const from = index === 0 ? range.from : event.at;
    const to = changes[index + 1]?.at ?? range.to;
    const last = stretches[stretches.length - 1];
    if (last && last.calendarId === calendarId) {
      stretches[stretches.length - 1] = { ...last, to };
    } else if (to > from) {
      stretches.push({ from, to, calendarId });
    }
  });
  return stretches
    .map((s) => ({ ...s, from: Math.max(s.from, range.from), to: Math.min(s.to, range.to) }))
    .filter((s) => s.to > s.from);
}
