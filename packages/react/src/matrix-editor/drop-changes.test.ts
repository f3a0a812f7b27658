import { applyMatrixChanges, getCell, type Matrix, rowLane } from '@tandem/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DragSubject, type DropTarget, dropPlan } from './drop-changes';
// The lanes board hands dropPlan the core's lane move as it loads.
import './lanes-board';

const row = (id: string, categoryId: string, cells: Matrix['rows'][0]['cells'] = {}) => ({
  id,
  name: `Row ${id}`,
  categoryId,
  kind: 'task' as const,
  cells,
});

const matrix: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal' },
    { id: 'msp', name: 'Northwind MSP', side: 'provider' },
    { id: 'ceo', name: 'Leadership', side: 'business' },
  ],
  categories: [
    { id: 'help', name: 'Helpdesk' },
    { id: 'sec', name: 'Security' },
    { id: 'empty', name: 'Projects' },
  ],
  rows: [
    row('a', 'help', { it: { roles: ['R', 'A'] } }),
    row('b', 'help'),
    row('c', 'help'),
    row('d', 'sec', { msp: { roles: ['R'] }, it: { roles: ['A'] } }),
    row('e', 'sec'),
  ],
};

const ids = (m: Matrix) => m.rows.map((r) => `${r.categoryId}:${r.id}`).join(' ');

function drop(subject: DragSubject, target: DropTarget, selected: string[] = []) {
  const plan = dropPlan(matrix, subject, target, new Set(selected));
  if (!plan.ok) throw new Error(plan.refusal.code);
  const applied = applyMatrixChanges(matrix, plan.changes);
  if (!applied.ok) throw new Error(applied.error.message);
  return { plan, next: applied.value };
}

describe('dropPlan', () => {
  it('puts a row dragged down after the row it is over, and dragged up before it', () => {
    expect(ids(drop({ kind: 'row', rowId: 'a' }, { kind: 'row', rowId: 'c' }).next)).toBe(
      'help:b help:c help:a sec:d sec:e',
    );
    expect(ids(drop({ kind: 'row', rowId: 'c' }, { kind: 'row', rowId: 'a' }).next)).toBe(
      'help:c help:a help:b sec:d sec:e',
    );
  });

  it('moves a row into another category, and into an empty one through its header', () => {
    const { next, plan } = drop({ kind: 'row', rowId: 'b' }, { kind: 'row', rowId: 'e' });
    expect(ids(next)).toBe('help:a help:c sec:d sec:e sec:b');
    expect(plan.ok && plan.result).toEqual({
      kind: 'rows',
      rows: ['Row b'],
      category: 'Security',
      position: 3,
      of: 3,
    });
    expect(
      ids(drop({ kind: 'row', rowId: 'e' }, { kind: 'category', categoryId: 'empty' }).next),
    ).toBe('help:a help:b help:c sec:d empty:e');
  });

  it('moves every selected row when one of them is dragged, in matrix order', () => {
    const { next, plan } = drop({ kind: 'row', rowId: 'c' }, { kind: 'row', rowId: 'e' }, [
      'c',
      'a',
    ]);
    expect(ids(next)).toBe('help:b sec:d sec:e sec:a sec:c');
    expect(plan.ok && plan.result.kind === 'rows' && plan.result.rows).toEqual(['Row a', 'Row c']);
  });

  it('changes nothing when a row is dropped where it already is', () => {
    const plan = dropPlan(
      matrix,
      { kind: 'row', rowId: 'b' },
      { kind: 'row', rowId: 'b' },
      new Set(),
    );
    expect(plan).toMatchObject({ ok: true, changes: [], result: { position: 2, of: 3 } });
  });

  it('reorders parties', () => {
    const { next } = drop({ kind: 'party', partyId: 'ceo' }, { kind: 'party', partyId: 'it' });
    expect(next.parties.map((p) => p.id)).toEqual(['ceo', 'it', 'msp']);
  });

  it('reassigns a letter within its row and refuses another row or a party that holds it', () => {
    const { next } = drop(
      { kind: 'chip', rowId: 'a', partyId: 'it', letter: 'R' },
      { kind: 'cell', rowId: 'a', partyId: 'msp' },
    );
    expect(getCell(next, 'a', 'msp').roles).toEqual(['R']);
    expect(getCell(next, 'a', 'it').roles).toEqual(['A']);
    const chip: DragSubject = { kind: 'chip', rowId: 'd', partyId: 'msp', letter: 'R' };
    expect(dropPlan(matrix, chip, { kind: 'cell', rowId: 'a', partyId: 'it' }, new Set())).toEqual({
      ok: false,
      refusal: { code: 'other-row' },
    });
    const taken: DragSubject = { kind: 'chip', rowId: 'a', partyId: 'it', letter: 'A' };
    const onto: DropTarget = { kind: 'cell', rowId: 'a', partyId: 'it' };
    expect(dropPlan(matrix, taken, onto, new Set())).toMatchObject({ ok: true, changes: [] });
  });

  it('moves a card between lanes by the core rule', () => {
    const { next, plan } = drop({ kind: 'card', rowId: 'd' }, { kind: 'lane', lane: 'internal' });
    expect(rowLane(next, 'd')).toBe('internal');
    expect(plan.ok && plan.result).toEqual({ kind: 'lane', row: 'Row d', lane: 'internal' });
  });

  it('places the dragged row at the announced position, whatever the drop', () => {
    const rowIds = matrix.rows.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...rowIds),
        fc.oneof(
          fc.constantFrom(...rowIds).map((rowId): DropTarget => ({ kind: 'row', rowId })),
          fc
            .constantFrom('help', 'sec', 'empty')
            .map((categoryId): DropTarget => ({ kind: 'category', categoryId })),
        ),
        fc.subarray(rowIds),
        (active, target, selected) => {
          const plan = dropPlan(matrix, { kind: 'row', rowId: active }, target, new Set(selected));
          if (!plan.ok || plan.result.kind !== 'rows') throw new Error('refused');
          const applied = applyMatrixChanges(matrix, plan.changes);
          if (!applied.ok) throw new Error(applied.error.message);
          const moved = applied.value.rows.find((r) => r.id === active);
          const category = applied.value.categories.find((c) => c.id === moved?.categoryId);
          const inCategory = applied.value.rows.filter((r) => r.categoryId === moved?.categoryId);
          expect(category?.name).toBe(plan.result.category);
          expect(inCategory).toHaveLength(plan.result.of);
          const first = inCategory.findIndex(
            (r) => plan.result.kind === 'rows' && r.name === plan.result.rows[0],
          );
          expect(first + 1).toBe(plan.result.position);
        },
      ),
    );
  });
});
