// Who the portal co-edits as, and where: `?as=dana` or `?as=sam` opens the matrix in the live
// session on the collab server, as that person with that person's demo token. Pure, so every
// query string is tested without a browser.

/** A person the demo can co-edit as, with the demo token the collab server knows them by. */
export interface LivePerson {
  readonly id: 'dana' | 'sam' | 'auditor';
  readonly name: string;
  readonly token: string;
  /** The matrix party the person works for, shared in their presence. */
  readonly partyId: string;
  readonly color: string;
  /** Reads only: the editor is read-only, and the server drops the token's writes anyway. */
  readonly readOnly: boolean;
}

/**
 * The demo's people: Dana on Contoso's internal IT team, Sam at Northwind MSP, and an auditor
 * who may only read. Their tokens are the collab server's demo tokens.
 *
 * @example
 * livePeople.sam.name; // 'Sam Okafor (Northwind MSP)'
 */
export const livePeople = {
  dana: {
    id: 'dana',
    name: 'Dana Whitfield (Contoso IT)',
    token: 'demo-dana',
    partyId: 'internal-it',
    color: '#1c5d99',
    readOnly: false,
  },
  sam: {
    id: 'sam',
    name: 'Sam Okafor (Northwind MSP)',
    token: 'demo-sam',
    partyId: 'msp-desk',
    color: '#0b7285',
    readOnly: false,
  },
  auditor: {
    id: 'auditor',
    name: 'Avery Stone (Contoso audit)',
    token: 'demo-auditor',
    partyId: 'leadership',
    color: '#862e9c',
    readOnly: true,
  },
} as const satisfies Record<string, LivePerson>;

/** The collab server's address when nothing else says: start.sh's default port. */
export const DEFAULT_COLLAB_URL = 'ws://127.0.0.1:1234';
/** Contoso's matrix: the collab server opens a room per customer and document. */
export const LIVE_ROOM = 'contoso/matrix';

/** A live co-editing session: who, with which token, on which server and room. */
export interface LiveSession {
  readonly person: LivePerson;
  /** The person's token, unless the query gave another (to try what the server refuses). */
  readonly token: string;
  readonly url: string;
  readonly room: string;
  /** The person on the other side of the engagement, for "open as the other team". */
  readonly other: LivePerson;
}

const isPerson = (id: string): id is keyof typeof livePeople => Object.hasOwn(livePeople, id);
const isSocketUrl = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'ws:' || url.protocol === 'wss:';
  } catch {
    return false;
  }
};

/**
 * Reads the live session from a query string: `as` (`dana`, `sam` or `auditor`) turns it on;
 * `collab` (a `ws://` or `wss://` address) names the server, else `defaultUrl` (the dev server's
 * `VITE_TANDEM_COLLAB_URL`), else {@link DEFAULT_COLLAB_URL}; `token` replaces the person's token.
 * Without a known `as`, there is no live session and the matrix page edits a draft as before.
 *
 * @example
 * readLiveSession('?as=sam', undefined)?.person.name; // 'Sam Okafor (Northwind MSP)'
 */
export function readLiveSession(
  search: string,
  defaultUrl: string | undefined,
): LiveSession | undefined {
  const params = new URLSearchParams(search);
  const as = params.get('as') ?? '';
  if (!isPerson(as)) return undefined;
  const person: LivePerson = livePeople[as];
  const collab = params.get('collab') ?? '';
  const url = isSocketUrl(collab)
    ? collab
    : defaultUrl && isSocketUrl(defaultUrl)
      ? defaultUrl
      : DEFAULT_COLLAB_URL;
  const token = params.get('token') || person.token;
  return {
    person,
    token,
    url,
    room: LIVE_ROOM,
    other: person.id === 'sam' ? livePeople.dana : livePeople.sam,
  };
}

/**
 * The same page as another person: the query string with `as` changed, everything else kept
 * (the server's address, the PSA mock's switches) except a replaced token, which was this
 * person's.
 *
 * @example
 * searchAs('?as=dana&latency=0', 'sam'); // '?as=sam&latency=0'
 */
export function searchAs(search: string, id: LivePerson['id']): string {
  const params = new URLSearchParams(search);
  params.set('as', id);
  params.delete('token');
  return `?${params.toString()}`;
}
