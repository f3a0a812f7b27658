import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matrix, Row } from '../matrix/model';
import { matrixArbitrary } from '../test-support/arbitraries';
import { sampleMatrix } from '../test-support/sample-matrix';
import { diffMatrices } from './diff';

const editRow = (matrix: Matrix, id: string, edit: (row: Row) => Row): Matrix => ({
  ...matrix,
  rows: matrix.rows.map((row) => (row.id === id ? edit(row) : row)),
});

describe('diffMatrices', () => {
  it('finds nothing between a matrix and a deep copy of it', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (matrix) => {
        expect(diffMatrices(matrix, structuredClone(matrix)).same).toBe(true);
      }),
    );
  });

  it('lists rows added, removed, renamed and moved, matched by id', () => {
    const [first, second, ...rest] = sampleMatrix.rows as Row[];
    const after: Matrix = {
      ...sampleMatrix,
      rows: [
        { ...(first as Row), name: 'Tier 1 service desk' },
        ...rest.map((row) => (row.id === 'siem' ? { ...row, categoryId: 'helpdesk' } : row)),
        { id: 'new', name: 'New row', categoryId: 'backup', kind: 'task', cells: {} },
      ],
    };
    const diff = diffMatrices(sampleMatrix, after);
    expect(diff.same).toBe(false);
    expect(diff.rows.added.map((row) => row.id)).toEqual(['new']);
    expect(diff.rows.removed).toEqual([second]);
    expect(diff.rows.renamed.map((c) => [c.before.name, c.after.name])).toEqual([
      ['Tier 1 helpdesk', 'Tier 1 service desk'],
    ]);
    expect(diff.rows.moved.map((c) => [c.rowId, c.before.categoryId, c.after.categoryId])).toEqual([
      ['siem', 'security', 'helpdesk'],
    ]);
    expect(diff.cells).toEqual([]);
  });

  it('lists each changed cell with the letters gained and lost', () => {
    const after = editRow(sampleMatrix, 'tier1', (row) => ({
      ...row,
      cells: { it: { roles: ['A'] }, msp: { roles: ['R'] }, ceo: { roles: ['I'] } },
    }));
    expect(diffMatrices(sampleMatrix, after).cells).toEqual([
      {
        rowId: 'tier1',
        partyId: 'it',
        before: { roles: ['R', 'A'] },
        after: { roles: ['A'] },
        added: [],
        removed: ['R'],
        qualifierChanged: false,
        noteChanged: false,
      },
      {
        rowId: 'tier1',
        partyId: 'msp',
        before: { roles: ['R'], qualifier: 'overflow' },
        after: { roles: ['R'] },
        added: [],
        removed: [],
        qualifierChanged: true,
        noteChanged: false,
      },
      {
        rowId: 'tier1',
        partyId: 'ceo',
        after: { roles: ['I'] },
        added: ['I'],
        removed: [],
        qualifierChanged: false,
        noteChanged: false,
      },
    ]);
  });

  it('lists parties added, removed and changed, and the cells of a removed party', () => {
    const after: Matrix = {
      ...sampleMatrix,
      parties: [
        { ...(sampleMatrix.parties[0] as Matrix['parties'][number]), name: 'IT team' },
        { id: 'soc', name: 'MSP SOC', side: 'provider' },
      ],
      rows: sampleMatrix.rows.map((row) => {
        const { msp: _gone, ...cells } = row.cells;
        return { ...row, cells };
      }),
    };
    const diff = diffMatrices(sampleMatrix, after);
    expect(diff.parties.added.map((p) => p.id)).toEqual(['soc']);
    expect(diff.parties.removed.map((p) => p.id)).toEqual(['msp', 'ceo']);
    expect(diff.parties.changed).toEqual([
      { before: sampleMatrix.parties[0], after: after.parties[0], fields: ['name'] },
    ]);
    expect(
      diff.cells.every((change) => change.partyId === 'msp' && change.after === undefined),
    ).toBe(true);
    expect(diff.cells.length).toBe(sampleMatrix.rows.filter((row) => row.cells.msp).length);
  });

  it('notices kind, description and tag edits, and category renames', () => {
    const after = {
      ...editRow(sampleMatrix, 'siem', (row) => ({
        ...row,
        kind: 'decision',
        tags: ['24x7', 'compliance'],
      })),
      categories: sampleMatrix.categories.map((c) =>
        c.id === 'backup' ? { ...c, name: 'Backup & DR' } : c,
      ),
    };
    const diff = diffMatrices(sampleMatrix, after);
    expect(diff.rows.changed.map((c) => [c.rowId, c.fields])).toEqual([['siem', ['kind', 'tags']]]);
    expect(diff.categories.renamed.map((c) => c.after.name)).toEqual(['Backup & DR']);
  });

  it('agrees with a per-row JSON comparison on which rows changed', () => {
    fc.assert(
      fc.property(matrixArbitrary(), matrixArbitrary(), (before, after) => {
        const diff = diffMatrices(before, after);
        const old = new Map(before.rows.map((row) => [row.id, JSON.stringify(row)]));
        const naive = after.rows
          .filter((row) => old.has(row.id) && old.get(row.id) !== JSON.stringify(row))
          .map((row) => row.id);
        const found = new Set([
          ...diff.rows.changed.map((c) => c.rowId),
          ...diff.cells.map((c) => c.rowId),
        ]);
        // JSON also sees cells of parties that exist in neither version; the arbitrary makes none.
        expect([...found].sort()).toEqual([...naive].sort());
      }),
    );
  });
});
