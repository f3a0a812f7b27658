import { type Instant, msOf } from './business-time';
import { tablesOf } from './calendar';
import type { TicketHistory } from './history';
import { type ClockPiece, type Measure, measure } from './measure';
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
  return slaComputer(policy, options)(history, now);
}

/**
 * `computeSla` for many tickets under one policy: what depends only on the policy and the
 * calendars — each priority's and holder's calendar tables and target — is looked up once and
 * reused for every ticket, not once per ticket and clock. The results are `computeSla`'s.
 *
 * @example
 * const sla = slaComputer(policy, { calendars, parties, timeline: false });
 * for (const history of histories) write(sla(history, now));
 */
export function slaComputer(
  policy: SlaPolicy,
  options: SlaOptions = {},
): (history: TicketHistory, now: Instant) => SlaResult {
  const pauseStatuses = policy.pauseStatuses ?? [];
  const toClocks = new Map<SlaTargetKind, (piece: TicketPiece) => ClockPiece>();
  for (const kind of SLA_TARGET_KINDS) toClocks.set(kind, clockPieces(kind, policy, options));
  const fractions = warningFractions(policy);
  return (history, now) => {
    const at = msOf(now);
    const ticket = replay(history, pauseStatuses, at);
    const current = targetsFor(policy, ticket.last.priority);
    const clocks: { [kind in SlaTargetKind]?: SlaClock } = {};
    for (const kind of SLA_TARGET_KINDS) {
      if (current?.[kind]) {
        clocks[kind] = clockOf(kind, policy, ticket, at, options, toClocks, fractions);
      }
    }
    const { priority, partyId, paused, resolved } = ticket.last;
    // Two literals rather than a spread: no object made and copied per result (partyId is
    // left out, not undefined, when nobody holds the ticket).
    return partyId === undefined
      ? { policyId: policy.id, priority, paused, resolved, clocks }
      : { policyId: policy.id, priority, partyId, paused, resolved, clocks };
  };
}

/**
 * One clock's run over a replayed ticket: its pieces within `[createdAt, end]`, its cycles (one,
 * or one per update reset) and the instant each breached cycle reached its target. Both
 * `computeSla` and `slaAttribution` measure a clock from this, so they can never disagree.
 */
export interface ClockRun {
  /** When the clock stopped (response, plan: the first milestone; others: resolved). */
  readonly stop: number | undefined;
  readonly end: number;
  /**
   * The clock's pieces up to `end` (for resolution and update, without the resolved
   * stretches).
   */
  readonly pieces: readonly ClockPiece[];
  readonly starts: readonly number[];
  readonly fractions: readonly number[];
  /** Every cycle's pieces, clipped to the cycle, oldest first. */
  readonly cycles: readonly (readonly ClockPiece[])[];
  /**
   * Open ms each piece of `cycles` counted, cycle after cycle (paused pieces: 0); empty when
   * `clockRun` was told not to keep them (`computeSla` has no use for them).
   */
  readonly opens: readonly number[];
  /** The measure of the last cycle. */
  readonly result: Measure;
  /** For each cycle that ran over its target, the instant it did. */
  readonly breachedAt: readonly number[];
  /** Maps a ticket piece to a piece of this clock. */
  readonly toClock: (piece: TicketPiece) => ClockPiece;
}

/**
 * Runs the `kind` clock over a replayed ticket up to `now`. `toClock` and `fractions` are the
 * policy's (a computer passes the ones it keeps); `keepOpens: false` leaves `opens` empty.
 *
 * @example
 * clockRun('resolution', policy, replay(history, policy.pauseStatuses ?? [], now), now, {}).breachedAt;
 */
