import type { PartySide } from '../matrix/model';
import type {
  AttributedClocks,
  SlaAttributionOptions,
  SlaHandoff,
  SlaHolding,
  SlaPause,
  SlaTargetAttribution,
  SlaWatch,
} from './attribution-types';
import { type Instant, msOf } from './business-time';
import { type ClockRun, clockPieces, clockRun, warningFractions } from './clock';
import { holderBefore, openIn } from './clock-spans';
import type { TicketHistory } from './history';
import { type Handoff, handoffsOf, scanHolders } from './holder-tenures';
import type { ClockPiece } from './measure';
import type { PauseSpan } from './pause-spans';
import { SLA_TARGET_KINDS, type SlaPolicy, type SlaTargetKind, targetsFor } from './policy';
import { replay, type TicketPiece } from './replay';
import { MINUTE } from './tz';

// The attribution of many tickets under one policy: what can be known before the first ticket
// (sides, each clock's calendar tables and targets) is looked up once.

/**
 * `attributedClocks` for many tickets under one policy: the parties' sides and each
 * clock's calendar tables and targets (by priority and holder) are looked up once for all the
 * tickets, not once per ticket and clock. The results are `attributedClocks`'s.
 *
 * @example
 * const attribute = attributionComputer(policy, { calendars, parties: matrix.parties });
 * for (const ticket of tickets) tally(attribute(ticket.history, periodEnd));
 */
export function attributionComputer(
  policy: SlaPolicy,
  options: SlaAttributionOptions = {},
): (history: TicketHistory, at: Instant) => AttributedClocks {
  const sides = sidesOf(options);
  const toClocks = new Map<SlaTargetKind, (piece: TicketPiece) => ClockPiece>();
  for (const kind of SLA_TARGET_KINDS) toClocks.set(kind, clockPieces(kind, policy, options));
  const fractions = warningFractions(policy);
  const runOf: ClockRunOf = (kind, ticket, now) =>
    clockRun(kind, policy, ticket, now, options, toClocks.get(kind), fractions);
  return (history, at) => readAttributedClocks(policy, history, at, sides, runOf, attributeClock);
}

/** Each party's side, by id, as the options give them. */
export function sidesOf(
  options: SlaAttributionOptions,
): ReadonlyMap<string, PartySide | undefined> {
  return new Map((options.parties ?? []).map((party) => [party.id, party.side]));
}

type ClockRunOf = (kind: SlaTargetKind, ticket: ReturnType<typeof replay>, now: number) => ClockRun;

/** Attributes one clock's run: the step the test oracle writes its own way. */
export type AttributeClock = (
  kind: SlaTargetKind,
  run: ClockRun,
  ticketPieces: readonly TicketPiece[],
  sides: ReadonlyMap<string, PartySide | undefined>,
  pauses: readonly PauseSpan[],
  handoffs: readonly Handoff[],
) => SlaTargetAttribution;

/**
 * One ticket read once: replayed, scanned for holders and hand-offs, and each clock the current
 * priority has run and attributed.
 */
export function readAttributedClocks(
  policy: SlaPolicy,
  history: TicketHistory,
  at: Instant,
  sides: ReadonlyMap<string, PartySide | undefined>,
  runOf: ClockRunOf,
  attribute: AttributeClock,
): AttributedClocks {
  const now = msOf(at);
  const pauseStatuses = policy.pauseStatuses ?? [];
  const ticket = replay(history, pauseStatuses, now);
  const { tenures, pauses, actions } = scanHolders(
    history,
    pauseStatuses,
    Math.max(now, ticket.createdAt),
  );
  const handoffs = handoffsOf(tenures, actions, sides);
  const current = targetsFor(policy, ticket.last.priority);
  const targets: { [kind in SlaTargetKind]?: SlaTargetAttribution } = {};
  const stoppedAt: { [kind in SlaTargetKind]?: number | null } = {};
  for (const kind of SLA_TARGET_KINDS) {
    if (!current?.[kind]) continue;
    const run = runOf(kind, ticket, now);
    targets[kind] = attribute(kind, run, ticket.pieces, sides, pauses, handoffs);
    stoppedAt[kind] = run.stop ?? null;
  }
  return {
    attribution: { policyId: policy.id, at: now, targets },
    priority: ticket.last.priority,
    stoppedAt,
  };
}

// Plain loops and object literals, not filter/map/spread: this runs for every clock of every
// ticket the service review reads. Keys come in the order the types list them.
const attributeClock: AttributeClock = (kind, run, ticketPieces, sides, pauses, handoffs) => {
  const pieces = run.cycles.length === 1 ? (run.cycles[0] as ClockPiece[]) : run.cycles.flat();
  const { heldMs, total, unassigned } = clockTotals(run, pieces);
  const { end } = run;
  const during = beganDuring(run);
  const held: SlaHolding[] = [];
  for (const [partyId, ms] of heldMs) {
    const side = sides.get(partyId);
    const minutes = ms / MINUTE;
    held.push(side === undefined ? { partyId, minutes } : { partyId, minutes, side });
  }
  const clockPauses: SlaPause[] = [];
  for (const p of pauses) {
    if (!during(p.from)) continue;
    const minutes = openIn(pieces, p.from, p.to ?? end, true) / MINUTE;
    const { status, from, to, by } = p;
    clockPauses.push(
      by === undefined ? { status, from, to, minutes } : { status, from, to, by, minutes },
    );
  }
  const clockHandoffs: SlaHandoff[] = [];
  for (const h of handoffs) {
    if (!during(h.at)) continue;
    const { from, to, fromSide, toSide, at, takenAt, actedAt, by } = h;
    const queueMinutes = openIn(pieces, at, takenAt, false) / MINUTE;
    const minutes = openIn(pieces, at, h.until, false) / MINUTE;
    clockHandoffs.push(
      by === undefined
        ? { from, to, fromSide, toSide, at, takenAt, actedAt, queueMinutes, minutes }
        : { from, to, fromSide, toSide, at, takenAt, actedAt, by, queueMinutes, minutes },
    );
  }
  const breaches: SlaWatch[] = [];
  for (const t of run.breachedAt) {
    const partyId = holderBefore(ticketPieces, t);
    const side = partyId === undefined ? undefined : sides.get(partyId);
    breaches.push(
      partyId === undefined
        ? { at: t }
        : side === undefined
          ? { at: t, partyId }
          : { at: t, partyId, side },
    );
  }
  return {
    kind,
    runningMinutes: total / MINUTE,
    held,
    unassignedMinutes: unassigned / MINUTE,
    pauses: clockPauses,
    handoffs: clockHandoffs,
    breaches,
  };
};

/** A clock's running time in ms: in all, by holder (in the order they first held it), unassigned. */
export function clockTotals(run: ClockRun, pieces: readonly ClockPiece[]) {
  const heldMs = new Map<string, number>();
  let total = 0;
  let unassigned = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as ClockPiece;
    const open = run.opens[k] ?? 0;
    total += open;
    if (piece.paused || piece.to <= piece.from) continue;
    if (piece.partyId === undefined) unassigned += open;
    else heldMs.set(piece.partyId, (heldMs.get(piece.partyId) ?? 0) + open);
  }
  return { heldMs, total, unassigned };
}

/** Whether something that began at `t` counts for the clock: while it ran, or the instant it stopped. */
export function beganDuring({ end, stop }: ClockRun): (t: number) => boolean {
  return (t) => t < end || (t === end && stop === undefined);
}
