import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoServer, startDemoServer } from '@tandem/collab-server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  keepScreenshot,
  type PortalPage,
  type PortalSession,
  startPortal,
  textMatches,
} from './portal-session';

// Live co-editing as two people do it: the built portal in two Chromium contexts (two
// browsers, in effect: each has its own storage and IndexedDB), as Dana and as Sam, against the
// real collab server on a loopback port with its SQLite file in a temporary folder.

const ROOM = 'contoso/matrix';
const LEADERSHIP = 1; // the Leadership column, the demo matrix's second party

let portal: PortalSession;
let folder: string;
let collab: DemoServer | undefined;
let port = 0;
const refused: string[] = [];

async function startCollab() {
  collab = await startDemoServer(
    { port, dbPath: join(folder, 'rooms.sqlite'), debounceMs: 50 },
    { onRefused: (refusal) => refused.push(refusal.kind) },
  );
  // Restarts come back on the same port, so open pages reconnect by themselves.
  port = collab.port;
}
async function stopCollab() {
  await collab?.stop();
  collab = undefined;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tandem-portal-live-e2e-'));
  await startCollab();
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
  await stopCollab();
  rmSync(folder, { recursive: true, force: true });
});

const liveStatus = (page: Page) =>
  page.getByRole('region', { name: 'Live session' }).getByRole('status');

/** The portal's matrix page in the live session, as `as` (with `extra` query parameters). */
async function openAs(as: string, extra = ''): Promise<PortalPage> {
  // Each test finds the server running, even after one that failed while it was stopped.
  if (!collab) await startCollab();
  const collabUrl = encodeURIComponent(`ws://127.0.0.1:${port}`);
  const session = await portal.open(`/?latency=0&as=${as}&collab=${collabUrl}${extra}#/matrix`);
  await session.page.getByRole('grid', { name: /Responsibility matrix/ }).waitFor();
  return session;
}
const untilLive = (page: Page) => textMatches(liveStatus(page), /^Live:/);

const row = (page: Page, name: RegExp) => page.getByRole('row', { name });
/** Toggles a letter in a row's Leadership cell with the keyboard, as the editor offers. */
async function toggleLeadership(page: Page, rowName: RegExp, letter: string) {
  const cell = row(page, rowName).getByRole('gridcell').nth(LEADERSHIP);
  await cell.focus();
  await page.keyboard.press(letter);
}
const leadershipChip = (page: Page, rowName: RegExp, role: string) =>
  row(page, rowName).getByRole('button', { name: `${role}, held by Leadership` });
/** Waits until the page shows (or no longer shows) the chip. */
const shows = async (page: Page, rowName: RegExp, role: string, count: 0 | 1) =>
  expect.poll(() => leadershipChip(page, rowName, role).count(), { timeout: 10_000 }).toBe(count);

const TIER1 = /Tier 1 helpdesk/;
const ONBOARDING = /User onboarding and offboarding/;
const ONSITE = /On-site visits/;
const BACKUP = /Backup management/;

