// The SLA attribution as it was written before `attributionComputer` (one clock mapper per
// ticket and clock, filter/map/spread), kept as an oracle: the faster one must give the same
// values in the same key order. The replay and scan around it are shared (they did not change).
// For tests only.
import type { PartySide } from '../../matrix/model';
import {
  type AttributeClock,
  beganDuring,
  clockTotals,
  readAttributedClocks,
  sidesOf,
} from '../attribution-computer';
import type { AttributedClocks, SlaAttributionOptions } from '../attribution-types';
import type { Instant } from '../business-time';
import { clockRun } from '../clock';
import { holderBefore, openIn } from '../clock-spans';
import type { TicketHistory } from '../history';
import type { SlaPolicy } from '../policy';
import { MINUTE } from '../tz';

/** `attributedClocks` as it was: a clock mapper built per ticket and clock, its own `attribute`. */
export function oracleAttributedClocks(
  policy: SlaPolicy,
  history: TicketHistory,
  at: Instant,
  options: SlaAttributionOptions = {},
): AttributedClocks {
  return readAttributedClocks(
    policy,
    history,
    at,
    sidesOf(options),
    (kind, ticket, now) => clockRun(kind, policy, ticket, now, options),
    attribute,
  );
}

const attribute: AttributeClock = (kind, run, ticketPieces, sides, pauses, handoffs) => {
  const pieces = run.cycles.flat();
  const { heldMs: held, total, unassigned } = clockTotals(run, pieces);
  const { end } = run;
  const during = beganDuring(run);
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
};

function withSide<T extends { partyId: string }>(
  value: T,
  sides: ReadonlyMap<string, PartySide | undefined>,
): T & { side?: PartySide } {
  const side = sides.get(value.partyId);
  return side === undefined ? value : { ...value, side };
}
