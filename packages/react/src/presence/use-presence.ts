import { useCallback, useEffect, useMemo, useRef } from 'react';
import { lazyValue } from '../hooks/lazy-value';
import { useLoadedValue } from '../hooks/use-loaded-value';
import type { HeardPlace } from './presence-engine';
import type { PresenceMessages } from './presence-messages';
import type {
  LocalPresence,
  PresenceDrag,
  PresenceFocus,
  PresenceOptions,
  PresencePeer,
} from './presence-types';

/** What every place nobody is at gets: one constant, so memoised rows keep their props. */
export const NO_PEERS: readonly PresencePeer[] = Object.freeze([]);

/**
 * Grouping, announcing and marking other people: a chunk of its own, loaded by the first
 * component given `presence`, so hosts that don't collaborate never download it.
 */
export const presenceEngine = /* @__PURE__ */ lazyValue(() => import('./presence-engine'));

/** Options of {@link usePresence}. */
export interface UsePresenceOptions {
  presence: PresenceOptions | undefined;
  /** The item (row, step, ticket) a place belongs to, by id; `undefined` for none shown. */
  itemOf: (place: PresenceFocus) => string | undefined;
  /** A place in words for announcements; `undefined` leaves the move unannounced. */
  nameOf: (place: PresenceFocus) => string | undefined;
  messages: PresenceMessages;
  announce: (message: string) => void;
}

/**
 * Other people, grouped by the item they are at: `peersAt(id)` keeps one array identity for as
 * long as the people at that item and where they are stay the same, and gives {@link NO_PEERS}
 * to items nobody is at, so a peer moving between two rows re-renders only those two. Announces
 * (politely, through `announce`) when someone focuses or picks up something new, not on every
 * awareness update. `setFocus` and `setDragging` report this user's own, deduplicated.
 * Nothing of it shows before hydration, and nothing is loaded for a component without `presence`.
 *
 * @example
 * const presence = usePresence({ presence: props.presence, itemOf: (p) => ('rowId' in p ? p.rowId : undefined), nameOf, messages, announce });
 * <MatrixRow peers={presence.peersAt(row.id)} … />
 */
export function usePresence(options: UsePresenceOptions) {
  const engine = useLoadedValue(presenceEngine, options.presence !== undefined);
  const peers = (engine && options.presence?.peers) || NO_PEERS;
  const latest = useRef(options);
  latest.current = options;

  const groups = useRef<ReadonlyMap<string, readonly PresencePeer[]>>(new Map());
  const byItem = useMemo(() => {
    const next =
      engine && peers.length > 0
        ? engine.groupPeers(peers, latest.current.itemOf, groups.current)
        : new Map<string, readonly PresencePeer[]>();
    groups.current = next;
    return next;
  }, [engine, peers]);

  // Where each person was at the last announcement, so only a move is heard.
  const heard = useRef<ReadonlyMap<string | number, HeardPlace>>(new Map());
  useEffect(() => {
    if (!engine) return;
    const { nameOf, messages, announce } = latest.current;
    const next = engine.peerAnnouncements(peers, heard.current, nameOf, messages);
    heard.current = next.heard;
    if (next.said.length > 0) announce(next.said.join(' '));
  }, [engine, peers]);

  // This user's place; what changed before the chunk arrived is sent once it is there.
  const local = useRef<LocalPresence>({ focus: null, dragging: null });
  const waiting = useRef<Partial<LocalPresence> | undefined>(undefined);
  const report = useCallback(
    (change: Partial<LocalPresence>) => {
      if (!engine) {
        waiting.current = { ...waiting.current, ...change };
        return;
      }
      const next = { ...local.current, ...change };
      if (engine.sameJson(next, local.current)) return;
      local.current = next;
      latest.current.presence?.onLocalChange?.(next);
    },
    [engine],
  );
  useEffect(() => {
    if (!engine || !waiting.current) return;
    const change = waiting.current;
    waiting.current = undefined;
    report(change);
  }, [engine, report]);

  return {
    /** The people at an item (focused on it or a part of it, dragging it or over it). */
    peersAt: useCallback((id: string) => byItem.get(id) ?? NO_PEERS, [byItem]),
    /** Reports what this user has focused (`null` when focus left the component). */
    setFocus: useCallback((focus: PresenceFocus | null) => report({ focus }), [report]),
    /** Reports what this user is dragging (`null` when the drag ended). */
    setDragging: useCallback((dragging: PresenceDrag | null) => report({ dragging }), [report]),
  };
}
