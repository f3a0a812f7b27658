import { describe, expect, it } from 'vitest';
import { sampleMatrix } from '../test-support/sample-matrix';
import { applyMatrixChanges } from './apply';
import type { MatrixChange } from './changes';
import { getCell } from './get-cell';
import type { Matrix } from './model';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
const matrix = deepFreeze(structuredClone(sampleMatrix));

function apply(...changes: MatrixChange[]): Matrix {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const ids = (m: Matrix) => m.rows.map((row) => row.id);

describe('applyMatrixChanges', () => {
  it('returns a new matrix and never modifies the one it was given', () => {
    const before = structuredClone(matrix);
    apply(
      { type: 'setCell', rowId: 'tier1', partyId: 'msp', cell: null },
      { type: 'removeParty', partyId: 'ceo' },
    );
    expect(matrix).toEqual(before);
  });

  it('keeps untouched rows as the same objects, so hosts can memoise by identity', () => {
    const next = apply({ type: 'setCell', rowId: 'siem', partyId: 'it', cell: { roles: ['C'] } });
    expect(next.rows[0]).toBe(matrix.rows[0]);
    expect(next.rows[2]).not.toBe(matrix.rows[2]);
  });

  describe('rows', () => {
    it('adds a row at a position within its category', () => {
      const next = apply({
        type: 'addRow',
        row: {
          id: 'edr',
          name: 'EDR',
          categoryId: 'security',
          kind: 'task',
          cells: { msp: { roles: ['A', 'R'] } },
        },
        index: 1,
      });
      expect(ids(next)).toEqual([
        'tier1',
        'onboarding',
        'siem',
        'edr',
        'patching',
        'backup-storage',
      ]);
      expect(getCell(next, 'edr', 'msp').roles).toEqual(['R', 'A']);
    });

    it('adds a row at the end of its category when no index is given', () => {
      const next = apply({
        type: 'addRow',
        row: { id: 'x', name: 'X', categoryId: 'helpdesk', kind: 'task', cells: {} },
      });
      expect(ids(next).slice(0, 3)).toEqual(['tier1', 'onboarding', 'x']);
    });

    it('removes, renames and updates a row', () => {
      const next = apply(
        { type: 'removeRow', rowId: 'onboarding' },
        { type: 'renameRow', rowId: 'tier1', name: 'Service desk' },
        {
          type: 'updateRow',
          rowId: 'siem',
          patch: { tags: null, description: 'SOC watches the SIEM' },
        },
      );
      expect(ids(next)).not.toContain('onboarding');
      expect(next.rows[0]?.name).toBe('Service desk');
      expect(next.rows[1]).toEqual({
        ...matrix.rows[2],
        tags: undefined,
        description: 'SOC watches the SIEM',
      } as unknown);
      expect(next.rows[1] && 'tags' in next.rows[1]).toBe(false);
    });

    it('moves several rows into another category, in the order given', () => {
      const next = apply({
        type: 'moveRows',
        rowIds: ['backup-storage', 'tier1'],
        categoryId: 'security',
        index: 1,
      });
      expect(ids(next)).toEqual(['onboarding', 'siem', 'backup-storage', 'tier1', 'patching']);
      expect(next.rows.find((row) => row.id === 'tier1')?.categoryId).toBe('security');
    });

    it('reorders a row within its own category', () => {
      expect(ids(apply({ type: 'moveRows', rowIds: ['onboarding'], index: 0 }))).toEqual([
        'onboarding',
        'tier1',
        'siem',
        'patching',
        'backup-storage',
      ]);
    });
  });

  describe('categories and parties', () => {
    it('moves a category with its rows', () => {
      const next = apply({ type: 'moveCategory', categoryId: 'backup', toIndex: 0 });
      expect(next.categories.map((c) => c.id)).toEqual(['backup', 'helpdesk', 'security']);
      expect(ids(next)[0]).toBe('backup-storage');
    });

    it('adds, renames and removes an empty category', () => {
      const next = apply(
        { type: 'addCategory', category: { id: 'projects', name: 'Projects' }, index: 1 },
        { type: 'renameCategory', categoryId: 'projects', name: 'Major projects' },
      );
      expect(next.categories[1]).toEqual({ id: 'projects', name: 'Major projects' });
      const removed = applyMatrixChanges(next, [
        { type: 'removeCategory', categoryId: 'projects' },
      ]);
      expect(removed.ok && removed.value.categories).toEqual(matrix.categories);
    });

    it('adds a party with its cells and removes a party with every cell it held', () => {
      const added = apply({
        type: 'addParty',
        party: { id: 'soc', name: 'MSP SOC', side: 'provider' },
        index: 2,
        cells: { siem: { roles: ['R'] } },
      });
      expect(added.parties.map((p) => p.id)).toEqual(['it', 'msp', 'soc', 'ceo']);
      expect(getCell(added, 'siem', 'soc')).toEqual({ roles: ['R'] });
      const removed = apply({ type: 'removeParty', partyId: 'msp' });
      expect(removed.rows.every((row) => !('msp' in row.cells))).toBe(true);
    });

    it('updates and moves a party', () => {
      const next = apply(
        { type: 'updateParty', partyId: 'it', patch: { calendarId: null, color: '#0ea5e9' } },
        { type: 'moveParty', partyId: 'ceo', toIndex: 0 },
      );
      expect(next.parties[0]?.id).toBe('ceo');
      expect(next.parties[1]).toEqual({
        id: 'it',
        name: 'Internal IT',
        side: 'internal',
        color: '#0ea5e9',
      });
    });
  });

  describe('cells', () => {
    it('sets a cell in canonical form and clears it with null or an empty cell', () => {
      const set = apply({
        type: 'setCell',
        rowId: 'onboarding',
        partyId: 'msp',
        cell: { roles: ['I', 'C', 'C'] },
      });
      expect(getCell(set, 'onboarding', 'msp')).toEqual({ roles: ['C', 'I'] });
      const cleared = applyMatrixChanges(set, [
        { type: 'setCell', rowId: 'onboarding', partyId: 'msp', cell: { roles: [] } },
      ]);
      expect(cleared.ok && cleared.value.rows[1]?.cells).toEqual({ it: { roles: ['R', 'A'] } });
    });

    it('moves a letter between parties and keeps the qualifier with the party that had it', () => {
      const next = apply({
        type: 'moveRole',
        rowId: 'tier1',
        letter: 'R',
        fromPartyId: 'msp',
        toPartyId: 'ceo',
      });
      expect(getCell(next, 'tier1', 'msp')).toEqual({ roles: [], qualifier: 'overflow' });
      expect(getCell(next, 'tier1', 'ceo')).toEqual({ roles: ['R'] });
    });

    it('assigns letters to one party across rows in bulk', () => {
      const next = apply({
        type: 'bulkAssign',
        rowIds: ['tier1', 'onboarding'],
        partyId: 'ceo',
        roles: ['I'],
        mode: 'add',
      });
      expect(getCell(next, 'tier1', 'ceo').roles).toEqual(['I']);
      const removed = applyMatrixChanges(next, [
        {
          type: 'bulkAssign',
          rowIds: ['tier1', 'onboarding'],
          partyId: 'it',
          roles: ['A'],
          mode: 'remove',
        },
      ]);
      expect(removed.ok && getCell(removed.value, 'onboarding', 'it').roles).toEqual(['R']);
      const replaced = applyMatrixChanges(next, [
        { type: 'bulkAssign', rowIds: ['siem'], partyId: 'it', roles: ['C'], mode: 'replace' },
      ]);
      expect(replaced.ok && getCell(replaced.value, 'siem', 'it').roles).toEqual(['C']);
    });

    it('switches the variant', () => {
      expect(apply({ type: 'setVariant', variant: 'rasci' }).variant).toBe('rasci');
    });
  });

  describe('review dates', () => {
    const at = Date.UTC(2026, 2, 31, 15);
    const reviewedAt = (m: Matrix) => m.rows.map((row) => row.reviewedAt);

    it('marks rows reviewed at a time and clears the mark with null', () => {
      const marked = apply({ type: 'markRowsReviewed', rowIds: ['siem', 'tier1'], at });
      expect(reviewedAt(marked)).toEqual([at, undefined, at, undefined, undefined]);
      expect(marked.rows[1]).toBe(matrix.rows[1]);
      const cleared = applyMatrixChanges(marked, [
        { type: 'markRowsReviewed', rowIds: ['tier1'], at: null },
      ]);
      if (!cleared.ok) throw new Error(cleared.error.message);
      expect(reviewedAt(cleared.value)).toEqual([undefined, undefined, at, undefined, undefined]);
      expect('reviewedAt' in (cleared.value.rows[0] as object)).toBe(false);
    });

    it('leaves the matrix as it was for an empty list of rows', () => {
      const result = applyMatrixChanges(matrix, [{ type: 'markRowsReviewed', rowIds: [], at }]);
      expect(result.ok && result.value).toBe(matrix);
    });
  });

  describe('given a change it cannot apply', () => {
    const refused = (changes: MatrixChange[]) => {
      const result = applyMatrixChanges(matrix, changes);
      if (result.ok) throw new Error('expected a refusal');
      return result.error;
    };

    it('names the change and the field, and applies nothing of the batch', () => {
      const error = refused([
        { type: 'renameRow', rowId: 'tier1', name: 'Fine' },
        { type: 'setCell', rowId: 'ghost', partyId: 'it', cell: null },
      ]);
      expect(error).toEqual({
        code: 'unknown_row',
        message: 'No row has the id "ghost".',
        changeIndex: 1,
        path: [1, 'rowId'],
      });
    });

    it.each<[string, MatrixChange, string]>([
      [
        'a duplicate row id',
        {
          type: 'addRow',
          row: { id: 'siem', name: 'Again', categoryId: 'security', kind: 'task', cells: {} },
        },
        'duplicate_id',
      ],
      [
        'a reserved party id',
        { type: 'addParty', party: { id: '__proto__', name: 'Evil', side: 'vendor' } },
        'reserved_id',
      ],
      [
        'an unknown category',
        { type: 'moveRows', rowIds: ['tier1'], categoryId: 'nope' },
        'unknown_category',
      ],
      [
        'an unknown party',
        { type: 'setCell', rowId: 'tier1', partyId: 'nobody', cell: { roles: ['R'] } },
        'unknown_party',
      ],
      [
        'removing a category that has rows',
        { type: 'removeCategory', categoryId: 'security' },
        'category_not_empty',
      ],
      [
        'moving a letter the party does not hold',
        {
          type: 'moveRole',
          rowId: 'onboarding',
          letter: 'A',
          fromPartyId: 'msp',
          toPartyId: 'ceo',
        },
        'role_not_held',
      ],
      [
        'moving a letter to a party that holds it',
        { type: 'moveRole', rowId: 'patching', letter: 'R', fromPartyId: 'it', toPartyId: 'msp' },
        'role_already_held',
      ],
      [
        'an index past the end',
        { type: 'moveParty', partyId: 'it', toIndex: 3 },
        'index_out_of_range',
      ],
      [
        'a blank name',
        { type: 'renameCategory', categoryId: 'backup', name: '   ' },
        'invalid_change',
      ],
      [
        'an unknown letter',
        { type: 'setCell', rowId: 'tier1', partyId: 'it', cell: { roles: ['X' as 'R'] } },
        'invalid_change',
      ],
      [
        'marking an unknown row reviewed',
        { type: 'markRowsReviewed', rowIds: ['tier1', 'ghost'], at: 0 },
        'unknown_row',
      ],
      [
        'a review time that is not a number',
        { type: 'markRowsReviewed', rowIds: ['tier1'], at: Number.NaN },
        'invalid_change',
      ],
      ['an unknown change type', { type: 'explode' } as unknown as MatrixChange, 'invalid_change'],
    ])('refuses %s', (_, change, code) => {
      expect(refused([change]).code).toBe(code);
    });
  });
});
