// The SLA attribution as it was written before `attributionComputer` (one clock mapper per
// ticket and clock, filter/map/spread), kept as an oracle: the faster one must give the same
// values in the same key order. For tests only.
import type { PartySide } from '../../matrix/model';
import {
  type Handoff,
  handoffsOf,
  holderBefore,
  openIn,
  type SlaAttribution,
  type SlaAttributionOptions,
  type SlaTargetAttribution,
  scan,
} from '../attribution';
import { type Instant, msOf } from '../business-time';
import { type ClockRun, clockRun } from '../clock';
import type { TicketHistory } from '../history';
import type { PauseSpan } from '../pause-spans';
import { SLA_TARGET_KINDS, type SlaPolicy, type SlaTargetKind, targetsFor } from '../policy';
import { replay, type TicketPiece } from '../replay';
import { MINUTE } from '../tz';

/** `attributedClocks` as it was. */
export function oracleAttributedClocks(
  policy: SlaPolicy,
  history: TicketHistory,
  at: Instant,
  options: SlaAttributionOptions = {},
): {
  readonly attribution: SlaAttribution;
  readonly priority: string;
  readonly stoppedAt: { readonly [kind in SlaTargetKind]?: number | null };
} {
  const now = msOf(at);
  const pauseStatuses = policy.pauseStatuses ?? [];
  const ticket = replay(history, pauseStatuses, now);
  const sides = new Map((options.parties ?? []).map((party) => [party.id, party.side]));
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
    const run = clockRun(kind, policy, ticket, now, options);
    targets[kind] = attribute(kind, run, ticket.pieces, sides, pauses, handoffs);
    stoppedAt[kind] = run.stop ?? null;
  }
  return {
    attribution: { policyId: policy.id, at: now, targets },
    priority: ticket.last.priority,
    stoppedAt,
  };
}

function attribute(
  kind: SlaTargetKind,
  run: ClockRun,
  ticketPieces: readonly TicketPiece[],
  sides: ReadonlyMap<string, PartySide | undefined>,
  pauses: readonly PauseSpan[],
  handoffs: readonly Handoff[],
): SlaTargetAttribution {
  const pieces = run.cycles.flat();
  const held = new Map<string, number>();
  let total = 0;
  let unassigned = 0;
  pieces.forEach((piece, k) => {
    const open = run.opens[k] ?? 0;
    total += open;
    if (piece.paused || piece.to <= piece.from) return;
    if (piece.partyId === undefined) unassigned += open;
    else held.set(piece.partyId, (held.get(piece.partyId) ?? 0) + open);
  });
  const { end, stop } = run;
  // What began while the clock ran, or at the instant it stopped.
  const during = (t: number) => t < end || (t === end && stop === undefined);
  return {
    kind,
    runningMinutes: total / MINUTE,
    held: [...held].map(([partyId, ms]) => withSide({ partyId, minutes: ms / MINUTE }, sides)),
    unassignedMinutes: unassigned / MINUTE,
    pauses: pauses
      .filter((p) => during(p.from))
      .map((p) => ({
        status: p.status,
        from: p.from,
        to: p.to,
        ...(p.by === undefined ? {} : { by: p.by }),
        minutes: openIn(pieces, p.from, p.to ?? end, true) / MINUTE,
      })),
    handoffs: handoffs
      .filter((h) => during(h.at))
      .map(({ until, ...h }) => ({
        ...h,
        queueMinutes: openIn(pieces, h.at, h.takenAt, false) / MINUTE,
        minutes: openIn(pieces, h.at, until, false) / MINUTE,
      })),
    breaches: run.breachedAt.map((t) => {
      const partyId = holderBefore(ticketPieces, t);
      return partyId === undefined ? { at: t } : withSide({ at: t, partyId }, sides);
    }),
  };
}

function withSide<T extends { partyId: string }>(
  value: T,
  sides: ReadonlyMap<string, PartySide | undefined>,
): T & { side?: PartySide } {
  const side = sides.get(value.partyId);
  return side === undefined ? value : { ...value, side };
}
