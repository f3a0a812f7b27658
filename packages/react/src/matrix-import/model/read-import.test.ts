import { matrixToXlsx, xlsxToTable } from '@tandem/core/xlsx';
import { describe, expect, it } from 'vitest';
import { metadataCsv } from '../stories/import-fixtures';
import { decodeText, isWorkbook, readImport } from './read-import';

describe('readImport', () => {
  it('reads CSV text, detects its layout and reports each stage', async () => {
    const stages: string[] = [];
    const read = await readImport(metadataCsv, 'm.csv', { onStage: (s) => stages.push(s) });
    expect(stages).toEqual(['bytes', 'sheet', 'layout']);
    expect(read?.ok && read.detection.layout.columns.map((c) => c.role)).toEqual([
      'id',
      'function',
      'notes',
      'notes',
      'party',
      'party',
    ]);
  });

  it('resolves to null when aborted between stages, and reads nothing more', async () => {
    const controller = new AbortController();
    const stages: string[] = [];
    const pending = readImport(metadataCsv, 'm.csv', {
      signal: controller.signal,
      onStage: (s) => stages.push(s),
    });
    controller.abort();
    await expect(pending).resolves.toBeNull();
    expect(stages).toEqual(['bytes']);
  });

  it('refuses a source past maxBytes before reading it', async () => {
    const blob = new Blob(['x'.repeat(2048)]);
    const read = await readImport(blob, 'big.csv', { maxBytes: 1024 });
    expect(read).toEqual({
      ok: false,
      failure: { code: 'too_large', limit: 0.1, found: 0.1, issues: [] },
    });
  });

  it('refuses binary bytes that are neither CSV nor a workbook', async () => {
    const read = await readImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'x.csv');
    expect(read?.ok === false && read.failure.code).toBe('not_spreadsheet');
  });

  it('counts rows up to the last filled one against maxRows', async () => {
    const read = await readImport('a,b\n1,2\n3,4\n\n\n', 'm.csv', { maxRows: 3 });
    expect(read?.ok).toBe(true);
    const over = await readImport('a,b\n1,2\n3,4\n5,6\n', 'm.csv', { maxRows: 3 });
    expect(over?.ok === false && over.failure).toMatchObject({ code: 'too_many_rows', found: 4 });
  });

  it('hands a zip to the xlsx reader, whose typed issue comes back as rejected', async () => {
    const read = await readImport(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), 'x.xlsx');
    expect(read?.ok === false && read.failure.code).toBe('rejected');
    expect(read?.ok === false && read.failure.issues[0]?.code).toBe('corrupt_workbook');
  });
});

describe('decodeText', () => {
  it('reads UTF-16 by its byte-order mark and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]))).toBe('a,b');
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
  });
});

describe('isWorkbook', () => {
  it('knows a workbook by its zip or Compound File magic, or by its name', () => {
    expect(isWorkbook(new Uint8Array([0x50, 0x4b]), 'a.bin')).toBe(true);
    expect(isWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'a.bin')).toBe(true);
    expect(isWorkbook(new Uint8Array([0x61]), 'a.xlsx')).toBe(true);
    expect(isWorkbook(new Uint8Array([0x61]), 'a.csv')).toBe(false);
  });
});

describe('readImport with a host workbook reader', () => {
  it('hands the bytes and the limits to it and takes its sheet and names', async () => {
    const seen: unknown[] = [];
    const read = await readImport(new Uint8Array([0x50, 0x4b, 3, 4]), 'w.xlsx', {
      maxRows: 10,
      sheet: 'RACI',
      readWorkbook: async (bytes, options) => {
        seen.push(bytes.length, options);
        const value = {
          rows: [
            ['Function', 'IT', 'MSP'],
            ['Backups', 'A', 'R'],
          ],
          name: 'RACI',
        };
        return { result: { ok: true, value, warnings: [] }, sheets: ['Intro', 'RACI'] };
      },
    });
    expect(seen).toEqual([4, { maxBytes: 10 * 1024 * 1024, maxRows: 10, sheet: 'RACI' }]);
    expect(read?.ok && read.kind).toBe('xlsx');
    expect(read?.ok && read.sheets).toEqual(['Intro', 'RACI']);
  });
});

describe('readImport with the default workbook reader', () => {
  const workbook = () =>
    matrixToXlsx({
      variant: 'raci',
      parties: [
        { id: 'it', name: 'Internal IT', side: 'internal' },
        { id: 'msp', name: 'MSP', side: 'provider' },
      ],
      categories: [{ id: 'ops', name: 'Operations' }],
      rows: Array.from({ length: 400 }, (_, index) => ({
        id: `row-${index}`,
        name: `Task ${index}`,
        categoryId: 'ops',
        kind: 'task' as const,
        cells: { it: { roles: ['A' as const] }, msp: { roles: ['R' as const] } },
      })),
    }).bytes;

  it('reads a workbook in slices to the same sheet as the one-call reader', async () => {
    const bytes = workbook();
    const read = await readImport(bytes, 'matrix.xlsx');
    const whole = xlsxToTable(bytes);
    expect(read?.ok && read.kind).toBe('xlsx');
    expect(whole.ok).toBe(true);
    expect(read?.ok && read.table.rows).toEqual(whole.ok && whole.value.rows);
    expect(read?.ok && read.detection.layout.columns.length).toBeGreaterThan(2);
  });

  it('resolves null, not a failure, when aborted while the workbook is read', async () => {
    const controller = new AbortController();
    const read = readImport(workbook(), 'matrix.xlsx', {
      signal: controller.signal,
      onStage: (stage) => {
        if (stage === 'sheet') queueMicrotask(() => controller.abort());
      },
    });
    await expect(read).resolves.toBeNull();
  });
});
