import type { Matrix, MatrixChange } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from './api/types';
import { describeAuditRecord, describeMatrixChange, describePolicyChange } from './describe-change';
import { empty, flow, matrix, matrixSamples, policySamples } from './pages/change-fixtures';

const record = (change: unknown, resource: AuditRecord['resource'] = 'matrix'): AuditRecord => ({
  id: 'a1',
  resource,
  version: 7,
  actor: 'Dana',
  at: '2026-11-20T19:12:00Z',
  change: change as AuditRecord['change'],
});

// fast-check is not resolvable from apps/portal (it is a devDependency of packages/core only),
// so instead of a property test every change type is checked against both a full and an empty
// matrix: each reads as a sentence that never leaks `undefined`, `NaN` or `[object Object]`.
describe('every change type', () => {
  const leaks = /undefined|NaN|\[object/;
  it.each(Object.values(matrixSamples))('describes matrix change $type', (change) => {
    for (const m of [matrix, empty]) {
      const sentence = describeMatrixChange(change, m);
      expect(sentence).toMatch(/^[A-Z]/);
      expect(sentence).not.toMatch(leaks);
    }
  });
  it.each(Object.values(policySamples))('describes policy change $type', (change) => {
    for (const [value, m] of [
      [flow, matrix],
      [undefined, undefined],
    ] as const) {
      const sentence = describePolicyChange(change, value, m);
      expect(sentence).toMatch(/^[A-Z]/);
      expect(sentence).not.toMatch(leaks);
    }
  });
});

describe('describeMatrixChange', () => {
  const say = (change: MatrixChange) => describeMatrixChange(change, matrix);

  it('names the party, the letters and the row of a set cell', () => {
    expect(say(matrixSamples.setCell)).toBe(
      'Set Northwind service desk to R, A on "Workstation patching"',
    );
  });
  it('mentions a known qualifier by its label and a custom one by its text', () => {
    const cell = { roles: ['R'], qualifier: 'overflow' } as const;
    expect(say({ type: 'setCell', rowId: 'backup', partyId: 'msp-desk', cell })).toBe(
      'Set Northwind service desk to R (overflow only) on "Backup"',
    );
    const custom = { roles: ['C'], qualifier: { custom: 'EMEA sites' } } as const;
    expect(say({ type: 'setCell', rowId: 'backup', partyId: 'msp-desk', cell: custom })).toBe(
      'Set Northwind service desk to C (EMEA sites) on "Backup"',
    );
  });
  it('says cleared for a null or empty cell', () => {
    expect(say({ type: 'setCell', rowId: 'backup', partyId: 'internal-it', cell: null })).toBe(
      'Cleared Internal IT on "Backup"',
    );
    expect(
      say({ type: 'setCell', rowId: 'backup', partyId: 'internal-it', cell: { roles: [] } }),
    ).toBe('Cleared Internal IT on "Backup"');
  });
  it('names both parties of a moved letter', () => {
    expect(say(matrixSamples.moveRole)).toBe(
      'Moved R on "Vendor contracts" from Internal IT to Northwind service desk',
    );
  });
  it('gives a renamed row its old and new names', () => {
    expect(say(matrixSamples.renameRow)).toBe('Renamed row "Backup" to "Backup and restore tests"');
  });
  it('names the category a row is added to', () => {
    expect(say(matrixSamples.addRow)).toBe('Added row "Printer fleet" to Infrastructure');
  });
  it('falls back to quoted ids for things the matrix no longer has', () => {
    expect(describeMatrixChange(matrixSamples.removeRow, empty)).toBe('Removed row "backup"');
    expect(describeMatrixChange(matrixSamples.moveRole, empty)).toBe(
      'Moved R on "vendors" from "internal-it" to "msp-desk"',
    );
  });
  it('uses the row id when the matrix already carries the new name', () => {
    const renamed = {
      ...matrix,
      rows: [{ ...(matrix.rows[2] as Matrix['rows'][number]), name: 'Backup and restore tests' }],
    };
    expect(describeMatrixChange(matrixSamples.renameRow, renamed)).toBe(
      'Renamed row "backup" to "Backup and restore tests"',
    );
  });
  it('lists the fields of a row update', () => {
    expect(say(matrixSamples.updateRow)).toBe(
      'Updated row "Backup": made it a decision and set its tags to 24x7 and compliance',
    );
  });
  it('describes each mode of a bulk assignment', () => {
    const bulk = matrixSamples.bulkAssign;
    expect(say(bulk)).toBe('Gave Northwind service desk I on "Workstation patching" and "Backup"');
    expect(say({ ...bulk, mode: 'remove' })).toBe(
      'Took I from Northwind service desk on "Workstation patching" and "Backup"',
    );
    expect(
      say({
        ...bulk,
        mode: 'replace',
        roles: [],
        rowIds: ['patching', 'vendors', 'backup', 'gone'],
      }),
    ).toBe(
      'Cleared Northwind service desk on "Workstation patching", "Vendor contracts", "Backup" and 1 more row',
    );
  });
  it('says which rows were marked reviewed, or had their review date cleared', () => {
    const reviewed = matrixSamples.markRowsReviewed;
    expect(say(reviewed)).toBe('Marked "Workstation patching" and "Backup" as reviewed');
    expect(say({ ...reviewed, rowIds: ['backup'], at: null })).toBe(
      'Cleared the review date of "Backup"',
    );
  });
  it('renames a party with its old name', () => {
    expect(
      say({ type: 'updateParty', partyId: 'msp-desk', patch: { name: 'Northwind desk' } }),
    ).toBe('Renamed party "Northwind service desk" to "Northwind desk"');
  });
});

describe('describeAuditRecord', () => {
  const context = { matrix, escalation: flow };

  it('describes matrix and escalation changes alike', () => {
    expect(describeAuditRecord(record(matrixSamples.setCell), context)).toBe(
      'Set Northwind service desk to R, A on "Workstation patching"',
    );
    expect(describeAuditRecord(record(policySamples.moveRule, 'escalation'), context)).toBe(
      'Moved routing rule "VIP users" to position 2',
    );
  });
  it('reads an unknown type as an unknown change', () => {
    expect(describeAuditRecord(record({ type: 'teleportRow' }), context)).toBe(
      'Unknown change "teleportRow"',
    );
    expect(describeAuditRecord(record({}), context)).toBe('Unknown change "undefined"');
    expect(describeAuditRecord(record(null), context)).toBe('Unknown change "undefined"');
  });
  it('never throws on a known type with missing fields', () => {
    for (const type of [...Object.keys(matrixSamples), ...Object.keys(policySamples)]) {
      expect(() => describeAuditRecord(record({ type }), context)).not.toThrow();
    }
    expect(describeAuditRecord(record({ type: 'moveRows' }), context)).toBe(
      'Unreadable change "moveRows"',
    );
  });
});
