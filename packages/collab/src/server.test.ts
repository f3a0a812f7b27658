import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { type Matrix, parseMatrix } from '@tandem/core';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { bindMatrix } from './bind-matrix';
import { bindPolicy } from './bind-policy';
import { bindRouting } from './bind-routing';
import { MATRIX_TYPES } from './matrix-doc';
import { POLICY_TYPES } from './policy-doc';
import { readPeers, setPresence } from './presence';
import { type CollabServer, type RoomEscalation, startCollabServer } from './server';
import { policy, routing } from './test-support/escalation';
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

function connect(url: string, room: string, token?: string) {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; browsers use their own.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    ...(token === undefined ? {} : { token }),
  });
  // A provider given its own socket leaves attaching to the caller.
  provider.attach();
  open.push(provider, socket);
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    else provider.on('synced', () => resolve());
  });
  const failed = new Promise<string>((resolve) => {
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason));
  });
  return { doc, provider, socket, synced, failed };
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

/** Vitest's own polling: waits until `check()` holds, failing after five seconds. */
const untilTrue = (check: () => boolean) =>
  expect.poll(check, { timeout: 5000, interval: 10 }).toBe(true);

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

    await untilTrue(() => {
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

    await untilTrue(() => JSON.stringify(stored.at(-1)) === JSON.stringify(merged));

    // Undo is per user: the MSP undoing its edit leaves the internal team's move in place.
    expect(msp.undo()).toBe(true);
    await untilTrue(() => internal.getMatrix()?.rows[0]?.cells.it?.roles.join() === 'A,I');
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
    await untilTrue(() => readPeers(awarenessA).some((peer) => peer.focus?.kind === 'cell'));
    expect(readPeers(awarenessA)).toEqual([
      {
        clientId: b.doc.clientID,
        user: { name: 'Sam', partyId: 'msp', color: '#0b7285' },
        focus: { kind: 'cell', rowId: 'patching', partyId: 'it' },
      },
    ]);

    b.provider.destroy();
    await untilTrue(() => readPeers(awarenessA).length === 0);
  });

  it('reports a room whose document does not hold a valid matrix instead of storing it', async () => {
    const invalid: string[] = [];
    const stored: string[] = [];
    server = await startCollabServer({
      debounce: 20,
      storeMatrix: (room) => {
        stored.push(room);
      },
      onRefused: (refusal) => {
        if (refusal.kind === 'invalid')
          invalid.push(`${refusal.room}: ${refusal.issues.length > 0}`);
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
    await untilTrue(() => invalid.length > 0);
    expect(invalid[0]).toBe('broken: true');
  });
});

describe('startCollabServer with parties and persistence', () => {
  const tokens: Record<string, { partyId: string; readOnly?: boolean }> = {
    'dana-token': { partyId: 'it' },
    'sam-token': { partyId: 'msp' },
    'auditor-token': { partyId: 'it', readOnly: true },
  };
  const authenticate = (token: string, room: string) => {
    const access = tokens[token];
    if (!access || room !== 'contoso') throw new Error(`no access to ${room} for this token`);
    return access;
  };

  it('refuses an unknown token with a logged reason and keeps the room working', async () => {
    const refusals: string[] = [];
    server = await startCollabServer({
      loadMatrix: () => starter,
      authenticate,
      onRefused: (refusal) => {
        if (refusal.kind === 'unauthenticated') refusals.push(refusal.reason);
      },
    });
    const stranger = connect(server.url, 'contoso', 'stolen');
    await expect(stranger.failed).resolves.toBeTypeOf('string');
    expect(refusals).toEqual(['no access to contoso for this token']);
    const otherCustomer = connect(server.url, 'fabrikam', 'sam-token');
    await otherCustomer.failed;
    expect(refusals).toHaveLength(2);

    const dana = connect(server.url, 'contoso', 'dana-token');
    await dana.synced;
    expect(bindMatrix(dana.doc).getMatrix()).toEqual(starter);
  });

  it("drops a read-only party's writes while it still sees everyone else's", async () => {
    server = await startCollabServer({ loadMatrix: () => starter, authenticate });
    const dana = connect(server.url, 'contoso', 'dana-token');
    const auditor = connect(server.url, 'contoso', 'auditor-token');
    await Promise.all([dana.synced, auditor.synced]);
    const writer = bindMatrix(dana.doc);
    const reader = bindMatrix(auditor.doc);
    open.push(writer, reader);

    reader.apply([{ type: 'renameRow', rowId: 'backup', name: 'Changed by the auditor' }]);
    writer.apply([{ type: 'renameRow', rowId: 'patching', name: 'Patch management' }]);
    await untilTrue(
      () => reader.getMatrix()?.rows.some((row) => row.name === 'Patch management') === true,
    );
    // The writer heard the server's copy: the auditor's rename never reached it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writer.getMatrix()?.rows.find((row) => row.id === 'backup')?.name).toBe('Backup');
    const late = connect(server.url, 'contoso', 'sam-token');
    await late.synced;
    expect(
      bindMatrix(late.doc)
        .getMatrix()
        ?.rows.find((row) => row.id === 'backup')?.name,
    ).toBe('Backup');
  });

  it('comes back after a restart with every edit, and never persists an invalid matrix', async () => {
    const saved = new Map<string, Uint8Array>();
    const persistence = {
      fetch: (room: string) => saved.get(room) ?? null,
      store: (room: string, state: Uint8Array) => {
        saved.set(room, state);
      },
    };
    server = await startCollabServer({ debounce: 10, loadMatrix: () => starter, persistence });
    const dana = connect(server.url, 'contoso');
    await dana.synced;
    const binding = bindMatrix(dana.doc);
    binding.apply([{ type: 'renameRow', rowId: 'patching', name: 'Patch management' }]);
    await untilTrue(() => saved.has('contoso'));
    const before = saved.get('contoso');
    // Then a bad client's write: a row in a category that does not exist.
    dana.doc.transact(() => {
      const rows = dana.doc.getMap(MATRIX_TYPES.rows) as Y.Map<Y.Map<unknown>>;
      rows.get('backup')?.set('categoryId', 'nowhere');
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(saved.get('contoso')).toBe(before);
    for (const item of open.splice(0)) item.destroy();
    await server.stop();

    server = await startCollabServer({ loadMatrix: () => undefined, persistence });
    const again = connect(server.url, 'contoso');
    await again.synced;
    const restored = bindMatrix(again.doc).getMatrix();
    expect(restored?.rows.find((row) => row.id === 'patching')?.name).toBe('Patch management');
    expect(restored?.rows.find((row) => row.id === 'backup')?.categoryId).toBe('infra');
  });

  it('survives a malformed update: the sender is dropped, the room goes on', async () => {
    server = await startCollabServer({ loadMatrix: () => starter });
    const dana = connect(server.url, 'contoso');
    const sam = connect(server.url, 'contoso');
    await Promise.all([dana.synced, sam.synced]);
    // A sync "update" message whose update bytes are garbage, in Hocuspocus's framing.
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'contoso');
    encoding.writeVarUint(encoder, 0); // sync
    encoding.writeVarUint(encoder, 2); // update
    encoding.writeVarUint8Array(encoder, new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7]));
    const raw = new WebSocket(server.url);
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(encoding.toUint8Array(encoder));
    await new Promise((resolve) => setTimeout(resolve, 100));
    raw.close();

    const a = bindMatrix(dana.doc);
    const b = bindMatrix(sam.doc);
    open.push(a, b);
    a.apply([{ type: 'renameRow', rowId: 'backup', name: 'Backup management' }]);
    await untilTrue(
      () => b.getMatrix()?.rows.some((row) => row.name === 'Backup management') === true,
    );
    expect(parseMatrix(b.getMatrix()).ok).toBe(true);
  });
});

