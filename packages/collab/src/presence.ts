import { sameJson } from '@tandem/core';
import type { Awareness } from 'y-protocols/awareness';
import * as z from 'zod';

// Who is here and what they are pointing at, through Yjs's awareness protocol. Remote states are
// untrusted: each is parsed, and one that does not parse is left out rather than shown half.

const focusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), rowId: z.string(), partyId: z.string() }),
  z.object({ kind: z.literal('row'), rowId: z.string() }),
  z.object({ kind: z.literal('party'), partyId: z.string() }),
  z.object({ kind: z.literal('step'), stepId: z.string() }),
  // The escalation flow and routing table: an edge of the policy graph, a routing rule.
  z.object({ kind: z.literal('transition'), transitionId: z.string() }),
  z.object({ kind: z.literal('rule'), ruleId: z.string() }),
  z.object({ kind: z.literal('ticket'), ticketId: z.string() }),
]);

const presenceSchema = z.object({
  user: z.object({
    name: z.string().min(1).max(120),
    /** The matrix party the person works for, to show which team is looking. */
    partyId: z.string().optional(),
    color: z.string().max(64).optional(),
  }),
  focus: focusSchema.nullable().optional(),
  /** What the person is dragging: the item and, once over one, the place it would land. */
  dragging: z
    .object({ item: focusSchema, over: focusSchema.nullable().optional() })
    .nullable()
    .optional(),
});

/** What a person shares about themselves: who, and what they have focused or are dragging. */
export type Presence = z.infer<typeof presenceSchema>;
/**
 * A place in a document someone can focus or drag: a matrix cell, row or party; a policy step or
 * transition; a routing rule; a ticket.
 */
export type PresenceFocus = z.infer<typeof focusSchema>;

/** Another person in the room, by their Yjs client id. */
export interface Peer extends Presence {
  readonly clientId: number;
}

const FIELD = 'tandem';

/**
 * Shares this user's presence (or updates part of it) with everyone in the room.
 *
 * @example
 * setPresence(provider.awareness, { user: { name: 'Dana (MSP NOC)', partyId: 'msp', color: '#0b7285' } });
 * setPresence(provider.awareness, { focus: { kind: 'cell', rowId: 'backup', partyId: 'msp' } });
 */
export function setPresence(awareness: Awareness, presence: Partial<Presence>): void {
  const previous = (awareness.getLocalState()?.[FIELD] ?? {}) as Partial<Presence>;
  awareness.setLocalStateField(FIELD, { ...previous, ...presence });
}

/**
 * The other people in the room whose presence parses, in client-id order (stable between
 * renders); this user is left out.
 *
 * @example
 * provider.awareness.on('change', () => setPeers(readPeers(provider.awareness)));
 */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const parsed = presenceSchema.safeParse(state?.[FIELD]);
    if (parsed.success) peers.push({ ...parsed.data, clientId });
  });
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/**
 * The people focusing (or dragging over) a place, for outlining it with their names.
 *
 * @example
 * peersAt(peers, { kind: 'cell', rowId: 'backup', partyId: 'msp' }).map((p) => p.user.name);
 */
export function peersAt(peers: readonly Peer[], place: PresenceFocus): Peer[] {
  const same = (focus: PresenceFocus | null | undefined) => focus != null && sameJson(focus, place);
  return peers.filter((peer) => same(peer.focus) || same(peer.dragging?.over));
}

/**
 * The people dragging a place (a step of the flow, a row, a rule), for showing it as picked up
 * by them; {@link peersAt} gives those focusing it or dragging something over it.
 *
 * @example
 * peersDragging(peers, { kind: 'step', stepId: 'soc' }).map((p) => p.user.name); // ['Sam']
 */
export function peersDragging(peers: readonly Peer[], item: PresenceFocus): Peer[] {
  return peers.filter((peer) => peer.dragging != null && sameJson(peer.dragging.item, item));
}

/**
 * A peer as `@tandem/react`'s components take it (their `presence.peers`): flat, with the name
 * of the person's party for announcements ("Sam from Northwind MSP is editing …"). Structural,
 * so this package needs nothing from the React one.
 */
export interface PresencePeerView {
  readonly id: number;
  readonly name: string;
  readonly color?: string | undefined;
  readonly partyName?: string | undefined;
  readonly focus?: PresenceFocus | null | undefined;
  readonly dragging?: Presence['dragging'];
}

/**
 * The peers for a component's `presence` prop, their party ids named from `parties` (the
 * matrix's; a party not in it leaves the team unnamed).
 *
 * @example
 * <ResponsibilityMatrix value={matrix} presence={{ peers: toPresencePeers(readPeers(awareness), matrix.parties) }} />
 */
export function toPresencePeers(
  peers: readonly Peer[],
  parties: readonly { readonly id: string; readonly name: string }[] = [],
): PresencePeerView[] {
  return peers.map((peer) => ({
    id: peer.clientId,
    name: peer.user.name,
    color: peer.user.color,
    partyName: parties.find((party) => party.id === peer.user.partyId)?.name,
    focus: peer.focus,
    dragging: peer.dragging,
  }));
}
