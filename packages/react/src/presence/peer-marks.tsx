import type { PresenceMessages } from './presence-messages';
import type { PresenceFocus, PresencePeer } from './presence-types';
import { NO_PEERS, presenceEngine } from './use-presence';

/**
 * How a place shows the people at it: attributes for the element (`data-peer="focus"` or
 * `"dragging"`, the first person's colour as `--tandem-peer-color`) and their name tags, hidden
 * from screen readers (the component announces moves instead). Nothing when nobody is there.
 * Only `usePresence` hands out people, and only once the presence chunk has loaded, so places
 * with people at them can read it without waiting.
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
  return presenceEngine.peek()?.markPlace(peers, place, messages, tagClass) ?? NONE;
}

const NONE = { attributes: { 'data-peer': undefined, style: undefined }, tags: null };