describe('startCollabServer with an escalation policy and routing table in the room', () => {
  it('seeds a new room with both and stores them checked beside the matrix', async () => {
    const stored: RoomEscalation[] = [];
    server = await startCollabServer({
      debounce: 10,
      loadMatrix: () => starter,
      loadEscalation: () => ({ policy, routing }),
      storeEscalation: (_room, escalation) => {
        stored.push(escalation);
      },
    });
    const a = connect(server.url, 'northwind');
    const b = connect(server.url, 'northwind');
    await Promise.all([a.synced, b.synced]);
    const flow = bindPolicy(a.doc);
    const table = bindRouting(b.doc);
    open.push(flow, table);
    expect(flow.getPolicy()).toEqual(policy);
    expect(table.getRouting()).toEqual(routing);

    flow.apply([{ type: 'moveStep', stepId: 'both', toIndex: 0 }]);
    table.apply([{ type: 'moveRule', ruleId: 'm365', toIndex: 0 }]);
    await untilTrue(
      () =>
        stored.at(-1)?.policy?.steps[0]?.id === 'both' &&
        stored.at(-1)?.routing?.rules[0]?.id === 'm365',
    );
  });

  it('refuses a bad policy write with a logged reason and never persists it', async () => {
    const saved = new Map<string, Uint8Array>();
    const refusals: string[] = [];
    const persistence = {
      fetch: (room: string) => saved.get(room) ?? null,
      store: (room: string, state: Uint8Array) => {
        saved.set(room, state);
      },
    };
    server = await startCollabServer({
      debounce: 10,
      loadMatrix: () => starter,
      loadEscalation: () => ({ policy }),
      persistence,
      onRefused: (refusal) => {
        if (refusal.kind === 'invalid')
          refusals.push(`${refusal.part}: ${refusal.issues[0]?.code}`);
      },
    });
    const dana = connect(server.url, 'contoso');
    await dana.synced;
    const flow = bindPolicy(dana.doc);
    open.push(flow);
    flow.apply([{ type: 'updateStep', stepId: 'eng', patch: { name: 'Northwind NOC' } }]);
    await untilTrue(() => saved.has('contoso'));
    const before = saved.get('contoso');
    // A bad client's write: a step action no policy has.
    dana.doc.transact(() => {
      const steps = dana.doc.getMap(POLICY_TYPES.steps) as Y.Map<Y.Map<unknown>>;
      steps.get('t1')?.set('action', 'explode');
    });
    await untilTrue(() => refusals.length > 0);
    expect(refusals[0]).toBe('policy: invalid_value');
    expect(saved.get('contoso')).toBe(before);
    for (const item of open.splice(0)) item.destroy();
    await server.stop();

    // After a restart the room holds the last valid policy, with the good edit.
    server = await startCollabServer({ persistence });
    const again = connect(server.url, 'contoso');
    await again.synced;
    const restored = bindPolicy(again.doc).getPolicy();
    expect(restored?.steps.find((step) => step.id === 'eng')?.name).toBe('Northwind NOC');
    expect(restored?.steps.find((step) => step.id === 't1')?.action).toBe('assign');
  });
});
