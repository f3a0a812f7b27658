import type { CSSProperties } from 'react';
import type { PresenceMessages } from './presence-messages';
import type { PresenceFocus, PresencePeer } from './presence-types';
import { NO_PEERS, peersOn } from './use-presence';

/**
 * How a place shows the people at it: attributes for the element (`data-peer="focus"` or
 * `"dragging"`, the first person's colour as `--tandem-peer-color`) and their name tags, hidden
 * from screen readers (the component announces moves instead). Nothing when nobody is there.
 *
 * @example
 * const marks = peerMarks(rowPeers, { kind: 'row', rowId: 'backup' }, messages, cls('peer'));
 * <th {...marks.attributes}>Backup{marks.tags}</th>
 */
export function peerMarks(
  peers: readonly PresencePeer[],
  place: PresenceFocus,
  messages: PresenceMessages,
  tagClass: string | undefined,
) {
  if (peers === NO_PEERS) return NONE;
  const { at, dragging } = peersOn(peers, place);
  const first = dragging[0] ?? at[0];
  if (!first) return NONE;
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

const NONE = { attributes: { 'data-peer': undefined, style: undefined }, tags: null };
