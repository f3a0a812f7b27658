import type { Matrix } from '@tandem/core';
import { matrixToXlsx } from '@tandem/core/xlsx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  keepScreenshot,
  mouseDrag,
  type PortalSession,
  saveSummary,
  startPortal,
  textMatches,
} from './portal-session';

let portal: PortalSession;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.close());

const CARD = /^User onboarding and offboarding/;
const lane = (page: Page, name: RegExp) => page.getByRole('region', { name });
const cardIn = (page: Page, laneName: RegExp) =>
  lane(page, laneName).getByRole('button', { name: CARD });

async function openLanes(path = '/?latency=0#/matrix') {
  const session = await portal.open(path);
  await session.page.getByRole('button', { name: 'Lanes', exact: true }).click();
  await cardIn(session.page, /^Internal/).waitFor();
  return session;
}

/** Moves the card to the Joint lane with the keyboard: Space, arrow right, Space. */
async function keyboardMoveToJoint(page: Page) {
  await cardIn(page, /^Internal/).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(150);
  await page.keyboard.press('Space');
  await cardIn(page, /^Joint/).waitFor();
}

describe('editing and saving the matrix', () => {
  it('drags a row card between lanes with the pointer, undoes, redoes, saves and finds it after a reload', async () => {
    const { page, context, problems } = await openLanes();
    await mouseDrag(page, cardIn(page, /^Internal/), lane(page, /^MSP/));
    await cardIn(page, /^MSP/).waitFor();
    await textMatches(saveSummary(page), /unsaved changes? to the matrix/);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await cardIn(page, /^Internal/).waitFor();
    await textMatches(saveSummary(page), /^Version 7/);

    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await cardIn(page, /^MSP/).waitFor();
    await page.getByRole('button', { name: 'Save matrix' }).click();
    await textMatches(saveSummary(page), /Saved as version 8/);

    await page.reload();
    await page.getByRole('button', { name: 'Lanes', exact: true }).click();
    await cardIn(page, /^MSP/).waitFor();
    await textMatches(saveSummary(page), /^Version 8, saved by Dana Whitfield/);
    await page.goto(`${portal.origin}/?latency=0#/audit`);
    await page
      .getByRole('cell', { name: /User onboarding and offboarding/ })
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves a card with the keyboard alone and undoes with Ctrl+Z', async () => {
    const { page, context, problems } = await openLanes();
    await keyboardMoveToJoint(page);
    const announced = await page.locator('[aria-live]').allTextContents();
    expect(announced.join(' ')).toMatch(/User onboarding and offboarding/);
    await cardIn(page, /^Joint/).focus();
    await page.keyboard.press('Control+z');
    await cardIn(page, /^Internal/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps every edit when a save fails with 500, and a retry saves them', async () => {
    const { page, context, problems } = await openLanes();
    await keyboardMoveToJoint(page);
    await page.getByRole('checkbox', { name: /server error \(500\)/ }).check();
    await page.getByRole('button', { name: 'Save matrix' }).click();
    const alert = page.getByRole('alert');
    await textMatches(alert, /did not save your changes \(500\).*kept in this browser/s);
    await keepScreenshot(page, 'save-failed-500');
    await cardIn(page, /^Joint/).waitFor();
    await textMatches(saveSummary(page), /unsaved changes? to the matrix/);

    await page.getByRole('checkbox', { name: /server error \(500\)/ }).uncheck();
    await alert.getByRole('button', { name: 'Retry save' }).click();
    await textMatches(saveSummary(page), /Saved as version 8/);
    expect(await page.getByRole('alert').count()).toBe(0);
    // The failed save is the only thing that went wrong, and the browser logged it.
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^console: .*500/),
        expect.stringMatching(/^HTTP 500/),
      ]),
    );
    await context.close();
  });

  it('keeps edits made offline across a reload, then saves them', async () => {
    const { page, context } = await openLanes();
    await page.getByRole('checkbox', { name: /Offline/ }).check();
    await keyboardMoveToJoint(page);
    await page.getByRole('button', { name: 'Save matrix' }).click();
    await textMatches(page.getByRole('alert'), /You are offline/);

    // The switch lives in the page: a reload comes back online, with the draft restored.
    await page.reload();
    await textMatches(
      saveSummary(page),
      /unsaved changes? to the matrix\. Restored from your last visit/,
    );
    await page.getByRole('button', { name: 'Lanes', exact: true }).click();
    await cardIn(page, /^Joint/).waitFor();
    await page.getByRole('button', { name: 'Save matrix' }).click();
    await textMatches(saveSummary(page), /Saved as version 8/);
    await context.close();
  });

  it('shows what a colleague changed on a 409 and saves the edits on top of theirs', async () => {
    const { page, context } = await openLanes();
    await keyboardMoveToJoint(page);
    await page.getByRole('checkbox', { name: /colleague saves first/ }).check();
    await page.keyboard.press('Control+s');
    const alert = page.getByRole('alert');
    await textMatches(alert, /saved version 8 after the version 7/);
    const theirs = alert.getByRole('list', { name: 'Changes saved by others' });
    await textMatches(theirs, /Backup management and quarterly restore tests/);
    await keepScreenshot(page, 'save-conflict-409');
    await alert.getByRole('button', { name: /Apply my changes on their version/ }).click();
    await textMatches(saveSummary(page), /Saved as version 9/);
    await cardIn(page, /^Joint/).waitFor();
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page
      .getByRole('rowheader', { name: /Backup management and quarterly restore tests/ })
      .waitFor();
    await context.close();
  });
});