describe('live co-editing in two browsers', () => {
  it("shows each team's edits to the other, undoes only one's own, and saves the merged matrix", async () => {
    const dana = await openAs('dana');
    const sam = await openAs('sam');
    await untilLive(dana.page);
    await untilLive(sam.page);
    const here = dana.page.getByRole('region', { name: 'Who is here' });
    await textMatches(here, /Sam Okafor \(Northwind MSP\)/);

    await toggleLeadership(dana.page, TIER1, 'c');
    await shows(sam.page, TIER1, 'Consulted', 1);
    await toggleLeadership(sam.page, ONBOARDING, 'i');
    await shows(dana.page, ONBOARDING, 'Informed', 1);
    // Sam's focus shows in Dana's list of who is here.
    await textMatches(here, /Sam Okafor \(Northwind MSP\) · on User onboarding and offboarding/);

    // Undo in Sam's page takes back Sam's letter, everywhere, and leaves Dana's.
    await sam.page.getByRole('button', { name: 'Undo my last edit' }).click();
    await shows(dana.page, ONBOARDING, 'Informed', 0);
    await shows(sam.page, ONBOARDING, 'Informed', 0);
    await shows(sam.page, TIER1, 'Consulted', 1);
    await shows(dana.page, TIER1, 'Consulted', 1);
    // Ctrl+Z in Dana's grid is Dana's undo; Redo brings it back.
    await row(dana.page, TIER1).getByRole('gridcell').nth(LEADERSHIP).focus();
    await dana.page.keyboard.press('Control+z');
    await shows(sam.page, TIER1, 'Consulted', 0);
    await dana.page.getByRole('button', { name: 'Redo my edit' }).click();
    await shows(sam.page, TIER1, 'Consulted', 1);

    // The PSA save sends the merged matrix, with If-Match, as before.
    const saveBar = dana.page.getByRole('region', { name: 'Saving the matrix' });
    await textMatches(saveBar.getByRole('status'), /unsaved changes? to the matrix/);
    await saveBar.getByRole('button', { name: 'Save matrix' }).click();
    await textMatches(saveBar.getByRole('status'), /Saved as version 8/);

    expect(await axeViolations(sam.page)).toEqual([]);
    await keepScreenshot(sam.page, 'live-sam');
    expect(dana.problems).toEqual([]);
    expect(sam.problems).toEqual([]);
    await dana.context.close();
    await sam.context.close();
  });

  it('comes back from SQLite after a server restart', async () => {
    const dana = await openAs('dana');
    await untilLive(dana.page);
    await toggleLeadership(dana.page, ONSITE, 'i');
    await shows(dana.page, ONSITE, 'Informed', 1);
    // Once stored (50 ms after the edit settles), nobody keeps the room but the server's file.
    await expect.poll(() => collab?.rooms(), { timeout: 10_000 }).toEqual([ROOM]);
    await dana.page.waitForTimeout(300);
    await dana.context.close();
    await stopCollab();
    await startCollab();

    const sam = await openAs('sam');
    await untilLive(sam.page);
    await shows(sam.page, ONSITE, 'Informed', 1);
    await sam.context.close();
  });

  it('keeps edits made offline across a reload and merges them when the server is back', async () => {
    const dana = await openAs('dana');
    const sam = await openAs('sam');
    await untilLive(dana.page);
    await untilLive(sam.page);
    await stopCollab();
    await textMatches(liveStatus(dana.page), /^Offline/);

    await toggleLeadership(dana.page, BACKUP, 'c');
    await shows(dana.page, BACKUP, 'Consulted', 1);
    // The reload finds the edit in this browser's IndexedDB; the server is still down.
    await dana.page.reload();
    await dana.page.getByRole('grid', { name: /Responsibility matrix/ }).waitFor();
    await shows(dana.page, BACKUP, 'Consulted', 1);
    await shows(sam.page, BACKUP, 'Consulted', 0);

    await startCollab();
    await untilLive(dana.page);
    await untilLive(sam.page);
    await shows(sam.page, BACKUP, 'Consulted', 1);
    await dana.context.close();
    await sam.context.close();
  });

  it("drops a read-only token's edits and refuses an unknown token", async () => {
    const sam = await openAs('sam');
    await untilLive(sam.page);
    // A page that believes it is Dana's but holds the auditor's token.
    const forged = await openAs('dana', '&token=demo-auditor');
    await untilLive(forged.page);
    await textMatches(forged.page.getByRole('alert'), /read-only access/);
    await toggleLeadership(forged.page, ONSITE, 'a');
    await shows(forged.page, ONSITE, 'Accountable', 1);
    // Sam's next edit reaches the forged page, so the auditor's would have reached Sam by now.
    await toggleLeadership(sam.page, TIER1, 'i');
    await shows(forged.page, TIER1, 'Informed', 1);
    await shows(sam.page, ONSITE, 'Accountable', 0);

    // The auditor's own page is read-only, and still sees every edit.
    const auditor = await openAs('auditor');
    await untilLive(auditor.page);
    await expect
      .poll(() => auditor.page.locator('.tandem-matrix').getAttribute('data-state'))
      .toBe('read-only');
    // Read-only letters are images named by their role, in the Leadership cell.
    await expect
      .poll(
        () =>
          row(auditor.page, TIER1)
            .getByRole('gridcell')
            .nth(LEADERSHIP)
            .getByRole('img', { name: 'Informed' })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);

    const stranger = await openAs('sam', '&token=stolen');
    await textMatches(liveStatus(stranger.page), /refused this session/);
    expect(refused).toContain('unauthenticated');
    for (const session of [sam, forged, auditor, stranger]) await session.context.close();
  });
});