export function clockRun(
  kind: SlaTargetKind,
  policy: SlaPolicy,
  ticket: Replay,
  now: number,
  options: SlaOptions,
  toClock: (piece: TicketPiece) => ClockPiece = clockPieces(kind, policy, options),
  fractions: readonly number[] = warningFractions(policy),
  keepOpens = true,
): ClockRun {
  const stop =
    kind === 'response'
      ? min(ticket.firstResponse, ticket.firstResolution)
      : kind === 'plan'
        ? min(ticket.firstPlan, ticket.firstResolution)
        : ticket.last.resolved
          ? resolvedSince(ticket)
          : undefined;
  const end = stop ?? now;
  const oneShot = kind === 'response' || kind === 'plan';
  // Plain loops, not filter/map/forEach with closures, and arrays made at their length rather
  // than grown by push (a grown array's first push makes room for 17): this runs for every clock
  // of every ticket in bulk, and these arrays were most of what the collector had to sweep.
  // Pieces after `end` (a response clock stops early) never count: they are left out, which
  // spares mapping them.
  const all = ticket.pieces;
  let after = all.length;
  while (after > 0 && (all[after - 1] as TicketPiece).from > end) after--;
  let count = after;
  if (!oneShot) for (let i = 0; i < after; i++) if ((all[i] as TicketPiece).resolved) count--;
  const pieces: ClockPiece[] = new Array(count);
  for (let i = 0, k = 0; i < after; i++) {
    const piece = all[i] as TicketPiece;
    if (oneShot || !piece.resolved) pieces[k++] = toClock(piece);
  }
  const starts = kind === 'update' ? ticket.updateResets : [ticket.createdAt];
  const cycles: (readonly ClockPiece[])[] = new Array(starts.length);
  const opens: number[] | undefined = keepOpens ? [] : undefined;
  let breachedAt: number[] | undefined;
  let result: Measure | undefined;
  for (let k = 0; k < starts.length; k++) {
    const last = k === starts.length - 1;
    const cycleEnd = last ? end : (starts[k + 1] as number);
    const cycle = clip(pieces, starts[k] as number, cycleEnd);
    cycles[k] = cycle;
    result = measure(cycle, fractions, last, opens);
    const due = result.reached[fractions.length - 1];
    if (due !== undefined && due < cycleEnd) {
      if (breachedAt) breachedAt.push(due);
      else breachedAt = [due];
    }
  }
  // A clock always has a cycle (its starts begin at creation); none would measure nothing.
  result ??= measure([], fractions, false);
  return {
    stop,
    end,
    pieces,
    starts,
    fractions,
    cycles,
    opens: opens ?? NO_OPENS,
    result,
    breachedAt: breachedAt ?? [],
    toClock,
  };
}
const NO_OPENS: readonly number[] = Object.freeze([]);

/**
 * A policy's warning thresholds as fractions of the goal, then the goal itself (1). A computer
 * (`slaComputer`, `attributionComputer`) works them out once for its policy, not for every
 * clock of every ticket.
 *
 * @example
 * warningFractions({ ...policy, warnAt: [50, 75] }); // [0.5, 0.75, 1]
 */
export function warningFractions(policy: SlaPolicy): readonly number[] {
  const fractions: number[] = [];
  for (const percent of policy.warnAt ?? []) fractions.push(percent / 100);
  fractions.push(1);
  return fractions;
}

// When the ticket was last resolved: the start of the run of resolved pieces at its end, not
// the last piece's start — an assignment after resolving starts a new piece, not a new clock.
function resolvedSince(ticket: Replay): number {
  let since = ticket.last.from;
  for (let i = ticket.pieces.length - 1; i >= 0; i--) {
    const piece = ticket.pieces[i];
    if (!piece?.resolved) break;
    since = Math.min(since, piece.from);
  }
  return since;
}

