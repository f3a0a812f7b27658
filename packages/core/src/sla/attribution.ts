import { attributionComputer } from './attribution-computer';
import type { AttributedClocks, SlaAttribution, SlaAttributionOptions } from './attribution-types';
import type { Instant } from './business-time';
import type { TicketHistory } from './history';
import type { SlaPolicy } from './policy';

// Who held the clock: each SLA clock's running time shared out by the party holding the ticket,
// its pauses, its hand-offs across sides and the holder at each breach. The clocks come from the
// same run `computeSla` measures (`clockRun`), so the shares always add up to its elapsed time.

export { attributionComputer } from './attribution-computer';
export type * from './attribution-types';

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
