import { applyMatrixChanges, invertChange, type Matrix, type MatrixChange } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { describe, expect, it } from 'vitest';
import { changesToReplace, changesToStartFrom } from './template-changes';

const empty: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };
const overflow = templates['helpdesk-overflow'].matrix;
const smallBusiness = templates['small-business-one-it'].matrix;

describe('changesToStartFrom', () => {
  it('turns an empty matrix into the template', () => {
    const result = applyMatrixChanges(empty, changesToStartFrom(empty, overflow));
    expect(result.ok && result.value.rows).toEqual(overflow.rows);
    expect(result.ok && result.value.parties).toEqual(overflow.parties);
  });
});

describe('changesToReplace', () => {
  it('replaces a filled matrix with another, rows, parties and categories alike', () => {
    const result = applyMatrixChanges(smallBusiness, changesToReplace(smallBusiness, overflow));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows).toEqual(overflow.rows);
    expect(result.value.parties).toEqual(overflow.parties);
    expect(result.value.categories).toEqual(overflow.categories);
  });

  it('is undone by inverting its changes in reverse', () => {
    const changes = changesToReplace(smallBusiness, overflow);
    let current = smallBusiness;
    const inverses: MatrixChange[] = [];
    for (const change of changes) {
      inverses.unshift(...invertChange(current, change));
      const step = applyMatrixChanges(current, [change]);
      if (!step.ok) throw new Error(step.error.message);
      current = step.value;
    }
    const back = applyMatrixChanges(current, inverses);
    expect(back.ok && back.value.rows).toEqual(smallBusiness.rows);
    expect(back.ok && back.value.parties).toEqual(smallBusiness.parties);
  });
});
