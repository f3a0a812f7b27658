import { describe, expect, it } from 'vitest';
import { sampleMatrix } from '../test-support/sample-matrix';
import { getCell } from './get-cell';
import { ownershipLanes, partyLoads, raciSummary, rowLane } from './views';

describe('ownership lanes', () => {
  it('keeps a row internal when the provider only covers overflow', () => {
    expect(rowLane(sampleMatrix, 'tier1')).toBe('internal');
  });

  it('makes a row joint when both sides hold R or A outright', () => {
    expect(rowLane(sampleMatrix, 'patching')).toBe('joint');
  });

  it('counts a business party with the internal side', () => {
    expect(ownershipLanes(sampleMatrix)).toEqual({
      tier1: 'internal',
      onboarding: 'internal',
      siem: 'provider',
      patching: 'joint',
      'backup-storage': 'joint',
    });
  });

  it('calls a row nobody owns unassigned, and an unknown row too', () => {
    const matrix = {
      ...sampleMatrix,
      rows: [{ ...sampleMatrix.rows[0], cells: { it: { roles: ['C' as const] } } }],
    } as typeof sampleMatrix;
    expect(rowLane(matrix, 'tier1')).toBe('unassigned');
    expect(rowLane(matrix, 'nope')).toBe('unassigned');
  });
});

describe('party load and RACI summary', () => {
  it('counts the letters each party holds and where it is the only Responsible', () => {
    expect(partyLoads(sampleMatrix)).toEqual([
      { partyId: 'it', letters: { R: 3, A: 2, I: 1 }, rows: 4, soleResponsible: 1 },
      { partyId: 'msp', letters: { R: 4, A: 2, C: 1 }, rows: 4, soleResponsible: 2 },
      { partyId: 'ceo', letters: { A: 1 }, rows: 1, soleResponsible: 0 },
    ]);
  });

  it('summarises a column in one line', () => {
    expect(raciSummary(sampleMatrix, 'msp')).toBe('R 4 · A 2 · C 1');
    expect(raciSummary(sampleMatrix, 'nobody')).toBe('');
  });
});

describe('getCell', () => {
  it('returns letters in order, or an empty list, and never reads inherited keys', () => {
    expect(getCell(sampleMatrix, 'backup-storage', 'msp')).toEqual({
      roles: ['R', 'C'],
      note: 'quarterly',
    });
    expect(getCell(sampleMatrix, 'tier1', 'ceo')).toEqual({ roles: [] });
    expect(getCell(sampleMatrix, 'tier1', 'constructor')).toEqual({ roles: [] });
    expect(getCell(sampleMatrix, 'toString', 'it')).toEqual({ roles: [] });
  });
});
