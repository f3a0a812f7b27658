import { applyMatrixChanges, type Matrix, type MatrixChange, parseMatrix } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindMatrix, type MatrixUpdate } from './bind-matrix';
import { MATRIX_TYPES, matrixTypes, readMatrix } from './matrix-doc';
import { heldRoom } from './test-support/held-room';
import { starter } from './test-support/starter';

/** Two docs of one room, with their updates held until `sync()` (the network, paused). */
function room() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'network');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'network');
  };
  const internal = bindMatrix(a, { initial: starter });
  sync();
  const msp = bindMatrix(b);
  return { a, b, internal, msp, sync };
}

function applied(matrix: Matrix, changes: readonly MatrixChange[]): Matrix {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('bindMatrix', () => {
  it('seeds an empty doc with the initial matrix and reads it back unchanged', () => {
    const { internal, msp } = room();
    expect(internal.getMatrix()).toEqual(starter);
    expect(msp.getMatrix()).toEqual(starter);
  });

  it('keeps both a concurrent move of a row and an edit of a cell in that row', () => {
    const { internal, msp, sync } = room();
    const move: MatrixChange = {
      type: 'moveRows',
      rowIds: ['patching'],
      categoryId: 'helpdesk',
      index: 0,
    };
    const edit: MatrixChange = {
      type: 'setCell',
      rowId: 'patching',
      partyId: 'msp',
      cell: { roles: ['R', 'A'] },
    };
    expect(internal.apply([move]).ok).toBe(true);
    expect(msp.apply([edit]).ok).toBe(true);
    sync();
    const expected = applied(starter, [move, edit]);
    expect(internal.getMatrix()).toEqual(expected);
    expect(msp.getMatrix()).toEqual(expected);
  });

  it('hands a peer edit to listeners as Tandem changes, marked remote', () => {
    const { internal, msp, sync } = room();
    const updates: MatrixUpdate[] = [];
    internal.subscribe((update) => updates.push(update));
    const edit: MatrixChange = { type: 'renameRow', rowId: 'backup', name: 'Backups and restores' };
    msp.apply([edit]);
    sync();
    expect(updates).toEqual([{ matrix: msp.getMatrix(), changes: [edit], source: 'remote' }]);
  });

  it('undoes only this user’s edits, never the other team’s', () => {
    const { internal, msp, sync } = room();
    const mine: MatrixChange = {
      type: 'setCell',
      rowId: 'backup',
      partyId: 'it',
      cell: { roles: ['C'] },
    };
    const theirs: MatrixChange = { type: 'renameRow', rowId: 'backup', name: 'Backup (MSP)' };
    internal.apply([mine]);
    sync();
    msp.apply([theirs]);
    sync();
    expect(internal.undo()).toBe(true);
    sync();
    expect(internal.getMatrix()).toEqual(applied(starter, [theirs]));
    expect(msp.getMatrix()).toEqual(applied(starter, [theirs]));
    expect(msp.canUndo()).toBe(true);
    expect(internal.redo()).toBe(true);
    sync();
    expect(msp.getMatrix()).toEqual(applied(starter, [mine, theirs]));
  });

  it('tells listeners an undo is an undo', () => {
    const { internal } = room();
    const sources: string[] = [];
    internal.subscribe(({ source }) => sources.push(source));
    internal.apply([{ type: 'renameRow', rowId: 'backup', name: 'B' }]);
    internal.undo();
    internal.redo();
    expect(sources).toEqual(['local', 'undo', 'redo']);
  });

  it('refuses a change the core refuses and writes nothing', () => {
    const { a, internal } = room();
    const before = Y.encodeStateVector(a);
    const result = internal.apply([{ type: 'removeRow', rowId: 'nope' }]);
    expect(result.ok).toBe(false);
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it('brings back a category when a peer adds a row to it while it is removed', () => {
    const { internal, msp, sync } = room();
    internal.apply([{ type: 'addCategory', category: { id: 'projects', name: 'Projects' } }]);
    sync();
    internal.apply([{ type: 'removeCategory', categoryId: 'projects' }]);
    msp.apply([
      {
        type: 'addRow',
        row: { id: 'rollout', name: 'Rollout', categoryId: 'projects', kind: 'task', cells: {} },
      },
    ]);
    sync();
    const merged = internal.getMatrix() as Matrix;
    expect(parseMatrix(merged).ok).toBe(true);
    expect(merged.categories.map((c) => c.id)).toContain('projects');
    expect(msp.getMatrix()).toEqual(merged);
  });

  it('drops the cells of a party a peer removed while another peer filled one', () => {
    const { internal, msp, sync } = room();
    internal.apply([{ type: 'removeParty', partyId: 'msp' }]);
    msp.apply([{ type: 'setCell', rowId: 'helpdesk-t1', partyId: 'msp', cell: { roles: ['I'] } }]);
    sync();
    const merged = internal.getMatrix() as Matrix;
    expect(parseMatrix(merged).ok).toBe(true);
    expect(merged.rows.every((row) => !('msp' in row.cells))).toBe(true);
    expect(msp.getMatrix()).toEqual(merged);
  });

  it('reads and writes past a bad client’s junk in place of a row without throwing', () => {
    const { a, internal } = room();
    a.transact(() => a.getMap(MATRIX_TYPES.rows).set('junk', 'not a row'));
    expect(internal.getMatrix()).toEqual(starter);
    expect(internal.apply([{ type: 'removeParty', partyId: 'msp' }]).ok).toBe(true);
    expect(internal.getMatrix()?.parties.map((party) => party.id)).toEqual(['it']);
  });

  it('stays valid when this user undoes renaming a category the other team renamed and removed', () => {
    // Fixed client ids: this user's rename wins, so undoing it leaves Yjs with no name at all.
    const { docs, sync } = heldRoom(2);
    const withProjects = applied(starter, [
      { type: 'addCategory', category: { id: 'projects', name: 'Projects' } },
    ]);
    const invalid: unknown[] = [];
    const onInvalid = (issues: unknown) => invalid.push(issues);
    const internal = bindMatrix(docs[0] as Y.Doc, { initial: withProjects, onInvalid });
    sync();
    const msp = bindMatrix(docs[1] as Y.Doc, { onInvalid });
    const row = { id: 'rollout', name: 'Rollout', categoryId: 'projects', kind: 'task' as const };
    internal.apply([{ type: 'addRow', row: { ...row, cells: {} } }]);
    internal.apply([{ type: 'renameCategory', categoryId: 'projects', name: 'Projects (IT)' }]);
    msp.apply([{ type: 'renameCategory', categoryId: 'projects', name: 'Projects (MSP)' }]);
    msp.apply([{ type: 'removeCategory', categoryId: 'projects' }]);
    sync();
    while (internal.undo()) sync();
    expect(invalid).toEqual([]);
    expect(msp.getMatrix()).toEqual(internal.getMatrix());
    expect(parseMatrix(internal.getMatrix()).ok).toBe(true);
  });

  it('reads a cell edit from the row it touched: the other rows and the parties stay the same objects', () => {
    const { internal, msp, sync } = room();
    const before = msp.getMatrix() as Matrix;
    const updates: MatrixUpdate[] = [];
    msp.subscribe((update) => updates.push(update));
    const change: MatrixChange = {
      type: 'setCell',
      rowId: 'patching',
      partyId: 'it',
      cell: { roles: ['C'] },
    };
    internal.apply([change]);
    sync();
    const after = msp.getMatrix() as Matrix;
    expect(updates.map(({ changes, source }) => ({ changes, source }))).toEqual([
      { changes: [change], source: 'remote' },
    ]);
    expect(after).toEqual(applied(before, [change]));
    expect(after.parties).toBe(before.parties);
    expect(after.categories).toBe(before.categories);
    after.rows.forEach((row, i) => {
      if (row.id === 'patching') expect(row).not.toBe(before.rows[i]);
      else expect(row).toBe(before.rows[i]);
    });
  });

  it('reads a move, a removal or a party change whole, as before', () => {
    const { internal, msp, sync } = room();
    const before = msp.getMatrix() as Matrix;
    const changes: MatrixChange[] = [
      { type: 'moveRows', rowIds: ['backup'], index: 0 },
      { type: 'updateParty', partyId: 'msp', patch: { name: 'Northwind NOC' } },
    ];
    internal.apply(changes);
    sync();
    expect(msp.getMatrix()).toEqual(applied(before, changes));
  });

  it('writes a cell edit into the row it touched alone, as the whole write would', () => {
    const { a, internal, msp, sync } = room();
    const touched: string[] = [];
    a.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        const row = type._item?.parent instanceof Y.Map ? type._item.parent._item : null;
        touched.push(String(row?.parentSub ?? type._item?.parentSub ?? 'top-level'));
      }
    });
    const changes: MatrixChange[] = [
      { type: 'setCell', rowId: 'patching', partyId: 'it', cell: { roles: ['C'] } },
      { type: 'updateRow', rowId: 'backup', patch: { description: 'Nightly' } },
    ];
    const before = internal.getMatrix() as Matrix;
    expect(internal.apply(changes).ok).toBe(true);
    expect(new Set(touched)).toEqual(new Set(['patching', 'backup']));
    sync();
    expect(readMatrix(a)).toEqual({ ok: true, value: applied(before, changes) });
    expect(msp.getMatrix()).toEqual(applied(before, changes));
  });

  it('writes whole again once the doc held something invalid, setting back what it lost', () => {
    const { a, b, internal, msp, sync } = room();
    // A bad client's write the read refuses: the binding keeps the last valid matrix.
    b.transact(() => matrixTypes(b).meta.set('variant', 'bogus'), 'bad-client');
    sync();
    const last = internal.getMatrix() as Matrix;
    const change: MatrixChange = {
      type: 'setCell',
      rowId: 'patching',
      partyId: 'it',
      cell: { roles: ['C'] },
    };
    expect(internal.apply([change]).ok).toBe(true);
    sync();
    expect(matrixTypes(a).meta.get('variant')).toBe('raci');
    expect(msp.getMatrix()).toEqual(applied(last, [change]));
  });
});
