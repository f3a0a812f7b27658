import { type Instant, msOf } from './business-time';
import { tablesOf } from './calendar';
import type { TicketHistory } from './history';
import { type ClockPiece, measure } from './measure';
import {
  HOLDER_CALENDAR,
  SLA_TARGET_KINDS,
  type SlaPolicy,
  type SlaTargetKind,
  targetsFor,
} from './policy';
import { type CalendarRegistry, calendarById } from './registry';
import { type Replay, replay, type TicketPiece } from './replay';
import { type SlaSegment, timelineOf } from './timeline';
import { MINUTE } from './tz';

/**
 * Where a clock stands: `breached` wins over everything, then `met`, `paused`, `running`. Made
 * for `data-state` attributes.
 *
 * @example
 * const state: SlaState = 'paused';
 */
export type SlaState = 'running' | 'paused' | 'met' | 'breached';

/**
 * A warning threshold of the policy and when the clock reached it (or will, if nothing changes).
 *
 * @example
 * const warning: SlaWarning = { percent: 75, at: Date.UTC(2026, 2, 2, 16), reached: false };
 */
export interface SlaWarning {
  readonly percent: number;
  readonly at: number;
  readonly reached: boolean;
}

/**
 * One SLA clock of a ticket. Instants are epoch ms (`null`: none); durations business minutes.
 * For the `update` cadence, `elapsed…`, `dueAt` and `warnings` describe the current cycle (since
 * the last customer update), `breaches` counts every cycle that ran over.
 *
 * @example
 * if (clock.state === 'running' && clock.percent >= 75) notify(clock.dueAt);
 */
export interface SlaClock {
  readonly kind: SlaTargetKind;
  readonly state: SlaState;
  /** The calendar counting now (or when the clock stopped). */
  readonly calendarId: string;
  /** The target of the current priority. */
  readonly targetMinutes: number;
  readonly elapsedMinutes: number;
  /** Negative once breached. */
  readonly remainingMinutes: number;
  readonly percent: number;
  /** When the clock (or the current update cycle) started. */
  readonly startedAt: number;
  /** When the target is reached: in the past once breached; projected while running; `null` while paused. */
  readonly dueAt: number | null;
  readonly stoppedAt: number | null;
  readonly breachedAt: number | null;
  readonly breaches: number;
  readonly warnings: readonly SlaWarning[];
  readonly segments: readonly SlaSegment[];
}

/**
 * A ticket's SLA at an instant: the clocks its current priority has targets for.
 *
 * @example
 * const { clocks } = computeSla(policy, history, Date.now(), { calendars });
 * clocks.resolution?.dueAt;
 */
export interface SlaResult {
  readonly policyId: string;
  readonly priority: string;
  /** The party holding the ticket now. */
  readonly partyId?: string;
  readonly paused: boolean;
  readonly resolved: boolean;
  readonly clocks: { readonly [kind in SlaTargetKind]?: SlaClock };
}

/**
 * Where `computeSla` finds calendars. `parties` (the matrix's, say) give each party's
 * `calendarId` for targets on the `'holder'` calendar; a party without one uses the policy's.
 *
 * @example
 * const options: SlaOptions = { calendars, parties: matrix.parties, timeline: false };
 */
export interface SlaOptions {
  readonly calendars?: CalendarRegistry;
  readonly parties?: readonly { readonly id: string; readonly calendarId?: string }[];
  /** Leave out the timeline segments (faster in bulk). Default `true`. */
  readonly timeline?: boolean;
}

/**
 * Computes a ticket's SLA clocks at `now` from its whole event history — nothing is carried
 * over from an earlier computation, so a changed policy, priority or pause is never lost.
 *
 * - **Response** runs from creation to the first `responded` (or `resolved`); **plan** to the
 *   first `planned` (or `resolved`); **resolution** until `resolved`, resuming on `reopened`
 *   with the time already counted; the **update** cadence restarts at every response, update and
 *   reopen, and stops while resolved.
 * - A clock counts open time of its calendar and stops counting while the status is one of the
 *   policy's `pauseStatuses`. Pauses are read from the history, so pause time already spent
 *   stays excluded whatever changes later.
 * - **A priority change re-targets the clock from the moment of the change**: time already
 *   counted stays counted, each stretch on the calendar its priority (or holder) had then; from
 *   the change on, the new priority's calendar counts and its target applies to the total. A
 *   raised priority whose target the ticket has already used up is breached at the change, never
 *   earlier; a lowered one never undoes a breach that happened.
 * - Events after `now` are ignored; `now` before creation counts as creation.
 *
 * Throws `E107` for a calendar id the registry lacks and `E108` for a history that does not start
 * with `created` (parse untrusted input with `parseSlaPolicy` and `parseTicketHistory` first).
 *
 * @example
 * const sla = computeSla(policy, history, Date.now(), { calendars, parties: matrix.parties });
 * for (const clock of Object.values(sla.clocks)) console.log(clock.kind, clock.state, clock.dueAt);
 */
export function computeSla(
  policy: SlaPolicy,
  history: TicketHistory,
  now: Instant,
  options: SlaOptions = {},
): SlaResult {
  const at = msOf(now);
  const ticket = replay(history, policy.pauseStatuses ?? [], at);
  const current = targetsFor(policy, ticket.last.priority);
  const clocks: { [kind in SlaTargetKind]?: SlaClock } = {};
  for (const kind of SLA_TARGET_KINDS) {
    if (current?.[kind]) clocks[kind] = clockOf(kind, policy, ticket, at, options);
  }
  return {
    policyId: policy.id,
    priority: ticket.last.priority,
    ...(ticket.last.partyId === undefined ? {} : { partyId: ticket.last.partyId }),
    paused: ticket.last.paused,
    resolved: ticket.last.resolved,
    clocks,
  };
}