const CSV = `Category,Activity,Internal IT,Northwind service desk,Acme Printers
Helpdesk and support,Printer fleet,A,R,C
Helpdesk and support,Password resets,A,"R, Q",
Security,Phishing training,"R,A",C,
`;

const WORKBOOK_MATRIX: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'internal-it', name: 'Internal IT', side: 'internal' },
    { id: 'northwind', name: 'Northwind service desk', side: 'provider' },
  ],
  categories: [{ id: 'backup', name: 'Backup and DR' }],
  rows: [
    {
      id: 'restore-tests',
      name: 'Quarterly restore tests',
      categoryId: 'backup',
      kind: 'task',
      cells: { 'internal-it': { roles: ['A'] }, northwind: { roles: ['R'] } },
    },
  ],
};

describe('spreadsheets', () => {
  it('imports a CSV dropped on the page, shows its warnings, and undoes the import', async () => {
    const { page, context, problems } = await portal.open('/?latency=0#/matrix');
    const grid = page.getByRole('grid', { name: /Responsibility matrix/ });
    await grid.waitFor();
    const dropZone = page.locator('.matrix-files');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'contoso-matrix.csv', { type: 'text/csv' }));
      return transfer;
    }, CSV);
    await dropZone.dispatchEvent('dragenter', { dataTransfer });
    await dropZone.dispatchEvent('dragover', { dataTransfer });
    await dropZone.dispatchEvent('drop', { dataTransfer });

    // The import dialog shows how the sheet was read; Import takes it in as one edit.
    const dialog = page.getByRole('dialog', { name: 'Import contoso-matrix.csv' });
    await textMatches(dialog, /3 rows, 3 parties/);
    await keepScreenshot(page, 'csv-import-dialog');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const report = page.getByRole('status').filter({ hasText: 'Imported contoso-matrix.csv' });
    await textMatches(report, /3 rows, 3 parties\. 2 warnings/);
    const warnings = report.getByRole('list', { name: 'Import warnings' });
    await textMatches(warnings, /Cell E1: "Acme Printers" is not one of the given parties/);
    await textMatches(warnings, /Cell D3: "R, Q"/);
    await page.getByRole('rowheader', { name: /Printer fleet/ }).waitFor();
    await keepScreenshot(page, 'csv-imported');
    await textMatches(saveSummary(page), /unsaved changes to the matrix/);

    await report.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('rowheader', { name: /Tier 1 helpdesk/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Printer fleet/ }).count()).toBe(0);
    await textMatches(saveSummary(page), /^Version 7/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts over from a template as one undoable edit', async () => {
    const { page, context } = await portal.open('/?latency=0#/matrix');
    await page.getByRole('grid', { name: /Responsibility matrix/ }).waitFor();
    await page
      .getByLabel('Start over from a template')
      .selectOption({ label: 'Help-desk overflow' });
    await page.getByRole('button', { name: 'Use template' }).click();
    const report = page.getByRole('status').filter({ hasText: 'Started from the template' });
    await textMatches(report, /Help-desk overflow/);
    await textMatches(saveSummary(page), /unsaved changes to the matrix/);
    await report.getByRole('button', { name: 'Undo', exact: true }).click();
    await textMatches(saveSummary(page), /^Version 7/);
    await context.close();
  });

  it('refuses a file that is neither CSV nor xlsx and leaves the matrix as it was', async () => {
    const { page, context } = await portal.open('/?latency=0#/matrix');
    await page.getByRole('grid', { name: /Responsibility matrix/ }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    const dialog = page.getByRole('dialog', { name: 'Import photo.png' });
    await textMatches(
      dialog.getByRole('alert'),
      /photo\.png is neither a CSV nor an xlsx workbook/,
    );
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await textMatches(saveSummary(page), /^Version 7/);
    await context.close();
  });

  it('imports an xlsx workbook chosen with the button', async () => {
    const { page, context, problems } = await portal.open('/?latency=0#/matrix');
    await page.getByRole('grid', { name: /Responsibility matrix/ }).waitFor();
    const { bytes } = matrixToXlsx(WORKBOOK_MATRIX, { sheetName: 'Contoso' });
    await page.locator('input[type=file]').setInputFiles({
      name: 'contoso.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    const dialog = page.getByRole('dialog', { name: 'Import contoso.xlsx' });
    await textMatches(dialog, /1 row, 2 parties/);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await textMatches(
      page.getByRole('status').filter({ hasText: 'Imported contoso.xlsx' }),
      /1 rows?, 2 parties/,
    );
    await page.getByRole('rowheader', { name: /Quarterly restore tests/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
