import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { bindMatrix } from '@tandem/collab';
import type { CollabRefusal } from '@tandem/collab/server';
import type { Matrix } from '@tandem/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type DemoServer, describeRefusal, startDemoServer } from './demo-server';
import { openRoomStore } from './room-store';

// The real server on a free loopback port with its SQLite file in a temp folder, and real
// providers over WebSockets, as the portal connects.

const ROOM = 'contoso/matrix';

const starter: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'internal-it', name: 'Internal IT', side: 'internal' },
    { id: 'msp-desk', name: 'Northwind service desk', side: 'provider' },
  ],
  categories: [{ id: 'backup-dr', name: 'Backup and disaster recovery' }],
  rows: [
    {
      id: 'backup',
      name: 'Backup',
      categoryId: 'backup-dr',
      kind: 'task',
      cells: { 'internal-it': { roles: ['A'] }, 'msp-desk': { roles: ['R'] } },
    },
  ],
};

let folder: string;
let dbPath: string;
let demo: DemoServer | undefined;
const open: Array<{ destroy: () => void }> = [];
const refusals: CollabRefusal[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tandem-collab-server-'));
  dbPath = join(folder, 'rooms.sqlite');
});

afterEach(async () => {
  for (const item of open.splice(0)) item.destroy();
  await demo?.stop();
  demo = undefined;
  refusals.length = 0;
  rmSync(folder, { recursive: true, force: true });
});

const start = () =>
  startDemoServer(
    { port: 0, dbPath, debounceMs: 10 },
    { onRefused: (refusal) => refusals.push(refusal) },
  );

function connect(url: string, token: string, room = ROOM) {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; browsers use their own.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
  });
  provider.attach();
  open.push(provider, socket);
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  const failed = new Promise<string>((resolve) =>
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
  );
  const disconnected = new Promise<void>((resolve) =>
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') resolve();
    }),
  );
  return { doc, synced, failed, disconnected };
}

const rowName = (matrix: Matrix | undefined, rowId: string) =>
  matrix?.rows.find((row) => row.id === rowId)?.name;

describe('the demo collab server', () => {
  it('listens on loopback only', async () => {
    demo = await start();
    expect(demo.url).toBe(`ws://127.0.0.1:${demo.port}`);
    expect(demo.port).toBeGreaterThan(0);
  });

  it("ends its clients' connections when it stops, so they know to reconnect", async () => {
    demo = await start();
    const dana = connect(demo.url, 'demo-dana');
    await dana.synced;
    await demo.stop();
    demo = undefined;
    await dana.disconnected;
  });

  it('keeps a room in SQLite: after a restart the edits are back', async () => {
    demo = await start();
    const dana = connect(demo.url, 'demo-dana');
    await dana.synced;
    const binding = bindMatrix(dana.doc, { initial: starter });
    open.push(binding);
    expect(
      binding.apply([{ type: 'renameRow', rowId: 'backup', name: 'Backup management' }]).ok,
    ).toBe(true);
    await expect.poll(() => demo?.rooms(), { timeout: 5000 }).toEqual([ROOM]);
    // The edit, not just the seed, reached the file.
    await expect
      .poll(
        () => {
          const store = openRoomStore(dbPath);
          try {
            const doc = new Y.Doc();
            const state = store.fetch(ROOM);
            if (state) Y.applyUpdate(doc, state);
            return rowName(bindMatrix(doc).getMatrix(), 'backup');
          } finally {
            store.close();
          }
        },
        { timeout: 5000 },
      )
      .toBe('Backup management');
    for (const item of open.splice(0)) item.destroy();
    await demo.stop();

    demo = await start();
    const sam = connect(demo.url, 'demo-sam');
    await sam.synced;
    const restored = bindMatrix(sam.doc);
    open.push(restored);
    expect(rowName(restored.getMatrix(), 'backup')).toBe('Backup management');
    expect(restored.getMatrix()?.parties.map((party) => party.id)).toEqual([
      'internal-it',
      'msp-desk',
    ]);
  });

  it("drops the read-only auditor's writes: the others and the file never see them", async () => {
    demo = await start();
    const dana = connect(demo.url, 'demo-dana');
    await dana.synced;
    const writer = bindMatrix(dana.doc, { initial: starter });
    open.push(writer);
    const auditor = connect(demo.url, 'demo-auditor');
    await auditor.synced;
    const reader = bindMatrix(auditor.doc);
    open.push(reader);
    expect(rowName(reader.getMatrix(), 'backup')).toBe('Backup');

    reader.apply([{ type: 'renameRow', rowId: 'backup', name: 'Renamed by the auditor' }]);
    writer.apply([
      { type: 'setCell', rowId: 'backup', partyId: 'msp-desk', cell: { roles: ['R', 'C'] } },
    ]);
    // The auditor still hears Dana's edit…
    await expect
      .poll(() => reader.getMatrix()?.rows[0]?.cells['msp-desk']?.roles.join(), { timeout: 5000 })
      .toBe('R,C');
    // …while its own never reaches Dana, nor a late joiner, nor the file after a restart.
    expect(rowName(writer.getMatrix(), 'backup')).toBe('Backup');
    const sam = connect(demo.url, 'demo-sam');
    await sam.synced;
    expect(rowName(bindMatrix(sam.doc).getMatrix(), 'backup')).toBe('Backup');
    await expect.poll(() => demo?.rooms(), { timeout: 5000 }).toEqual([ROOM]);
    for (const item of open.splice(0)) item.destroy();
    await demo.stop();
    demo = await start();
    const again = connect(demo.url, 'demo-sam');
    await again.synced;
    expect(rowName(bindMatrix(again.doc).getMatrix(), 'backup')).toBe('Backup');
  });

  it('refuses an unknown token and a token for another customer, with the reason logged', async () => {
    demo = await start();
    const stranger = connect(demo.url, 'not-a-token');
    await expect(stranger.failed).resolves.toBeTypeOf('string');
    const fabrikam = connect(demo.url, 'demo-fabrikam');
    await fabrikam.failed;
    expect(refusals.map(describeRefusal)).toEqual([
      'refused a connection to contoso/matrix: unknown token',
      `refused a connection to contoso/matrix: the token of Lee Park (Fabrikam IT) opens fabrikam's rooms only, not "contoso/matrix"`,
    ]);
    // The room goes on for everyone else, and nothing was stored from the refused ones.
    const dana = connect(demo.url, 'demo-dana');
    await dana.synced;
    expect(demo.rooms()).toEqual([]);
  });
});
