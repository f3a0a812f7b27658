import { describe, expect, it } from 'vitest';
import type { Matrix, Row, RowCells } from '../matrix/model';
import { scopeDrift } from './drift';

const base: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal' },
    { id: 'ceo', name: 'Leadership', side: 'business' },
    { id: 'msp', name: 'MSP', side: 'provider' },
    { id: 'noc', name: 'MSP NOC', side: 'provider' },
  ],
  categories: [{ id: 'c', name: 'All' }],
  rows: [],
};
const row = (id: string, cells: RowCells, extra: Partial<Row> = {}): Row => ({
  id,
  name: id,
  categoryId: 'c',
  kind: 'task',
  cells,
  ...extra,
});
const versions = (before: Row[], after: Row[]) =>
  [
    { ...base, rows: before },
    { ...base, rows: after },
  ] as const;
const brief = (before: Row[], after: Row[]) =>
  scopeDrift(...versions(before, after)).map((f) => `${f.kind}:${f.severity}:${f.from}>${f.to}`);

describe('scopeDrift', () => {
  it('flags Responsible leaving internal for the provider as high', () => {
    const [before, after] = versions(
      [row('patching', { it: { roles: ['R'] }, ceo: { roles: ['A'] } })],
      [row('patching', { msp: { roles: ['R'] }, ceo: { roles: ['A'] } })],
    );
    expect(scopeDrift(before, after)).toEqual([
      {
        kind: 'responsible-moved',
        severity: 'high',
        rowId: 'patching',
        rowName: 'patching',
        from: 'internal',
        to: 'provider',
        message: '"patching": Responsible moved from Internal IT to MSP.',
        before: before.rows[0]?.cells,
        after: after.rows[0]?.cells,
      },
    ]);
  });

  it('flags the provider handing work back to internal as medium', () => {
    expect(
      brief([row('x', { msp: { roles: ['R', 'A'] } })], [row('x', { it: { roles: ['R', 'A'] } })]),
    ).toEqual([
      'responsible-moved:medium:provider>internal',
      'accountable-moved:medium:provider>internal',
    ]);
  });

  it('flags a row that became joint, high when it is a compliance row', () => {
    const before = [
      row('a', { it: { roles: ['R', 'A'] } }),
      row('b', { it: { roles: ['R', 'A'] } }, { tags: ['compliance'] }),
    ];
    const after = [
      row('a', { it: { roles: ['R', 'A'] }, msp: { roles: ['R'] } }),
      row('b', { it: { roles: ['R', 'A'] }, msp: { roles: ['R'] } }, { tags: ['compliance'] }),
    ];
    expect(brief(before, after)).toEqual([
      'became-joint:high:internal>joint',
      'became-joint:medium:internal>joint',
    ]);
  });

  it('does not count backup letters as ownership', () => {
    const before = [row('t1', { it: { roles: ['R', 'A'] } })];
    const after = [
      row('t1', { it: { roles: ['R', 'A'] }, msp: { roles: ['R'], qualifier: 'overflow' } }),
    ];
    expect(brief(before, after)).toEqual([]);
    // …until the backup qualifier is dropped and the MSP simply owns the work.
    const later = [row('t1', { msp: { roles: ['R', 'A'] } })];
    expect(brief(after, later)).toEqual([
      'responsible-moved:high:internal>provider',
      'accountable-moved:high:internal>provider',
    ]);
  });

  it('reports a changed decider on decisions, by how far it moved', () => {
    const decision = (cells: RowCells) => row('d', cells, { kind: 'decision' });
    const ceo = decision({ ceo: { roles: ['A'] }, msp: { roles: ['R'] } });
    expect(brief([ceo], [decision({ msp: { roles: ['R', 'A'] } })])).toEqual([
      'decider-changed:high:internal>provider',
    ]);
    expect(brief([ceo], [decision({ it: { roles: ['A'] }, msp: { roles: ['R'] } })])).toEqual([
      'decider-changed:low:internal>internal',
    ]);
    expect(brief([ceo], [decision({ msp: { roles: ['R'] } })])).toEqual([
      'decider-changed:medium:internal>none',
    ]);
  });

  it('sees drift from a party changing side with no cell edited', () => {
    const rows = [row('x', { noc: { roles: ['R', 'A'] } })];
    const before = {
      ...base,
      rows,
      parties: base.parties.map((p) => (p.id === 'noc' ? { ...p, side: 'internal' as const } : p)),
    };
    expect(scopeDrift(before, { ...base, rows }).map((f) => f.kind)).toEqual([
      'responsible-moved',
      'accountable-moved',
    ]);
  });

  it('lists high findings first', () => {
    const before = [
      row('a', { it: { roles: ['R', 'A'] } }),
      row('b', { it: { roles: ['R', 'A'] } }),
    ];
    const after = [
      row('a', { it: { roles: ['R', 'A'] }, msp: { roles: ['R'] } }),
      row('b', { msp: { roles: ['R', 'A'] } }),
    ];
    expect(scopeDrift(...versions(before, after)).map((f) => [f.rowId, f.severity])).toEqual([
      ['b', 'high'],
      ['b', 'high'],
      ['a', 'medium'],
    ]);
  });
});
