import { describe, expect, it } from 'vitest';
import { sampleMatrix } from '../test-support/sample-matrix';
import type { MatrixChange } from './changes';
import { getCell } from './get-cell';
import {
  canRedo,
  canUndo,
  commitChanges,
  createHistory,
  type MatrixHistory,
  redo,
  undo,
} from './history';

const meta = { actor: 'ana@contoso.example', at: '2026-11-25T09:00:00Z' };
const reassign: MatrixChange = {
  type: 'moveRole',
  rowId: 'siem',
  letter: 'A',
  fromPartyId: 'msp',
  toPartyId: 'it',
};
const rename: MatrixChange = { type: 'renameRow', rowId: 'siem', name: 'SOC monitoring' };

function committed(history: MatrixHistory, changes: MatrixChange[]): MatrixHistory {
  const result = commitChanges(history, changes, meta);
  if (!result.ok) throw new Error(result.error.message);
  return result.history;
}

describe('matrix history', () => {
  it('applies an action as one step and writes one audit entry per change', () => {
    const result = commitChanges(createHistory(sampleMatrix), [reassign, rename], meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(getCell(result.history.matrix, 'siem', 'it').roles).toEqual(['A', 'I']);
    expect(result.history.past).toHaveLength(1);
    expect(result.entries).toEqual([
      { actor: meta.actor, at: '2026-11-25T09:00:00.000Z', cause: 'edit', change: reassign },
      { actor: meta.actor, at: '2026-11-25T09:00:00.000Z', cause: 'edit', change: rename },
    ]);
  });

  it('undoes and redoes a whole action, auditing each', () => {
    const edited = committed(createHistory(sampleMatrix), [reassign, rename]);
    const undone = undo(edited, { actor: 'ben', at: 0 });
    expect(undone.history.matrix).toEqual(sampleMatrix);
    expect(undone.entries.map((entry) => [entry.cause, entry.change.type])).toEqual([
      ['undo', 'renameRow'],
      ['undo', 'moveRole'],
    ]);
    expect(canUndo(undone.history)).toBe(false);
    expect(canRedo(undone.history)).toBe(true);
    const redone = redo(undone.history, meta);
    expect(redone.history.matrix).toEqual(edited.matrix);
    expect(redone.entries.map((entry) => entry.cause)).toEqual(['redo', 'redo']);
  });

  it('drops the redo stack when a new edit is made', () => {
    const undone = undo(committed(createHistory(sampleMatrix), [rename]), meta).history;
    expect(canRedo(committed(undone, [reassign]))).toBe(false);
  });

  it('refuses an action with a bad change as a whole, leaving the history as it was', () => {
    const history = createHistory(sampleMatrix);
    const result = commitChanges(history, [rename, { type: 'removeRow', rowId: 'ghost' }], meta);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_row', changeIndex: 1 } });
  });

  it('keeps at most `limit` steps', () => {
    let history = createHistory(sampleMatrix, { limit: 2 });
    for (const name of ['a', 'b', 'c'])
      history = committed(history, [{ type: 'renameRow', rowId: 'tier1', name }]);
    expect(history.past).toHaveLength(2);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const history = createHistory(sampleMatrix);
    expect(undo(history, meta)).toEqual({ history, entries: [] });
    expect(redo(history, meta)).toEqual({ history, entries: [] });
  });

  it('keeps a timestamp it cannot read as given rather than throwing', () => {
    const result = commitChanges(createHistory(sampleMatrix), [rename], {
      actor: 'x',
      at: 'yesterday-ish',
    });
    expect(result.ok && result.entries[0]?.at).toBe('yesterday-ish');
  });

  it('is plain data that survives JSON', () => {
    const history = committed(createHistory(sampleMatrix), [reassign]);
    const revived = JSON.parse(JSON.stringify(history)) as MatrixHistory;
    expect(undo(revived, meta).history.matrix).toEqual(sampleMatrix);
  });
});
