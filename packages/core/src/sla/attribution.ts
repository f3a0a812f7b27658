import type { PartySide } from '../matrix/model';
import { type Instant, msOf, openMs } from './business-time';
import { type ClockRun, clockPieces, clockRun, type SlaOptions, warningFractions } from './clock';
import type { TicketHistory } from './history';
import type { ClockPiece } from './measure';
import { type PauseSpan, pauseTracker } from './pause-spans';
import { SLA_TARGET_KINDS, type SlaPolicy, type SlaTargetKind, targetsFor } from './policy';
import { replay, type TicketPiece } from './replay';
import { MINUTE } from './tz';

// Who held the clock: each SLA clock's running time shared out by the party holding the ticket,
// its pauses, its hand-offs across sides and the holder at each breach. The clocks come from the
// same run `computeSla` measures (`clockRun`), so the shares always add up to its elapsed time.

/**
 * Where {@link slaAttribution} finds calendars and sides: `computeSla`'s options, with each
 * party's `side` — pass the matrix's parties as they are.
 *
 * @example
 * const options: SlaAttributionOptions = { calendars, parties: matrix.parties };
 */
export interface SlaAttributionOptions extends Omit<SlaOptions, 'timeline' | 'parties'> {
  readonly parties?: readonly {
    readonly id: string;
    readonly calendarId?: string;
    readonly side?: PartySide;
  }[];
}

/**
 * Business minutes one party held a ticket while a clock ran; `side` when the party is known.
 *
 * @example
 * const share: SlaHolding = { partyId: 'msp-noc', side: 'provider', minutes: 45 };
 */
export interface SlaHolding {
  readonly partyId: string;
  readonly side?: PartySide;
  readonly minutes: number;
}

/**
 * A pause of the ticket: from the status event that entered a pause status (or creation) to
 * the next status event that left it (`to: null` while it lasts). `by` is who set it, when the
 * event says; `minutes` the business minutes it kept off this clock.
 *
 * @example
 * const pause: SlaPause = { status: 'waiting-on-customer', from, to, by: 'internal-it', minutes: 90 };
 */
export interface SlaPause {
  readonly status: string;
  readonly from: number;
  readonly to: number | null;
  readonly by?: string;
  readonly minutes: number;
}

/**
 * The ticket passing from a party on one side (internal, provider, vendor, business) to a party
 * on another. `at` is when `from` let go (the assignment away from it, `by` whoever made it);
 * `takenAt` when `to` was assigned — later than `at` when the ticket sat unassigned between;
 * `actedAt` the first event `to` caused (`by` is `to`) while holding it, the assignment that gave
 * it to them included, or `null` if none did (events without `by` are nobody's action).
 *
 * Costs are business minutes of this clock while it ran: `queueMinutes` from `at` to `takenAt`,
 * `minutes` from `at` to `actedAt` — or, without an action, to when `to` let go or the clock
 * stopped (so far).
 *
 * @example
 * const handoff: SlaHandoff = { from: 'internal-it', to: 'msp-noc', fromSide: 'internal', toSide: 'provider', at, takenAt: at, actedAt, queueMinutes: 0, minutes: 25 };
 */
export interface SlaHandoff {
  readonly from: string;
  readonly to: string;
  readonly fromSide: PartySide;
  readonly toSide: PartySide;
  readonly at: number;
  readonly takenAt: number;
  readonly actedAt: number | null;
  readonly by?: string;
  readonly queueMinutes: number;
  readonly minutes: number;
}

/**
 * A breach and on whose watch it happened: the party holding the ticket just before the instant
 * the clock reached its target (left out: nobody held it).
 *
 * @example
 * const watch: SlaWatch = { at, partyId: 'msp-noc', side: 'provider' };
 */
export interface SlaWatch {
  readonly at: number;
  readonly partyId?: string;
  readonly side?: PartySide;
}

/**
 * One clock, attributed. `runningMinutes` is the business time it counted — for `update`, over
 * every cycle, not only the current one — and is exactly `held` plus `unassignedMinutes`. `held`
 * lists every party that held the ticket while the clock ran (0 minutes: only outside the
 * calendar's hours), in the order they first did. Pauses and hand-offs are those that began
 * while the clock ran (or at the instant it stopped); `breaches` has one entry per breach
 * (several for `update`, one per late cycle).
 *
 * @example
 * const mine = attribution.targets.resolution?.held.find((h) => h.partyId === 'msp-noc')?.minutes;
 */
