import { sameJson } from '@tandem/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PresenceMessages } from './presence-messages';
import type {
  LocalPresence,
  PresenceDrag,
  PresenceFocus,
  PresenceOptions,
  PresencePeer,
} from './presence-types';

// Places and peers are compared with sameJson, whatever the order of their keys: a host's
// objects and parsed awareness states need not agree on it.

/** What every place nobody is at gets: one constant, so memoised rows keep their props. */
export const NO_PEERS: readonly PresencePeer[] = Object.freeze([]);

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

const placesOf = (peer: PresencePeer) =>
  [peer.focus, peer.dragging?.item, peer.dragging?.over].filter((p) => p != null);

/**
 * Other people, grouped by the item they are at: `peersAt(id)` keeps one array identity for as
 * long as the people at that item and where they are stay the same, and gives {@link NO_PEERS}
 * to items nobody is at, so a peer moving between two rows re-renders only those two. Announces
 * (politely, through `announce`) when someone focuses or picks up something new, not on every
 * awareness update. `setFocus` and `setDragging` report this user's own, deduplicated.
 *
 * @example
 * const presence = usePresence({ presence: props.presence, itemOf: (p) => ('rowId' in p ? p.rowId : undefined), nameOf, messages, announce });
 * <MatrixRow peers={presence.peersAt(row.id)} … />
 */
export function usePresence(options: UsePresenceOptions) {
  const peers = options.presence?.peers ?? NO_PEERS;
  const latest = useRef(options);
  latest.current = options;

  const groups = useRef(new Map<string, readonly PresencePeer[]>());
  const byItem = useMemo(() => {
    const next = new Map<string, PresencePeer[]>();
    for (const peer of peers)
      for (const id of new Set(placesOf(peer).map((p) => latest.current.itemOf(p)))) {
        if (id === undefined) continue;
        const group = next.get(id);
        if (group) group.push(peer);
        else next.set(id, [peer]);
      }
    const kept = new Map<string, readonly PresencePeer[]>();
    for (const [id, group] of next) {
      const before = groups.current.get(id);
      kept.set(id, before && sameJson(before, group) ? before : group);
    }
    groups.current = kept;
    return kept;
  }, [peers]);

  // Where each person was at the last announcement, so only a move is heard.
  const heard = useRef(new Map<string | number, { focus: unknown; item: unknown }>());
  useEffect(() => {
    const { nameOf, messages, announce } = latest.current;
    const said: string[] = [];
    const seen = new Map<string | number, { focus: unknown; item: unknown }>();
    for (const peer of peers) {
      const now = { focus: peer.focus ?? null, item: peer.dragging?.item ?? null };
      const before = heard.current.get(peer.id);
      seen.set(peer.id, now);
      const names = (place: PresenceFocus) => {
        const words = nameOf(place);
        return words && { name: peer.name, team: peer.partyName ?? '', place: words };
      };
      const moved = now.item && !sameJson(before?.item, now.item) && names(now.item);
      const focused = now.focus && !sameJson(before?.focus, now.focus) && names(now.focus);
      if (moved) said.push(messages.peerMoving(moved));
      else if (focused) said.push(messages.peerEditing(focused));
    }
    heard.current = seen;
    if (said.length > 0) announce(said.join(' '));
  }, [peers]);

  const local = useRef<LocalPresence>({ focus: null, dragging: null });
  const report = useCallback((change: Partial<LocalPresence>) => {
    const next = { ...local.current, ...change };
    if (sameJson(next, local.current)) return;
    local.current = next;
    latest.current.presence?.onLocalChange?.(next);
  }, []);

  return {
    /** The people at an item (focused on it or a part of it, dragging it or over it). */
    peersAt: useCallback((id: string) => byItem.get(id) ?? NO_PEERS, [byItem]),
    /** Reports what this user has focused (`null` when focus left the component). */
    setFocus: useCallback((focus: PresenceFocus | null) => report({ focus }), [report]),
    /** Reports what this user is dragging (`null` when the drag ended). */
    setDragging: useCallback((dragging: PresenceDrag | null) => report({ dragging }), [report]),
  };
}

/**
 * The people among `peers` whose focus or drag target is `place`, and those dragging it.
 *
 * @example
 * peersOn(rowPeers, { kind: 'cell', rowId: 'backup', partyId: 'msp' }).at.map((p) => p.name);
 */
export function peersOn(peers: readonly PresencePeer[], place: PresenceFocus) {
  const on = (other: PresenceFocus | null | undefined) => other != null && sameJson(other, place);
  return {
    at: peers.filter((peer) => on(peer.focus) || on(peer.dragging?.over)),
    dragging: peers.filter((peer) => on(peer.dragging?.item)),
  };
}