function clockOf(
  kind: SlaTargetKind,
  policy: SlaPolicy,
  ticket: Replay,
  now: number,
  options: SlaOptions,
): SlaClock {
  const toClock = clockPieces(kind, policy, options);
  const stop =
    kind === 'response'
      ? min(ticket.firstResponse, ticket.firstResolution)
      : kind === 'plan'
        ? min(ticket.firstPlan, ticket.firstResolution)
        : ticket.last.resolved
          ? ticket.last.from
          : undefined;
  const end = stop ?? now;
  const oneShot = kind === 'response' || kind === 'plan';
  const pieces = ticket.pieces.filter((p) => oneShot || !p.resolved).map(toClock);
  const starts = kind === 'update' ? ticket.updateResets : [ticket.createdAt];
  const warnAt = policy.warnAt ?? [];
  const fractions = [...warnAt.map((percent) => percent / 100), 1];
  let breaches = 0;
  let breachedAt: number | null = null;
  let cycle: ClockPiece[] = [];
  let result = measure([], fractions, false);
  starts.forEach((start, k) => {
    const last = k === starts.length - 1;
    const cycleEnd = last ? end : (starts[k + 1] as number);
    cycle = clip(pieces, start, cycleEnd);
    result = measure(cycle, fractions, last);
    const due = result.reached[fractions.length - 1];
    if (due !== undefined && due < cycleEnd) {
      breaches++;
      breachedAt ??= due;
    }
  });
  const lastPiece = cycle[cycle.length - 1] ?? toClock(ticket.last);
  // Stopped under a priority without this target: report against the current priority's.
  const goal = Number.isFinite(lastPiece.goal) ? lastPiece.goal : toClock(ticket.last).goal;
  const due = result.reached[fractions.length - 1];
  const running = stop === undefined && !lastPiece.paused;
  const cycleStart = starts[starts.length - 1] ?? ticket.createdAt;
  const broke = due !== undefined && due < end;
  const warnings: SlaWarning[] = [];
  warnAt.forEach((percent, k) => {
    const reachedAt = result.reached[k];
    if (reachedAt !== undefined && (stop === undefined || reachedAt < stop)) {
      warnings.push({ percent, at: reachedAt, reached: reachedAt <= now });
    }
  });
  const wantTimeline = options.timeline !== false;
  return {
    kind,
    state: broke
      ? 'breached'
      : stop !== undefined
        ? 'met'
        : lastPiece.paused
          ? 'paused'
          : 'running',
    calendarId: lastPiece.calendarId,
    targetMinutes: goal / MINUTE,
    elapsedMinutes: result.elapsed / MINUTE,
    remainingMinutes: (goal - result.elapsed) / MINUTE,
    percent: (result.elapsed / goal) * 100,
    startedAt: cycleStart,
    dueAt: due ?? null,
    stoppedAt: stop ?? null,
    breachedAt,
    breaches,
    warnings,
    segments: wantTimeline
      ? timelineOf(
          clip(pieces, ticket.createdAt, end),
          running && due !== undefined && due > now ? due : undefined,
        )
      : [],
  };
}

/** Maps ticket pieces to clock pieces of `kind`: calendar and goal by priority and holder. */
function clockPieces(kind: SlaTargetKind, policy: SlaPolicy, options: SlaOptions) {
  const cache = new Map<string, Pick<ClockPiece, 'calendarId' | 'tables' | 'goal'>>();
  return (piece: TicketPiece): ClockPiece => {
    const key = `${piece.priority}\u0000${piece.partyId ?? ''}`;
    let found = cache.get(key);
    if (!found) {
      const target = targetsFor(policy, piece.priority)?.[kind];
      let calendarId = target?.calendarId ?? policy.calendarId;
      if (calendarId === HOLDER_CALENDAR) {
        const holder = options.parties?.find((party) => party.id === piece.partyId);
        calendarId = holder?.calendarId ?? policy.calendarId;
      }
      const tables = tablesOf(calendarById(options.calendars, calendarId));
      const goal = target ? Math.round(target.minutes * MINUTE) : Number.POSITIVE_INFINITY;
      found = { calendarId, tables, goal };
      cache.set(key, found);
    }
    const { from, to, paused, priority, partyId } = piece;
    const { calendarId, tables, goal } = found;
    return { from, to, paused, priority, partyId, calendarId, tables, goal };
  };
}

/** The pieces' parts within `[from, to]`; a last zero-length piece keeps the state at `to`. */
function clip(pieces: readonly ClockPiece[], from: number, to: number): ClockPiece[] {
  const clipped: ClockPiece[] = [];
  for (const piece of pieces) {
    const a = Math.max(piece.from, from);
    const b = Math.min(piece.to, to);
    if (b > a || (b === a && a === to && piece.from <= to && piece.to >= to)) {
      const { paused, priority, partyId, calendarId, tables, goal } = piece;
      // A literal, not a spread: every piece keeps one hidden class.
      clipped.push({ from: a, to: b, paused, priority, partyId, calendarId, tables, goal });
    }
  }
  return clipped;
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