export interface SlaTargetAttribution {
  readonly kind: SlaTargetKind;
  readonly runningMinutes: number;
  readonly held: readonly SlaHolding[];
  readonly unassignedMinutes: number;
  readonly pauses: readonly SlaPause[];
  readonly handoffs: readonly SlaHandoff[];
  readonly breaches: readonly SlaWatch[];
}

/**
 * A ticket's SLA clocks at an instant, attributed to the parties that held it. Plain JSON.
 *
 * @example
 * const { targets } = slaAttribution(policy, history, now, { calendars, parties });
 * targets.resolution?.breaches[0]?.partyId; // 'msp-noc'
 */
export interface SlaAttribution {
  readonly policyId: string;
  readonly at: number;
  readonly targets: { readonly [kind in SlaTargetKind]?: SlaTargetAttribution };
}

interface Tenure {
  readonly partyId: string | undefined;
  readonly from: number;
  to: number;
  /** Who made the event that started it. */
  readonly by: string | undefined;
}

/**
 * Says who held a ticket's SLA clocks at `at`: for each target `computeSla` reports, the
 * business minutes each party held the ticket while the clock ran (and while nobody did), its
 * pauses with who set them, its hand-offs across sides and what each cost, and the holder at
 * each breach. The clocks are `computeSla`'s own — same calendars (the holder's, for
 * `'holder'` targets), pauses, priorities and stops — so the minutes add up to its
 * `elapsedMinutes` (for `update`, summed over cycles). Sides come from `options.parties`; a
 * party without one never makes a hand-off. Events after `at` are ignored.
 *
 * Throws what `computeSla` throws (`E107`, `E108`); parse untrusted input first.
 *
 * @example
 * const attribution = slaAttribution(policy, history, Date.now(), { calendars, parties: matrix.parties });
 * for (const share of attribution.targets.resolution?.held ?? []) console.log(share.partyId, share.minutes);
 */
export function slaAttribution(
  policy: SlaPolicy,
  history: TicketHistory,
  at: Instant,
  options: SlaAttributionOptions = {},
): SlaAttribution {
  return attributedClocks(policy, history, at, options).attribution;
}

/** What {@link attributedClocks} gives: the attribution, the priority at `at`, each clock's stop. */
export interface AttributedClocks {
  readonly attribution: SlaAttribution;
  readonly priority: string;
  readonly stoppedAt: { readonly [kind in SlaTargetKind]?: number | null };
}

/**
 * {@link slaAttribution} with what else the same replay knows: the ticket's priority at `at` and
 * when each clock stopped (`null` while it runs). The service review reads a ticket once, from
 * this, instead of replaying it again for `computeSla`.
 *
 * @example
 * attributedClocks(policy, history, now, { parties }).stoppedAt.response; // when it was answered
 */
export function attributedClocks(
  policy: SlaPolicy,
  history: TicketHistory,
  at: Instant,
  options: SlaAttributionOptions = {},
): AttributedClocks {
  return attributionComputer(policy, options)(history, at);
}

/**
 * {@link attributedClocks} for many tickets under one policy: the parties' sides and each
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
  const pauseStatuses = policy.pauseStatuses ?? [];
  const sides = new Map((options.parties ?? []).map((party) => [party.id, party.side]));
  const toClocks = new Map<SlaTargetKind, (piece: TicketPiece) => ClockPiece>();
  for (const kind of SLA_TARGET_KINDS) toClocks.set(kind, clockPieces(kind, policy, options));
  const fractions = warningFractions(policy);
  return (history, at) => {
    const now = msOf(at);
    const ticket = replay(history, pauseStatuses, now);
    const { tenures, pauses, actions } = scan(
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
      const run = clockRun(kind, policy, ticket, now, options, toClocks.get(kind), fractions);
      targets[kind] = attribute(kind, run, ticket.pieces, sides, pauses, handoffs);
      stoppedAt[kind] = run.stop ?? null;
    }
    return {
      attribution: { policyId: policy.id, at: now, targets },
      priority: ticket.last.priority,
      stoppedAt,
    };
  };
}

// scan, handoffsOf, openIn and holderBefore are exported for the oracle of the original
// attribution in testing/ (they are unchanged since); no entry exports them.

/** The history up to `end` as holder tenures, pauses and who did what when. */
export function scan(history: TicketHistory, pauseStatuses: readonly string[], end: number) {
  const tenures: Tenure[] = [];
  const actions: { at: number; by: string }[] = [];
  const { pauses, set: setStatus } = pauseTracker(pauseStatuses);
  for (const event of history) {
    if (event.at > end) break;
    if (event.by !== undefined) actions.push({ at: event.at, by: event.by });
    if (event.type === 'created') {
      tenures.push({ partyId: event.partyId, from: event.at, to: end, by: event.by });
      setStatus(event.status, event.at, event.by);
    } else if (event.type === 'status') {
      setStatus(event.status, event.at, event.by);
    } else if (event.type === 'assigned') {
      const last = tenures[tenures.length - 1];
      const partyId = event.partyId ?? undefined;
      if (!last || last.partyId === partyId) continue;
      last.to = event.at;
      tenures.push({ partyId, from: event.at, to: end, by: event.by });
    }
  }
  return { tenures, pauses, actions };
}

