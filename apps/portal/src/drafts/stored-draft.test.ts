import type { Matrix, MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { describe, expect, it } from 'vitest';
import type { SavedMatrix } from '../api/types';
import type { DraftState } from './draft-state';
import { matrixResource } from './resources';
import { readStoredDraft, storeDraft } from './stored-draft';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const matrix = templates['small-business-one-it'].matrix;
const saved: SavedMatrix = { version: 7, savedAt: '2026-11-20T19:12:00Z', savedBy: 'Dana', matrix };
const change: MatrixChange = { type: 'renameRow', rowId: 'backup', name: 'Backups and restores' };
const withEdit: DraftState<SavedMatrix, Matrix, MatrixChange> = {
  saved,
  draft: matrix,
  pending: [{ actor: 'Dana', at: '2026-12-01T10:00:00Z', change }],
  status: { kind: 'idle' },
  restored: false,
};

describe('a draft kept in the browser', () => {
  it('comes back after a reload with its changes replayed on its base version', () => {
    const storage = memoryStorage();
    storeDraft(storage, 'matrix', withEdit);
    const { draft, lost } = readStoredDraft(storage, matrixResource);
    expect(lost).toBeUndefined();
    expect(draft?.restored).toBe(true);
    expect(draft?.saved.version).toBe(7);
    expect(draft?.draft.rows.find((row) => row.id === 'backup')?.name).toBe('Backups and restores');
  });

  it('is removed once nothing is pending', () => {
    const storage = memoryStorage();
    storeDraft(storage, 'matrix', withEdit);
    storeDraft(storage, 'matrix', { ...withEdit, pending: [] });
    expect(storage.length).toBe(0);
    expect(readStoredDraft(storage, matrixResource)).toEqual({});
  });

  it('says why a damaged copy could not be restored instead of dropping it silently', () => {
    const storage = memoryStorage();
    storage.setItem('tandem-portal:draft:matrix', '{not json');
    expect(readStoredDraft(storage, matrixResource).lost).toMatch(/not valid JSON/);
    storage.setItem(
      'tandem-portal:draft:matrix',
      JSON.stringify({
        base: saved,
        pending: [
          { actor: 'Dana', at: 'now', change: { type: 'renameRow', rowId: 'gone', name: 'x' } },
        ],
      }),
    );
    expect(readStoredDraft(storage, matrixResource).lost).toMatch(/could not be restored: .+/);
    storage.setItem(
      'tandem-portal:draft:matrix',
      JSON.stringify({ base: { version: 'x' }, pending: [] }),
    );
    // A base whose version is not a number: the reason names that first, and the copy is dropped.
    expect(readStoredDraft(storage, matrixResource).lost).toMatch(
      /^Unsaved edits kept in this browser could not be restored: Invalid input: expected number, received string/,
    );
    expect(storage.getItem('tandem-portal:draft:matrix')).toBeNull();
  });
});