function clockOf(
  kind: SlaTargetKind,
  policy: SlaPolicy,
  ticket: Replay,
  now: number,
  options: SlaOptions,
  toClocks: ReadonlyMap<SlaTargetKind, (piece: TicketPiece) => ClockPiece>,
  fractions: readonly number[],
): SlaClock {
  const run = clockRun(kind, policy, ticket, now, options, toClocks.get(kind), fractions, false);
  const { stop, end, pieces, starts, result, toClock } = run;
  const cycle = run.cycles[run.cycles.length - 1] ?? [];
  const breaches = run.breachedAt.length;
  const breachedAt = run.breachedAt[0] ?? null;
  const warnAt = policy.warnAt ?? [];
  const lastPiece = cycle[cycle.length - 1] ?? toClock(ticket.last);
  // Stopped under a priority without this target: report against the current priority's.
  const goal = Number.isFinite(lastPiece.goal) ? lastPiece.goal : toClock(ticket.last).goal;
  const due = result.reached[fractions.length - 1];
  const running = stop === undefined && !lastPiece.paused;
  const cycleStart = starts[starts.length - 1] ?? ticket.createdAt;
  const broke = due !== undefined && due < end;
  // Counted first, so the array is made at its length.
  let shown = 0;
  for (let k = 0; k < warnAt.length; k++) if (warned(result.reached[k], stop)) shown++;
  const warnings: SlaWarning[] = new Array(shown);
  for (let k = 0, w = 0; k < warnAt.length; k++) {
    const reachedAt = result.reached[k];
    if (reachedAt !== undefined && warned(reachedAt, stop)) {
      warnings[w++] = { percent: warnAt[k] as number, at: reachedAt, reached: reachedAt <= now };
    }
  }
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

/**
 * Maps ticket pieces to clock pieces of `kind`: calendar and goal by priority and holder. The
 * lookups are kept, so one mapper serves many tickets (`slaComputer`, `attributionComputer`).
 *
 * @example
 * const toClock = clockPieces('resolution', policy, { calendars });
 * clockRun('resolution', policy, ticket, now, { calendars }, toClock);
 */
export function clockPieces(kind: SlaTargetKind, policy: SlaPolicy, options: SlaOptions) {
  type Found = Pick<ClockPiece, 'calendarId' | 'tables' | 'goal'>;
  // By priority, then holder (`''`: nobody): no key string is built per lookup (in bulk,
  // building keys was a tenth of computeSla).
  const cache = new Map<string, Map<string, Found>>();
  let size = 0;
  const lookUp = (priority: string, partyId: string | undefined): Found => {
    const target = targetsFor(policy, priority)?.[kind];
    let calendarId = target?.calendarId ?? policy.calendarId;
    if (calendarId === HOLDER_CALENDAR) {
      const holder = options.parties?.find((party) => party.id === partyId);
      calendarId = holder?.calendarId ?? policy.calendarId;
    }
    const tables = tablesOf(calendarById(options.calendars, calendarId));
    const goal = target ? Math.round(target.minutes * MINUTE) : Number.POSITIVE_INFINITY;
    return { calendarId, tables, goal };
  };
  // Consecutive pieces mostly share priority and holder: the last one found is tried first.
  let lastPriority: string | undefined;
  let lastParty: string | undefined;
  let lastFound: Found | undefined;
  return (piece: TicketPiece): ClockPiece => {
    const { from, to, paused, priority, partyId } = piece;
    let found =
      lastFound !== undefined && priority === lastPriority && partyId === lastParty
        ? lastFound
        : cache.get(priority)?.get(partyId ?? '');
    if (!found) {
      found = lookUp(priority, partyId);
      // Priorities come from the tickets: bound the cache against a stream of made-up ones.
      if (size >= 1024) {
        cache.clear();
        size = 0;
      }
      const byParty = cache.get(priority) ?? new Map<string, Found>();
      cache.set(priority, byParty);
      byParty.set(partyId ?? '', found);
      size++;
    }
    lastPriority = priority;
    lastParty = partyId;
    lastFound = found;
    const { calendarId, tables, goal } = found;
    return { from, to, paused, priority, partyId, calendarId, tables, goal };
  };
}

// Whether a warning reached at `reachedAt` is shown: reached at all, and before the clock stopped.
function warned(reachedAt: number | undefined, stop: number | undefined): boolean {
  return reachedAt !== undefined && (stop === undefined || reachedAt < stop);
}

// Whether `piece` has a part within `[from, to]` (a zero-length part only at `to`).
function within(piece: ClockPiece, from: number, to: number): boolean {
  const a = Math.max(piece.from, from);
  const b = Math.min(piece.to, to);
  return b > a || (b === a && a === to && piece.from <= to && piece.to >= to);
}

/** The pieces' parts within `[from, to]`; a last zero-length piece keeps the state at `to`. */
function clip(pieces: readonly ClockPiece[], from: number, to: number): readonly ClockPiece[] {
  // Counted first: when every piece is wholly inside, the list itself is the answer, else the
  // parts go into an array made at its length. Pieces and their lists are never changed, and in
  // bulk every copy is garbage to collect.
  let count = 0;
  let whole = true;
  for (const piece of pieces) {
    if (!within(piece, from, to)) whole = false;
    else {
      count++;
      whole &&= piece.from >= from && piece.to <= to;
    }
  }
  if (whole) return pieces;
  const clipped: ClockPiece[] = new Array(count);
  let k = 0;
  for (const piece of pieces) {
    if (!within(piece, from, to)) continue;
    const a = Math.max(piece.from, from);
    const b = Math.min(piece.to, to);
    // A piece wholly inside is shared, not copied.
    if (a === piece.from && b === piece.to) {
      clipped[k++] = piece;
      continue;
    }
    const { paused, priority, partyId, calendarId, tables, goal } = piece;
    // A literal, not a spread: every piece keeps one hidden class.
    clipped[k++] = { from: a, to: b, paused, priority, partyId, calendarId, tables, goal };
  }
  return clipped;
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
