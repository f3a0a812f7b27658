import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoServer, startDemoServer } from '@tandem/collab-server';
import { parseMatrix } from '@tandem/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { currentMatrixJson } from '../mocks/data/matrix';
import { readLiveSession } from './live-session';
import { type LiveMatrix, openLiveMatrix } from './open-live-matrix';

// The live session as the page runs it, minus React and IndexedDB: the real collab server on
// a free loopback port with its SQLite file in a temporary folder.

const parsed = parseMatrix(currentMatrixJson);
if (!parsed.ok) throw new Error('the demo matrix parses');
const demoMatrix = parsed.value;

let folder: string;
let server: DemoServer | undefined;
const open: LiveMatrix[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tandem-portal-live-'));
});
afterEach(async () => {
  for (const live of open.splice(0)) live.destroy();
  await server?.stop();
  server = undefined;
  rmSync(folder, { recursive: true, force: true });
});

async function start() {
  server = await startDemoServer(
    { port: 0, dbPath: join(folder, 'rooms.sqlite'), debounceMs: 10 },
    { onRefused: () => {} },
  );
  return server.url;
}

function joinAs(url: string, search: string) {
  const session = readLiveSession(`${search}&collab=${url}`, undefined);
  if (!session) throw new Error(`no session in ${search}`);
  const live = openLiveMatrix(session, { seed: () => demoMatrix, WebSocketPolyfill: WebSocket });
  open.push(live);
  return live;
}

const until = <T>(read: () => T, expected: T) =>
  expect.poll(read, { timeout: 5000, interval: 10 }).toEqual(expected);
const rowName = (live: LiveMatrix, rowId: string) =>
  live.getSnapshot().matrix?.rows.find((row) => row.id === rowId)?.name;
const firstRowId = demoMatrix.rows[0]?.id ?? '';
const secondRowId = demoMatrix.rows[1]?.id ?? '';

// Two cores shared with the rest of CI: the polls wait five seconds, the tests twenty.
describe('openLiveMatrix', { timeout: 20_000 }, () => {
  it('seeds an empty room, and both teams see each other and each other’s edits', async () => {
    const url = await start();
    const dana = joinAs(url, '?as=dana');
    await until(() => dana.getSnapshot().status, 'live');
    expect(dana.getSnapshot().matrix).toEqual(demoMatrix);
    const sam = joinAs(url, '?as=sam');
    await until(() => sam.getSnapshot().matrix, demoMatrix);

    await until(
      () => dana.getSnapshot().peers.map((peer) => peer.user.name),
      ['Sam Okafor (Northwind MSP)'],
    );
    sam.focus({ kind: 'row', rowId: firstRowId });
    await until(() => dana.getSnapshot().peers[0]?.focus, { kind: 'row', rowId: firstRowId });

    expect(dana.apply([{ type: 'renameRow', rowId: firstRowId, name: 'Renamed by Dana' }]).ok).toBe(
      true,
    );
    await until(() => rowName(sam, firstRowId), 'Renamed by Dana');
  });

  it("undoes only this person's edit", async () => {
    const url = await start();
    const dana = joinAs(url, '?as=dana');
    await until(() => dana.getSnapshot().status, 'live');
    const sam = joinAs(url, '?as=sam');
    await until(() => sam.getSnapshot().status, 'live');
    dana.apply([{ type: 'renameRow', rowId: firstRowId, name: 'Dana’s name' }]);
    sam.apply([{ type: 'renameRow', rowId: secondRowId, name: 'Sam’s name' }]);
    await until(() => rowName(dana, secondRowId), 'Sam’s name');
    await until(() => rowName(sam, firstRowId), 'Dana’s name');
    expect(sam.getSnapshot().canUndo).toBe(true);

    expect(sam.undo()).toBe(true);
    await until(() => rowName(dana, secondRowId), demoMatrix.rows[1]?.name);
    expect(rowName(dana, firstRowId)).toBe('Dana’s name');
    expect(rowName(sam, firstRowId)).toBe('Dana’s name');
    expect(sam.getSnapshot().canRedo).toBe(true);
  });

  it('keeps a read-only grant’s edits on its own page, and reports a refused token', async () => {
    const url = await start();
    const dana = joinAs(url, '?as=dana');
    await until(() => dana.getSnapshot().status, 'live');
    // A page that thinks it is Dana's but holds the auditor's token.
    const forged = joinAs(url, '?as=dana&token=demo-auditor');
    await until(() => forged.getSnapshot().readOnlyGrant, true);
    await until(() => forged.getSnapshot().status, 'live');
    forged.apply([{ type: 'renameRow', rowId: firstRowId, name: 'Forged' }]);
    dana.apply([{ type: 'renameRow', rowId: secondRowId, name: 'From Dana' }]);
    await until(() => rowName(forged, secondRowId), 'From Dana');
    expect(rowName(dana, firstRowId)).toBe(demoMatrix.rows[0]?.name);

    const auditor = joinAs(url, '?as=auditor');
    await until(() => auditor.getSnapshot().status, 'live');
    expect(auditor.apply([{ type: 'renameRow', rowId: firstRowId, name: 'x' }]).ok).toBe(false);

    const stranger = joinAs(url, '?as=sam&token=stolen');
    await until(() => stranger.getSnapshot().status, 'refused');
    expect(stranger.getSnapshot().refusal).toBeTypeOf('string');
    expect(stranger.getSnapshot().matrix).toBeUndefined();
  });
});
