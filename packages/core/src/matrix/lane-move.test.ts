import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixArbitrary } from '../test-support/arbitraries';
import { sampleMatrix } from '../test-support/sample-matrix';
import { applyMatrixChanges } from './apply';
import { getCell } from './get-cell';
import { laneMoveChanges, type TargetLane } from './lane-move';
import { laneOfRow, laneOfSide, rowLane } from './views';

function moved(rowId: string, lane: TargetLane, matrix = sampleMatrix) {
  const result = laneMoveChanges(matrix, rowId, lane);
  if (!result.ok) throw new Error(result.message);
  const applied = applyMatrixChanges(matrix, result.changes);
  if (!applied.ok) throw new Error(applied.error.message);
  return { changes: result.changes, matrix: applied.value };
}

describe('laneMoveChanges', () => {
  it('hands an MSP-owned row to internal IT and keeps the MSP informed', () => {
    const { matrix } = moved('siem', 'internal');
    expect(rowLane(matrix, 'siem')).toBe('internal');
    expect(getCell(matrix, 'siem', 'it').roles).toEqual(['R', 'A']);
    expect(getCell(matrix, 'siem', 'msp').roles).toEqual(['I']);
  });

  it('hands an internal row to the MSP, leaving an overflow stand-in of the other side alone', () => {
    const { matrix } = moved('tier1', 'provider');
    expect(rowLane(matrix, 'tier1')).toBe('provider');
    // The MSP's overflow R was a backup; as the lead it now owns, so the qualifier goes.
    expect(getCell(matrix, 'tier1', 'msp')).toEqual({ roles: ['R', 'A'] });
    expect(getCell(matrix, 'tier1', 'it').roles).toEqual(['I']);
  });

  it('makes a row joint by giving the side without an owner the doer letter', () => {
    const { matrix, changes } = moved('onboarding', 'joint');
    expect(rowLane(matrix, 'onboarding')).toBe('joint');
    expect(changes).toEqual([
      { type: 'setCell', rowId: 'onboarding', partyId: 'msp', cell: { roles: ['R'] } },
    ]);
    expect(getCell(matrix, 'onboarding', 'it').roles).toEqual(['R', 'A']);
  });

  it('splits an unowned row: the MSP does, internal IT answers for it', () => {
    const bare = { ...sampleMatrix, rows: sampleMatrix.rows.map((r) => ({ ...r, cells: {} })) };
    const { matrix } = moved('tier1', 'joint', bare);
    expect(getCell(matrix, 'tier1', 'msp').roles).toEqual(['R']);
    expect(getCell(matrix, 'tier1', 'it').roles).toEqual(['A']);
  });

  it('uses D rather than R in a DACI matrix', () => {
    const daci = {
      ...sampleMatrix,
      variant: 'daci' as const,
      rows: sampleMatrix.rows.map((r) => ({ ...r, cells: {} })),
    };
    const { matrix } = moved('tier1', 'provider', daci);
    expect(getCell(matrix, 'tier1', 'msp').roles).toEqual(['D', 'A']);
  });

  it('returns no changes for the lane the row is already in', () => {
    expect(laneMoveChanges(sampleMatrix, 'siem', 'provider')).toEqual({ ok: true, changes: [] });
  });

  it('refuses an unknown row and a side without parties, by name', () => {
    expect(laneMoveChanges(sampleMatrix, 'nope', 'joint')).toMatchObject({
      ok: false,
      code: 'unknown_row',
    });
    const internalOnly = {
      ...sampleMatrix,
      parties: sampleMatrix.parties.filter((p) => laneOfSide(p.side) === 'internal'),
    };
    expect(laneMoveChanges(internalOnly, 'tier1', 'provider')).toEqual({
      ok: false,
      code: 'no_party_on_side',
      message: 'No provider party to own the row "Tier 1 helpdesk".',
    });
  });

  it('always lands the row in the lane asked for, and only touches that row', () => {
    fc.assert(
      fc.property(
        matrixArbitrary().filter((m) => m.rows.length > 0),
        fc.nat(),
        fc.constantFrom<TargetLane>('internal', 'joint', 'provider'),
        (matrix, pick, lane) => {
          const row = matrix.rows[pick % matrix.rows.length];
          if (!row) return;
          const result = laneMoveChanges(matrix, row.id, lane);
          const sides = new Set(matrix.parties.map((p) => laneOfSide(p.side)));
          const needed = lane === 'joint' ? ['internal', 'provider'] : [lane];
          if (!needed.every((side) => sides.has(side as 'internal'))) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(result.message);
          expect(result.changes.every((c) => c.rowId === row.id)).toBe(true);
          const applied = applyMatrixChanges(matrix, result.changes);
          if (!applied.ok) throw new Error(applied.error.message);
          const after = applied.value.rows.find((r) => r.id === row.id);
          if (!after) throw new Error('row lost');
          expect(laneOfRow(applied.value, after)).toBe(lane);
        },
      ),
      { numRuns: 400 },
    );
  });
});
