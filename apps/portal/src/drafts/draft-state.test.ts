import { applyMatrixChanges, type Matrix, type MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedMatrix } from '../api/types';
import { type DraftState, draftReducer, type PendingChange } from './draft-state';

const matrix = templates['small-business-one-it'].matrix;
const saved: SavedMatrix = { version: 7, savedAt: '2026-11-20T19:12:00Z', savedBy: 'Dana', matrix };
const initial: DraftState<SavedMatrix, Matrix, MatrixChange> = {
  saved,
  draft: matrix,
  pending: [],
  status: { kind: 'idle' },
  restored: false,
};
const rowIds = matrix.rows.map((row) => row.id);
const pendingOf = (change: MatrixChange): PendingChange<MatrixChange> => ({
  actor: 'Dana',
  at: '2026-12-01T10:00:00Z',
  change,
});
const rename = (rowId: string, name: string): MatrixChange => ({ type: 'renameRow', rowId, name });

function edited(state: typeof initial, change: MatrixChange) {
  const next = applyMatrixChanges(state.draft, [change]);
  if (!next.ok) throw new Error(next.error.message);
  return draftReducer(state, { type: 'edit', draft: next.value, changes: [pendingOf(change)] });
}

describe('draftReducer', () => {
  it('keeps edits made while a save is in flight pending for the next save', () => {
    let state = edited(initial, rename('backup', 'Backups'));
    state = draftReducer(state, { type: 'saving', count: 1 });
    state = edited(state, rename('backup', 'Backups and restores'));
    expect(state.status.kind).toBe('saving');
    const response = { ...saved, version: 8, matrix: state.draft };
    state = draftReducer(state, { type: 'saved', saved: response, count: 1 });
    expect(state.pending.map((p) => p.change)).toEqual([rename('backup', 'Backups and restores')]);
    expect(state.saved.version).toBe(8);
    expect(state.status).toEqual({ kind: 'saved', version: 8, at: saved.savedAt });
  });

  it('keeps the draft and every pending change when a save fails', () => {
    const state = edited(initial, rename('backup', 'Backups'));
    const failed = draftReducer(draftReducer(state, { type: 'saving', count: 1 }), {
      type: 'failed',
      status: { kind: 'failed', offline: true, status: 'network', issues: [] },
    });
    expect(failed.draft).toBe(state.draft);
    expect(failed.pending).toEqual(state.pending);
    expect(failed.saved).toBe(saved);
  });

  it('drops pending changes only on an explicit discard', () => {
    const state = edited(initial, rename('backup', 'Backups'));
    const theirs = { ...saved, version: 8 };
    const discarded = draftReducer(state, { type: 'discard', saved: theirs, draft: matrix });
    expect(discarded.pending).toEqual([]);
    expect(discarded.saved.version).toBe(8);
  });

  it('never loses a pending change through any sequence of edits, saves and failures', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        rowId: fc.constantFrom(...rowIds),
        name: fc.string({ minLength: 1 }),
      }),
      fc.record({
        kind: fc.constant('save' as const),
        outcome: fc.constantFrom('saved', 'failed', 'conflict'),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state = initial;
        let sent = 0; // changes the PSA has stored
        const made: MatrixChange[] = [];
        for (const s of steps) {
          if (s.kind === 'edit') {
            const change = rename(s.rowId, s.name.trim() || 'x');
            state = edited(state, change);
            made.push(change);
            continue;
          }
          const count = state.pending.length;
          state = draftReducer(state, { type: 'saving', count });
          if (s.outcome === 'saved') {
            state = draftReducer(state, {
              type: 'saved',
              saved: { ...state.saved, version: state.saved.version + 1, matrix: state.draft },
              count,
            });
            sent += count;
          } else if (s.outcome === 'failed')
            state = draftReducer(state, {
              type: 'failed',
              status: { kind: 'failed', offline: false, status: 500, issues: [] },
            });
          else
            state = draftReducer(state, {
              type: 'conflict',
              status: { kind: 'conflict', message: '', current: state.saved, theirs: [] },
            });
        }
        // Stored plus pending is exactly what was made, in order.
        expect(state.pending.map((p) => p.change)).toEqual(made.slice(sent));
      }),
    );
  });
});
