import type { CalendarRegistry, SlaTargetKind } from '@tandem/core/sla';
import {
  type SlaAttributionOptions,
  type SlaWatch,
  slaAttribution,
} from '@tandem/core/sla/attribution';
import { useMemo } from 'react';
import type { QueueEntry } from '../model/queue-model';
import { knownHistory } from '../model/sla-moment';

// On whose watch a queue row breached. Attribution replays a ticket's whole history, so the
// queue never runs it for every ticket up front: only a breached row the virtualiser renders
// asks, once per entry — the cache is keyed by the entry object, which the queue rebuilds only
// when the tickets or `now` change, so scrolling back to a row costs nothing.

/**
 * The breach a queue row reports and the party holding the ticket when it happened.
 *
 * @example
 * const watch: QueueWatch = { kind: 'resolution', at, partyId: 'msp-noc', side: 'provider' };
 */
export type QueueWatch = SlaWatch & { readonly kind: SlaTargetKind };

/**
 * The breach of a breached entry worth naming — the clock it sorts by, else the first clock
 * that breached — and its watch; `undefined` for an entry that never breached.
 *
 * @example
 * breachWatch(entry, now, { calendars, parties })?.partyId; // 'msp-noc'
 */
export function breachWatch(
  entry: QueueEntry,
  now: number,
  options: SlaAttributionOptions,
): QueueWatch | undefined {
  if (entry.state !== 'breached') return undefined;
  const { policy, history } = entry.ticket;
  const { targets } = slaAttribution(policy, knownHistory(history, now), now, options);
  const kinds = [entry.kind, ...(Object.keys(targets) as SlaTargetKind[])];
  for (const kind of kinds) {
    const breach = kind && targets[kind]?.breaches[0];
    if (kind && breach) return { ...breach, kind };
  }
  return undefined;
}

/**
 * A memoised {@link breachWatch} for the rows a queue renders: computed the first time a row
 * asks, then read from a cache that lives as long as the entry does.
 *
 * @example
 * const watchOf = useBreachWatches(now, calendars, parties);
 * const watch = watchOf(entry); // only for rendered rows
 */
export function useBreachWatches(
  now: number,
  calendars: CalendarRegistry | undefined,
  parties: SlaAttributionOptions['parties'] | undefined,
): (entry: QueueEntry) => QueueWatch | undefined {
  return useMemo(() => {
    const cache = new WeakMap<QueueEntry, QueueWatch | undefined>();
    const options = { ...(calendars ? { calendars } : {}), ...(parties ? { parties } : {}) };
    return (entry) => {
      if (entry.state !== 'breached') return undefined;
      if (!cache.has(entry)) cache.set(entry, breachWatch(entry, now, options));
      return cache.get(entry);
    };
  }, [now, calendars, parties]);
}
