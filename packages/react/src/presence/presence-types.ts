// Plain shapes for showing other people in a shared document. Structural, so the React package
// stays free of Yjs: `@tandem/collab`'s `toPresencePeers` gives these from its awareness peers,
// and any other transport (Liveblocks, a WebSocket of one's own) can fill them in directly.

/**
 * A place someone can focus or drag: a matrix cell, row or party; a policy step or transition;
 * a routing rule; a ticket.
 *
 * @example
 * const place: PresenceFocus = { kind: 'cell', rowId: 'backup', partyId: 'msp' };
 */
export type PresenceFocus =
  | { readonly kind: 'cell'; readonly rowId: string; readonly partyId: string }
  | { readonly kind: 'row'; readonly rowId: string }
  | { readonly kind: 'party'; readonly partyId: string }
  | { readonly kind: 'step'; readonly stepId: string }
  | { readonly kind: 'transition'; readonly transitionId: string }
  | { readonly kind: 'rule'; readonly ruleId: string }
  | { readonly kind: 'ticket'; readonly ticketId: string };

/**
 * What someone is dragging, and once over one, the place it would land.
 *
 * @example
 * const drag: PresenceDrag = { item: { kind: 'row', rowId: 'backup' }, over: { kind: 'row', rowId: 'patching' } };
 */
export interface PresenceDrag {
  readonly item: PresenceFocus;
  readonly over?: PresenceFocus | null | undefined;
}

/**
 * Another person in the document.
 *
 * @example
 * const sam: PresencePeer = { id: 7, name: 'Sam', partyName: 'Northwind MSP', color: '#0b7285', focus: { kind: 'row', rowId: 'backup' } };
 */
export interface PresencePeer {
  /** Stable for the person's session (a Yjs client id, a connection id). */
  readonly id: string | number;
  readonly name: string;
  /** Their outline and name tag colour, any CSS colour; the theme's when absent. */
  readonly color?: string | undefined;
  /** Their team, for announcements: "Sam from Northwind MSP is editing …". */
  readonly partyName?: string | undefined;
  readonly focus?: PresenceFocus | null | undefined;
  readonly dragging?: PresenceDrag | null | undefined;
}

/**
 * What this user has focused and is dragging, as a component reports it.
 *
 * @example
 * const local: LocalPresence = { focus: { kind: 'step', stepId: 'noc' }, dragging: null };
 */
export interface LocalPresence {
  readonly focus: PresenceFocus | null;
  readonly dragging: PresenceDrag | null;
}

/**
 * The `presence` prop of the matrix editor, the escalation flow, the SLA queue and timeline:
 * the other people to show (outlined with their colour and name, announced politely), and
 * where to send this user's own focus and drags. Both sides are optional.
 *
 * @example
 * <ResponsibilityMatrix
 *   value={matrix}
 *   presence={{ peers: toPresencePeers(readPeers(awareness), matrix.parties), onLocalChange: (local) => setPresence(awareness, local) }}
 * />
 */
export interface PresenceOptions {
  readonly peers?: readonly PresencePeer[] | undefined;
  /** Called when this user's focus or drag changes, never twice with the same value. */
  readonly onLocalChange?: ((local: LocalPresence) => void) | undefined;
}
