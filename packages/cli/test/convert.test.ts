import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMatrixDocument } from '@tandem/core/io';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_FIXTURES, tandem, tempFolder } from './run-tandem';

const seed = `${CORE_FIXTURES}ownership-seed-001.csv`;
const temp = tempFolder();
afterAll(temp.remove);

function documentAt(path: string) {
  const result = parseMatrixDocument(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.matrix;
}

describe('tandem convert', () => {
  it('carries a matrix from CSV through xlsx to a JSON document unchanged', async () => {
    const direct = join(temp.dir, 'direct.json');
    const book = join(temp.dir, 'seed.xlsx');
    const viaBook = join(temp.dir, 'via-book.json');
    expect((await tandem(['convert', seed, direct])).code).toBe(0);
    expect((await tandem(['convert', seed, book])).code).toBe(0);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
    expect((await tandem(['convert', book, viaBook])).code).toBe(0);
    const matrix = documentAt(direct);
    expect(matrix.rows).toHaveLength(14);
    expect(documentAt(viaBook).rows).toEqual(matrix.rows);
  });

  it('renders Markdown and HTML to stdout with --to', async () => {
    const markdown = await tandem(['convert', seed, '-', '--to', 'md']);
    expect(markdown.stdout).toMatch(/^\| Category \| Activity \| Internal \| MSP \|/);
    const html = await tandem(['convert', seed, '-', '--to', 'html']);
    expect(html.stdout).toContain('<table');
  });

  it('writes nothing and exits 1 when the input cannot be read', async () => {
    const out = join(temp.dir, 'empty.json');
    const run = await tandem(['convert', '-', out, '--from', 'csv'], '\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stdin:A1: error: the CSV is empty.');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for an output name that says no format', async () => {
    const run = await tandem(['convert', seed, join(temp.dir, 'matrix.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --to (csv, tsv, xlsx, json, md, html)');
  });
});
