/**
 * The names a presence announcement is worded with: who, their team (empty when unknown) and
 * the place, as the user sees it.
 *
 * @example
 * const names: PeerPlaceNames = { name: 'Sam', team: 'Northwind MSP', place: 'Backup management' };
 */
export interface PeerPlaceNames {
  readonly name: string;
  readonly team: string;
  readonly place: string;
}

/**
 * The words every component shows and announces about other people; part of each component's
 * `messages`.
 *
 * @example
 * const fr: Partial<PresenceMessages> = { pickedUpBy: (name) => `pris par ${name}` };
 */
export interface PresenceMessages {
  /** Announced when someone focuses a new place. */
  peerEditing: (names: PeerPlaceNames) => string;
  /** Announced when someone picks something up. */
  peerMoving: (names: PeerPlaceNames) => string;
  /** The tag on something another person is dragging. */
  pickedUpBy: (name: string) => string;
}

const who = ({ name, team }: PeerPlaceNames) => (team ? `${name} from ${team}` : name);

/**
 * English presence words.
 *
 * @example
 * englishPresenceMessages.peerEditing({ name: 'Sam', team: 'Northwind MSP', place: 'Backup management' });
 * // 'Sam from Northwind MSP is editing Backup management.'
 */
export const englishPresenceMessages: PresenceMessages = {
  peerEditing: (names) => `${who(names)} is editing ${names.place}.`,
  peerMoving: (names) => `${who(names)} is moving ${names.place}.`,
  pickedUpBy: (name) => `picked up by ${name}`,
};
