import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileLineBatches } from './file-batches';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-file-batches-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('fileLineBatches', () => {
  it('cuts a file into batches of whole lines, numbered from 1, that join back into the file', async () => {
    const line = fc.string({ maxLength: 40 }).map((text) => text.replaceAll('\n', ' '));
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (lines, lastBreak, target) => {
          const text = lines.join('\n') + (lastBreak && lines.length > 0 ? '\n' : '');
          const path = join(dir, 'lines.ndjson');
          await writeFile(path, text);
          const file = await open(path);
          const spares: ArrayBuffer[] = [];
          const parts: string[] = [];
          let nextLine = 1;
          try {
            for await (const batch of fileLineBatches(file, target, () => spares.pop())) {
              const part = Buffer.from(batch.bytes).toString();
              expect(batch.firstLine).toBe(nextLine);
              nextLine += batch.lines;
              parts.push(part);
              // Whole lines: only the file's last batch may end without a line break.
              if (parts.join('').length < Buffer.byteLength(text))
                expect(part.endsWith('\n')).toBe(true);
              // The batch's buffer comes back, as a worker hands it back, for a later batch.
              spares.push((batch.bytes.buffer as ArrayBuffer).slice(0));
            }
          } finally {
            await file.close();
          }
          expect(parts.join('')).toBe(text);
          const counted = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
          expect(nextLine - 1).toBe(counted);
        },
      ),
      { numRuns: 150 },
    );
  });
});
