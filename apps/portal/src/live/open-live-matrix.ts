import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
  bindMatrix,
  type MatrixBinding,
  type MatrixUpdate,
  type Peer,
  type Presence,
  type PresenceFocus,
  readPeers,
  setPresence,
  writeMatrix,
} from '@tandem/collab';
import type { Matrix, MatrixChange } from '@tandem/core';
import * as Y from 'yjs';
import type { LiveSession } from './live-session';

// One person's side of the live session, without React: a Y.Doc bound to the matrix, kept in
// step with the collab server by a Hocuspocus provider and in this browser by a local copy
// (IndexedDB), so edits made offline survive a reload and merge when the server is back. The
// page reads it through useSyncExternalStore; the tests drive it from Node.

/** Where the session stands with the server. */
export type LiveStatus =
  /** Reaching the server, or waiting for its copy of the room. */
  | 'connecting'
  /** In step with everyone else in the room. */
  | 'live'
  /** The server is out of reach: edits stay in this browser and merge on reconnect. */
  | 'offline'
  /** The server turned the token away. */
  | 'refused';

/** What the live page shows, as one immutable value per change. */
export interface LiveMatrixSnapshot {
  readonly status: LiveStatus;
  /** The server's reason, once it has refused the token. */
  readonly refusal: string | undefined;
  /** The server granted read-only access: this page's edits reach nobody. */
  readonly readOnlyGrant: boolean;
  /** The shared matrix; `undefined` until the local copy or the server has handed it over. */
  readonly matrix: Matrix | undefined;
  /** Everyone else in the room whose presence parses. */
  readonly peers: readonly Peer[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Where every session starts, and what a page shows before it has one. */
export const CONNECTING: LiveMatrixSnapshot = {
  status: 'connecting',
  refusal: undefined,
  readOnlyGrant: false,
  matrix: undefined,
  peers: [],
  canUndo: false,
  canRedo: false,
};

/** A copy of the doc kept in the browser (y-indexeddb's `IndexeddbPersistence` fits). */
export interface LocalCopy {
  readonly whenSynced: Promise<unknown>;
  destroy(): unknown;
}

/** What {@link openLiveMatrix} needs besides the session. */
export interface OpenLiveMatrixOptions {
  /** The room's first matrix, when the server has none yet (the portal's PSA draft). */
  readonly seed: () => Matrix;
  /** Every change of the shared matrix, whoever made it. */
  readonly onUpdate?: (update: MatrixUpdate) => void;
  /** Keeps the doc in this browser under `name`; none in Node. */
  readonly keepLocally?: (name: string, doc: Y.Doc) => LocalCopy;
  /** Node has no global WebSocket before 22: the tests pass `ws`'s. */
  readonly WebSocketPolyfill?: unknown;
}

/** One person's live matrix: read it, subscribe to it, edit, undo their own edits, point. */
export interface LiveMatrix {
  readonly getSnapshot: () => LiveMatrixSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Applies this person's changes to the shared matrix (refused for a read-only person). */
  readonly apply: (changes: readonly MatrixChange[]) => ReturnType<MatrixBinding['apply']>;
  /** Undoes this person's last edit only, never the other team's. */
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  /** Shares what this person has focused (`null` for nothing). */
  readonly focus: (place: PresenceFocus | null) => void;
  /** Shares what this person has focused and is dragging, as the matrix editor reports it. */
  readonly share: (local: Pick<Presence, 'focus' | 'dragging'>) => void;
  readonly destroy: () => void;
}

/**
 * Joins the live session: connects to the collab server with the person's token, keeps a local
 * copy, shares the person's presence, and seeds the room from `seed()` if the server has no
 * matrix for it yet.
 *
 * @example
 * const live = openLiveMatrix(session, { seed: () => draft, keepLocally: (name, doc) => new IndexeddbPersistence(name, doc) });
 * live.apply([{ type: 'renameRow', rowId: 'backup', name: 'Backup management' }]);
 */
export function openLiveMatrix(session: LiveSession, options: OpenLiveMatrixOptions): LiveMatrix {
  const { person } = session;
  const doc = new Y.Doc();
  const binding = bindMatrix(doc);
  const listeners = new Set<() => void>();
  let snapshot = CONNECTING;
  const update = (next: Partial<LiveMatrixSnapshot>) => {
    snapshot = {
      ...snapshot,
      matrix: binding.getMatrix(),
      canUndo: binding.canUndo(),
      canRedo: binding.canRedo(),
      ...next,
    };
    for (const listener of listeners) listener();
  };
  binding.subscribe((change) => {
    options.onUpdate?.(change);
    update({});
  });

  // Each person keeps their own copy: two people in one browser never hand each other edits.
  const local = options.keepLocally?.(`tandem-portal:${session.room}:${person.id}`, doc);
  void local?.whenSynced.then(() => update({}));

  const socket = new HocuspocusProviderWebsocket({
    url: session.url,
    // Back within five seconds of the server, not the default thirty.
    maxDelay: 5000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: session.room,
    document: doc,
    token: session.token,
  });
  // A provider given its own socket leaves attaching to the caller.
  provider.attach();
  provider.on('status', ({ status }: { status: string }) => {
    if (snapshot.status === 'refused') return;
    if (status === 'disconnected') update({ status: 'offline' });
    else if (snapshot.status === 'offline') update({ status: 'connecting' });
  });
  // Hocuspocus names the scope `readonly` or `read-write`.
  provider.on('authenticated', ({ scope }: { scope: string }) =>
    update({ readOnlyGrant: scope === 'readonly' }),
  );
  provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
    update({ status: 'refused', refusal: reason }),
  );
  provider.on('synced', () => {
    // Only once the server's copy is in: seeding before it would race the room's real content.
    if (binding.getMatrix() === undefined && !person.readOnly) {
      const seed = options.seed();
      doc.transact(() => writeMatrix(doc, undefined, seed), 'tandem:seed');
    }
    update({ status: 'live', refusal: undefined });
  });

  const awareness = provider.awareness;
  if (awareness) {
    setPresence(awareness, {
      user: { name: person.name, partyId: person.partyId, color: person.color },
      focus: null,
    });
    awareness.on('change', () => update({ peers: readPeers(awareness) }));
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply(changes) {
      if (person.readOnly)
        return {
          ok: false,
          error: {
            code: 'invalid_change',
            message: `${person.name} may only read this matrix.`,
            changeIndex: 0,
            path: [0],
          },
        };
      return binding.apply(changes);
    },
    undo: () => binding.undo(),
    redo: () => binding.redo(),
    focus(place) {
      if (awareness) setPresence(awareness, { focus: place });
    },
    share(local) {
      if (awareness) setPresence(awareness, local);
    },
    destroy() {
      listeners.clear();
      binding.destroy();
      provider.destroy();
      socket.destroy();
      local?.destroy();
      doc.destroy();
    },
  };
}
