import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { type Matrix, parseMatrix } from '@tandem/core';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { bindMatrix } from './bind-matrix';
import { MATRIX_TYPES } from './matrix-doc';
import { readPeers, setPresence } from './presence';
import { type CollabServer, startCollabServer } from './server';
import { starter } from './test-support/starter';

// A real Hocuspocus server on loopback and real providers over WebSockets: what a portal and the
// other team's browser do, minus the browser.

const open: Array<{ destroy: () => void }> = [];
let server: CollabServer | undefined;

afterEach(async () => {
  for (const item of open.splice(0)) item.destroy();
  await server?.stop();
  server = undefined;
});

function connect(url: string, room: string) {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; browsers use their own.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc });
  // A provider given its own socket leaves attaching to the caller.
  provider.attach();
  open.push(provider, socket);
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    else provider.on('synced', () => resolve());
  });
  return { doc, provider, synced };
}

/** The internal team and the MSP in one room, synced, each with a binding. */
async function bothTeams(url: string, room: string) {
  const a = connect(url, room);
  const b = connect(url, room);
  await Promise.all([a.synced, b.synced]);
  const internal = bindMatrix(a.doc);
  const msp = bindMatrix(b.doc);
  open.push(internal, msp);
  return { internal, msp };
}

/** Resolves once `check()` holds, polling the event loop; fails after `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the room to settle');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('startCollabServer', () => {
  it('seeds a new room from the host store and hands both clients the same matrix', async () => {
    const loaded: string[] = [];
    server = await startCollabServer({
      loadMatrix: (room) => {
        loaded.push(room);
        return starter;
      },
    });
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const { internal, msp } = await bothTeams(server.url, 'northwind');
    expect(internal.getMatrix()).toEqual(starter);
    expect(msp.getMatrix()).toEqual(starter);
    expect(loaded).toEqual(['northwind']);
  });

  it('merges concurrent edits of both teams and stores one valid matrix', async () => {
    const stored: Matrix[] = [];
    server = await startCollabServer({
      debounce: 20,
      loadMatrix: () => starter,
      storeMatrix: (_room, matrix) => {
        stored.push(matrix);
      },
    });
    const { internal, msp } = await bothTeams(server.url, 'room');

    // Sent at once, before either has heard the other's.
    const moved = internal.apply([
      { type: 'moveRows', rowIds: ['patching'], categoryId: 'helpdesk', index: 0 },
    ]);
    const edited = msp.apply([
      { type: 'setCell', rowId: 'patching', partyId: 'it', cell: { roles: ['C'] } },
    ]);
    expect(moved.ok && edited.ok).toBe(true);

    await until(() => {
      const one = internal.getMatrix();
      const other = msp.getMatrix();
      return (
        JSON.stringify(one) === JSON.stringify(other) &&
        one?.rows.find((row) => row.id === 'patching')?.cells.it?.roles[0] === 'C'
      );
    });
    const merged = internal.getMatrix();
    expect(merged?.rows[0]?.id).toBe('patching');
    expect(merged?.rows[0]?.categoryId).toBe('helpdesk');
    expect(parseMatrix(merged).ok).toBe(true);

    await until(() => JSON.stringify(stored.at(-1)) === JSON.stringify(merged));

    // Undo is per user: the MSP undoing its edit leaves the internal team's move in place.
    expect(msp.undo()).toBe(true);
    await until(() => internal.getMatrix()?.rows[0]?.cells.it?.roles.join() === 'A,I');
    expect(internal.getMatrix()?.rows[0]?.id).toBe('patching');
    expect(internal.canUndo()).toBe(true);
  });

  it('shares presence between the two teams and drops a peer that leaves', async () => {
    server = await startCollabServer({ loadMatrix: () => starter });
    const a = connect(server.url, 'room');
    const b = connect(server.url, 'room');
    await Promise.all([a.synced, b.synced]);
    const awarenessA = a.provider.awareness;
    const awarenessB = b.provider.awareness;
    if (!awarenessA || !awarenessB) throw new Error('providers have awareness');

    setPresence(awarenessB, { user: { name: 'Sam', partyId: 'msp', color: '#0b7285' } });
    setPresence(awarenessB, { focus: { kind: 'cell', rowId: 'patching', partyId: 'it' } });
    await until(() => readPeers(awarenessA).some((peer) => peer.focus?.kind === 'cell'));
    expect(readPeers(awarenessA)).toEqual([
      {
        clientId: b.doc.clientID,
        user: { name: 'Sam', partyId: 'msp', color: '#0b7285' },
        focus: { kind: 'cell', rowId: 'patching', partyId: 'it' },
      },
    ]);

    b.provider.destroy();
    await until(() => readPeers(awarenessA).length === 0);
  });

  it('reports a room whose document does not hold a valid matrix instead of storing it', async () => {
    const invalid: string[] = [];
    const stored: string[] = [];
    server = await startCollabServer({
      debounce: 20,
      storeMatrix: (room) => {
        stored.push(room);
      },
      onInvalid: (room, issues) => {
        invalid.push(`${room}: ${issues.length > 0}`);
      },
    });
    const a = connect(server.url, 'broken');
    await a.synced;
    const binding = bindMatrix(a.doc, { initial: starter });
    open.push(binding);
    // A peer that writes a row whose category does not exist (a bad client, not the binding).
    a.doc.transact(() => {
      const rows = a.doc.getMap(MATRIX_TYPES.rows) as Y.Map<Y.Map<unknown>>;
      rows.get('patching')?.set('categoryId', 'nowhere');
    });
    await until(() => invalid.length > 0);
    expect(invalid[0]).toBe('broken: true');
  });
});