export type Handoff = Omit<SlaHandoff, 'queueMinutes' | 'minutes'> & { readonly until: number };

/** Hand-offs between holders on different sides, skipping unassigned stretches between them. */
export function handoffsOf(
  tenures: readonly Tenure[],
  actions: readonly { at: number; by: string }[],
  sides: ReadonlyMap<string, PartySide | undefined>,
): Handoff[] {
  const handoffs: Handoff[] = [];
  let previous: { partyId: string; side: PartySide | undefined; release: Tenure } | undefined;
  // Tenures are in time order: the search for each one's first action starts where the last did.
  let first = 0;
  tenures.forEach((tenure, k) => {
    const partyId = tenure.partyId;
    if (partyId === undefined) return;
    const side = sides.get(partyId);
    const fromSide = previous?.side;
    if (previous && fromSide !== undefined && side !== undefined && fromSide !== side) {
      while (first < actions.length && (actions[first] as { at: number }).at < tenure.from) first++;
      let acted: { at: number } | undefined;
      for (let a = first; a < actions.length; a++) {
        const action = actions[a] as { at: number; by: string };
        if (action.at > tenure.to) break;
        if (action.by === partyId) {
          acted = action;
          break;
        }
      }
      const { release } = previous;
      handoffs.push({
        from: previous.partyId,
        to: partyId,
        fromSide,
        toSide: side,
        at: release.from,
        takenAt: tenure.from,
        actedAt: acted?.at ?? null,
        ...(release.by === undefined ? {} : { by: release.by }),
        until: acted?.at ?? tenure.to,
      });
    }
    const release = tenures[k + 1];
    previous = release ? { partyId, side, release } : undefined;
  });
  return handoffs;
}

// Plain loops and object literals, not filter/map/spread: this runs for every clock of every
// ticket the service review reads. Keys come in the order the types list them.
function attribute(
  kind: SlaTargetKind,
  run: ClockRun,
  ticketPieces: readonly TicketPiece[],
  sides: ReadonlyMap<string, PartySide | undefined>,
  pauses: readonly PauseSpan[],
  handoffs: readonly Handoff[],
): SlaTargetAttribution {
  const pieces = run.cycles.length === 1 ? (run.cycles[0] as ClockPiece[]) : run.cycles.flat();
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
  const { end, stop } = run;
  // What began while the clock ran, or at the instant it stopped.
  const during = (t: number) => t < end || (t === end && stop === undefined);
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
}

/** Open ms of `[a, b]` over the clock's pieces that are (or are not) paused. */
export function openIn(
  pieces: readonly ClockPiece[],
  a: number,
  b: number,
  paused: boolean,
): number {
  let ms = 0;
  for (let k = firstEndingAfter(pieces, a); k < pieces.length; k++) {
    const piece = pieces[k] as ClockPiece;
    if (piece.from >= b) break;
    if (piece.paused !== paused) continue;
    const from = Math.max(piece.from, a);
    const to = Math.min(piece.to, b);
    if (to > from) ms += openMs(piece.tables, from, to);
  }
  return ms;
}

/** The index of the first piece that ends after `t` (pieces are in time order). */
function firstEndingAfter(pieces: readonly { to: number }[], t: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pieces[mid] as { to: number }).to <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Who held the ticket in the moment before `t`: whose time ran out at a breach. */
export function holderBefore(pieces: readonly TicketPiece[], t: number): string | undefined {
  const k = firstEndingAfter(pieces, t - 1);
  return (pieces[k] ?? pieces[pieces.length - 1])?.partyId;
}
