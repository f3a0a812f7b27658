import { sameJson } from '@tandem/core';
import type { CSSProperties } from 'react';
import type { PresenceMessages } from './presence-messages';
import type { PresenceFocus, PresencePeer } from './presence-types';

// The part of presence that only a collaborating host needs, in its own chunk: grouping other
// people by item, wording their moves, and marking the places they are at. `usePresence` loads
// it when a component is given `presence`; a host that never collaborates never downloads it.
// Places and peers are compared with sameJson, whatever the order of their keys: a host's
// objects and parsed awareness states need not agree on it.

export { sameJson };

const placesOf = (peer: PresencePeer) =>
  [peer.focus, peer.dragging?.item, peer.dragging?.over].filter((p) => p != null);

/**
 * Other people by the item they are at, keeping `before`'s array for every item whose people
 * (and where they are) did not change, so memoised rows keep their props.
 *
 * @example
 * const groups = groupPeers(peers, (place) => ('rowId' in place ? place.rowId : undefined), new Map());
 */
export function groupPeers(
  peers: readonly PresencePeer[],
  itemOf: (place: PresenceFocus) => string | undefined,
  before: ReadonlyMap<string, readonly PresencePeer[]>,
): Map<string, readonly PresencePeer[]> {
  const next = new Map<string, PresencePeer[]>();
  for (const peer of peers)
    for (const id of new Set(placesOf(peer).map(itemOf))) {
      if (id === undefined) continue;
      const group = next.get(id);
      if (group) group.push(peer);
      else next.set(id, [peer]);
    }
  const kept = new Map<string, readonly PresencePeer[]>();
  for (const [id, group] of next) {
    const previous = before.get(id);
    kept.set(id, previous && sameJson(previous, group) ? previous : group);
  }
  return kept;
}

/** Where a person was at the last announcement. */
export interface HeardPlace {
  readonly focus: unknown;
  readonly item: unknown;
}

/**
 * What to announce about `peers` given where each was last heard: a pick-up, else a new focus,
 * per person; and where everyone is now, for the next call.
 *
 * @example
 * const { said, heard } = peerAnnouncements(peers, before, nameOf, messages);
 * if (said.length > 0) announce(said.join(' '));
 */
export function peerAnnouncements(
  peers: readonly PresencePeer[],
  before: ReadonlyMap<string | number, HeardPlace>,
  nameOf: (place: PresenceFocus) => string | undefined,
  messages: PresenceMessages,
) {
  const said: string[] = [];
  const heard = new Map<string | number, HeardPlace>();
  for (const peer of peers) {
    const now = { focus: peer.focus ?? null, item: peer.dragging?.item ?? null };
    const last = before.get(peer.id);
    heard.set(peer.id, now);
    const names = (place: PresenceFocus) => {
      const words = nameOf(place);
      return words && { name: peer.name, team: peer.partyName ?? '', place: words };
    };
    const moved = now.item && !sameJson(last?.item, now.item) && names(now.item);
    const focused = now.focus && !sameJson(last?.focus, now.focus) && names(now.focus);
    if (moved) said.push(messages.peerMoving(moved));
    else if (focused) said.push(messages.peerEditing(focused));
  }
  return { said, heard };
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

/**
 * The attributes and name tags of a place with people at it (see `peerMarks`); `undefined`
 * when none of `peers` is at `place` itself.
 *
 * @example
 * const marks = markPlace(rowPeers, { kind: 'row', rowId: 'backup' }, messages, 'tandem-peer');
 */
export function markPlace(
  peers: readonly PresencePeer[],
  place: PresenceFocus,
  messages: PresenceMessages,
  tagClass: string | undefined,
) {
  const { at, dragging } = peersOn(peers, place);
  const first = dragging[0] ?? at[0];
  if (!first) return undefined;
  const tag = (peer: PresencePeer, text: string) => (
    <span
      key={peer.id}
      className={tagClass}
      data-peer-tag=""
      aria-hidden="true"
      style={peer.color ? ({ '--tandem-peer-color': peer.color } as CSSProperties) : undefined}
    >
      {text}
    </span>
  );
  return {
    attributes: {
      'data-peer': dragging.length > 0 ? ('dragging' as const) : ('focus' as const),
      style: first.color ? ({ '--tandem-peer-color': first.color } as CSSProperties) : undefined,
    },
    tags: [
      ...dragging.map((peer) => tag(peer, messages.pickedUpBy(peer.name))),
      ...at.filter((peer) => !dragging.includes(peer)).map((peer) => tag(peer, peer.name)),
    ],
  };
}
