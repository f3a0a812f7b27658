import { applyMatrixChanges, getCell, laneMoveChanges, type Matrix, rowLane } from '@tandem/core';
import { sampleMatrix } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DragSubject, type DropTarget, dropPlan, provideLaneMove } from './drop-changes';

// The lanes board hands dropPlan the core's lane move as it loads; here the test does.
provideLaneMove(laneMoveChanges);

// The fixtures' sample matrix (helpdesk: tier1, onboarding; security: siem, patching; backup:
// backup-storage) with an empty category to drop into.
const matrix: Matrix = {
  ...sampleMatrix,
  categories: [...sampleMatrix.categories, { id: 'projects', name: 'Projects' }],
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
    expect(ids(drop({ kind: 'row', rowId: 'tier1' }, { kind: 'row', rowId: 'siem' }).next)).toBe(
      'helpdesk:onboarding security:siem security:tier1 security:patching backup:backup-storage',
    );
    expect(
      ids(drop({ kind: 'row', rowId: 'patching' }, { kind: 'row', rowId: 'onboarding' }).next),
    ).toBe(
      'helpdesk:tier1 helpdesk:patching helpdesk:onboarding security:siem backup:backup-storage',
    );
  });

  it('moves a row into another category, and into an empty one through its header', () => {
    const { next, plan } = drop(
      { kind: 'row', rowId: 'onboarding' },
      { kind: 'row', rowId: 'patching' },
    );
    expect(ids(next)).toBe(
      'helpdesk:tier1 security:siem security:patching security:onboarding backup:backup-storage',
    );
    expect(plan.ok && plan.result).toEqual({
      kind: 'rows',
      rows: ['User onboarding'],
      category: 'Security',
      position: 3,
      of: 3,
    });
    const header: DropTarget = { kind: 'category', categoryId: 'projects' };
    expect(ids(drop({ kind: 'row', rowId: 'backup-storage' }, header).next)).toBe(
      'helpdesk:tier1 helpdesk:onboarding security:siem security:patching projects:backup-storage',
    );
  });

  it('moves every selected row when one of them is dragged, in matrix order', () => {
    const { next, plan } = drop(
      { kind: 'row', rowId: 'patching' },
      { kind: 'row', rowId: 'backup-storage' },
      ['patching', 'tier1'],
    );
    expect(ids(next)).toBe(
      'helpdesk:onboarding security:siem backup:backup-storage backup:tier1 backup:patching',
    );
    expect(plan.ok && plan.result.kind === 'rows' && plan.result.rows).toEqual([
      'Tier 1 helpdesk',
      'Workstation patching',
    ]);
  });

  it('changes nothing when a row is dropped where it already is', () => {
    const here: DropTarget = { kind: 'row', rowId: 'onboarding' };
    const plan = dropPlan(matrix, { kind: 'row', rowId: 'onboarding' }, here, new Set());
    expect(plan).toMatchObject({ ok: true, changes: [], result: { position: 2, of: 2 } });
  });

  it('reorders parties', () => {
    const { next } = drop({ kind: 'party', partyId: 'ceo' }, { kind: 'party', partyId: 'it' });
    expect(next.parties.map((p) => p.id)).toEqual(['ceo', 'it', 'msp']);
  });

  it('reassigns a letter within its row and refuses another row or a party that holds it', () => {
    const { next } = drop(
      { kind: 'chip', rowId: 'onboarding', partyId: 'it', letter: 'R' },
      { kind: 'cell', rowId: 'onboarding', partyId: 'msp' },
    );
    expect(getCell(next, 'onboarding', 'msp').roles).toEqual(['R']);
    expect(getCell(next, 'onboarding', 'it').roles).toEqual(['A']);
    const chip: DragSubject = { kind: 'chip', rowId: 'siem', partyId: 'msp', letter: 'R' };
    const elsewhere: DropTarget = { kind: 'cell', rowId: 'tier1', partyId: 'it' };
    expect(dropPlan(matrix, chip, elsewhere, new Set())).toEqual({
      ok: false,
      refusal: { code: 'other-row' },
    });
    // In tier 1 the MSP already holds an R (as overflow).
    const held: DragSubject = { kind: 'chip', rowId: 'tier1', partyId: 'it', letter: 'R' };
    const toMsp: DropTarget = { kind: 'cell', rowId: 'tier1', partyId: 'msp' };
    expect(dropPlan(matrix, held, toMsp, new Set())).toEqual({
      ok: false,
      refusal: { code: 'already-held', letter: 'R', party: 'Northwind MSP' },
    });
    const taken: DragSubject = { kind: 'chip', rowId: 'tier1', partyId: 'it', letter: 'A' };
    const onto: DropTarget = { kind: 'cell', rowId: 'tier1', partyId: 'it' };
    expect(dropPlan(matrix, taken, onto, new Set())).toMatchObject({ ok: true, changes: [] });
  });

  it('moves a card between lanes by the core rule', () => {
    expect(rowLane(matrix, 'siem')).toBe('provider');
    const { next, plan } = drop(
      { kind: 'card', rowId: 'siem' },
      { kind: 'lane', lane: 'internal' },
    );
    expect(rowLane(next, 'siem')).toBe('internal');
    expect(plan.ok && plan.result).toEqual({
      kind: 'lane',
      row: 'Security monitoring',
      lane: 'internal',
    });
  });

  it('places the dragged row at the announced position, whatever the drop', () => {
    const rowIds = matrix.rows.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...rowIds),
        fc.oneof(
          fc.constantFrom(...rowIds).map((rowId): DropTarget => ({ kind: 'row', rowId })),
          fc
            .constantFrom('helpdesk', 'security', 'backup', 'projects')
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
