import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../matrix/model';
import { cellArbitrary } from '../test-support/arbitraries';
import { formatCellNotation, knownQualifier, readCellNotation } from './cell-notation';

describe('readCellNotation', () => {
  it.each([
    ['R', ['R']],
    ['A', ['A']],
    ['R/A', ['R', 'A']],
    ['A/R', ['R', 'A']],
    ['RA', ['R', 'A']],
    ['R, A', ['R', 'A']],
    ['R / A', ['R', 'A']],
    ['C/I', ['C', 'I']],
    ['  r/a ', ['R', 'A']],
    ['r+a', ['R', 'A']],
    ['I', ['I']],
    ['S', ['S']],
    ['D', ['D']],
  ])('reads the letters of %j', (text, roles) => {
    expect(readCellNotation(text)).toEqual({ roles });
  });

  it.each(['', '  ', '-', '–', '—', 'n/a', 'N/A', 'na', 'none', 'No'])(
    'reads %j as nothing',
    (text) => {
      expect(readCellNotation(text)).toEqual({ roles: [] });
    },
  );

  it.each(['✓', '✔', '☑', '✅', 'x', 'X', 'yes', 'Yes', 'y', 'Owner', 'primary'])(
    'reads %j as an owner mark holding R',
    (text) => {
      expect(readCellNotation(text)).toEqual({ roles: ['R'], mark: 'owner' });
    },
  );

  it.each(['Joint', 'joint', 'Shared', 'both'])('reads %j as a joint mark', (text) => {
    expect(readCellNotation(text)).toEqual({ roles: ['R'], mark: 'joint' });
  });

  it.each([
    ['Overflow only', 'overflow'],
    ['overflow', 'overflow'],
    ['When internal unavailable', 'when-unavailable'],
    ['If internal IT is unavailable', 'when-unavailable'],
    ['Backup', 'when-unavailable'],
    ['After-hours', 'after-hours'],
    ['after hours only', 'after-hours'],
    ['Out of hours', 'after-hours'],
    ['Nights and weekends', 'after-hours'],
    ['Business hours', 'business-hours'],
    ['Office hours only', 'business-hours'],
  ])('reads the phrase %j as R with the qualifier %s', (text, qualifier) => {
    expect(readCellNotation(text)).toEqual({ roles: ['R'], qualifier });
  });

  it('reads letters followed by a qualifier phrase', () => {
    expect(readCellNotation('R/A - after hours')).toEqual({
      roles: ['R', 'A'],
      qualifier: 'after-hours',
    });
    expect(readCellNotation('C overflow only')).toEqual({ roles: ['C'], qualifier: 'overflow' });
  });

  it('reads a bracketed qualifier, known or custom', () => {
    expect(readCellNotation('R (overflow only)')).toEqual({ roles: ['R'], qualifier: 'overflow' });
    expect(readCellNotation('R (EMEA sites only)')).toEqual({
      roles: ['R'],
      qualifier: { custom: 'EMEA sites only' },
    });
    expect(readCellNotation('✓ (after-hours)')).toEqual({
      roles: ['R'],
      mark: 'owner',
      qualifier: 'after-hours',
    });
  });

  it('reads a bracketed qualifier alone as a condition without letters', () => {
    expect(readCellNotation('(after-hours)')).toEqual({ roles: [], qualifier: 'after-hours' });
  });

  it('reads the lines below the first as the note, kept as written', () => {
    expect(readCellNotation('R/A\n per contract §4 ')).toEqual({
      roles: ['R', 'A'],
      note: ' per contract §4 ',
    });
    expect(readCellNotation('R\r\nsecond line')).toEqual({ roles: ['R'], note: 'second line' });
    expect(readCellNotation('\nnote only')).toEqual({ roles: [], note: 'note only' });
  });

  it('keeps text it cannot read as the note and says why', () => {
    expect(readCellNotation('sometimes')).toEqual({
      roles: [],
      note: 'sometimes',
      unreadable: 'text',
    });
    expect(readCellNotation('Overflow only (weekends)')).toEqual({
      roles: [],
      note: 'Overflow only (weekends)',
      unreadable: 'two-qualifiers',
    });
  });
});

describe('knownQualifier', () => {
  it('returns undefined for words that name no known condition', () => {
    expect(knownQualifier('EMEA sites only')).toBeUndefined();
  });
});

describe('formatCellNotation', () => {
  it.each<[Cell, string]>([
    [{ roles: ['R', 'A'] }, 'R/A'],
    [{ roles: ['R'], qualifier: 'overflow' }, 'R (overflow only)'],
    [{ roles: ['R'], qualifier: 'when-unavailable' }, 'R (when unavailable)'],
    [{ roles: [], qualifier: 'after-hours' }, '(after-hours)'],
    [{ roles: ['C'], qualifier: { custom: 'EMEA' }, note: 'n' }, 'C (EMEA)\nn'],
    [{ roles: [], note: 'only a note' }, '\nonly a note'],
  ])('writes %j as %j', (cell, text) => {
    expect(formatCellNotation(cell)).toBe(text);
  });

  it('is read back to the same cell', () => {
    fc.assert(
      fc.property(cellArbitrary('rasci'), (cell) => {
        expect(readCellNotation(formatCellNotation(cell))).toEqual(cell);
      }),
    );
  });

  it('reads back any custom qualifier and note that are not padded, multi-line or known words', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(text, text, (custom, note) => {
        fc.pre(custom.trim() === custom && !/[\r\n]/.test(custom) && !knownQualifier(custom));
        fc.pre(note.trim() !== '');
        const cell: Cell = { roles: ['A'], qualifier: { custom }, note };
        expect(readCellNotation(formatCellNotation(cell))).toEqual(cell);
      }),
    );
  });
});
