import { detectMatrixLayout, readTable, type Table } from '@tandem/core/io';
import { describe, expect, it } from 'vitest';
import { legendCsv, metadataCsv, transposedCsv } from '../stories/import-fixtures';
import {
  choiceOf,
  letterColumns,
  withColumnChoice,
  withHeaderRow,
  withLetterMapping,
} from './layout-edits';

const tableOf = (text: string): Table => {
  const read = readTable(text);
  if (!read.ok) throw new Error('fixture does not read');
  return read.value;
};

describe('withColumnChoice', () => {
  const layout = detectMatrixLayout(tableOf(metadataCsv)).layout;

  it('makes a column a party on the chosen side', () => {
    const next = withColumnChoice(layout, 3, 'party-provider');
    expect(next.columns[2]).toEqual({
      column: 3,
      header: 'Status',
      role: 'party',
      side: 'provider',
    });
    expect(choiceOf(next.columns[2] as never)).toBe('party-provider');
  });

  it('turns the old function column into notes when another becomes the function', () => {
    const next = withColumnChoice(layout, 4, 'function');
    expect(next.columns.map((c) => c.role)).toEqual([
      'id',
      'notes',
      'notes',
      'function',
      'party',
      'party',
    ]);
  });

  it('transposes when a letter column comes back, with the letters the detector knew', () => {
    const detection = detectMatrixLayout(tableOf(transposedCsv));
    const grid = detection.alternatives[0]?.layout;
    if (!grid) throw new Error('no alternative');
    const back = withColumnChoice(grid, 2, 'letter', letterColumns(detection));
    expect(back.orientation).toBe('transposed');
    expect(back.columns[1]).toMatchObject({ role: 'letter', letters: ['R'] });
  });

  it('leaves the layout it was given untouched', () => {
    const before = JSON.stringify(layout);
    withColumnChoice(layout, 1, 'ignore');
    expect(JSON.stringify(layout)).toBe(before);
  });
});

describe('withHeaderRow', () => {
  it('detects the roles again from the chosen row and keeps the legend above it', () => {
    const table = tableOf(legendCsv);
    const layout = detectMatrixLayout(table).layout;
    const moved = withHeaderRow(table, { ...layout, headerRow: 1 }, 2);
    expect(moved.headerRow).toBe(2);
    expect(moved.columns.map((c) => c.header)).toEqual(['Task', 'IT lead', 'MSP NOC', 'MSP vCIO']);
    expect(moved.letters.map).toEqual({ M: ['C'], N: [] });
  });
});

describe('withLetterMapping', () => {
  it('changes what one sheet letter reads as', () => {
    const layout = detectMatrixLayout(tableOf(legendCsv)).layout;
    expect(withLetterMapping(layout, 'M', ['I']).letters.map).toEqual({ M: ['I'], N: [] });
  });
});
