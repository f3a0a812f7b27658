import { applyMatrixChanges, type MatrixChange, parseMatrix } from '@tandem/core';
import { COLLEAGUE, type PsaState } from './psa-store';

// What the `save-409` switch simulates: a colleague at the MSP saves an edit of their own just
// before yours lands, so yours is based on an old version.

const CHANGES: MatrixChange[] = [
  { type: 'renameRow', rowId: 'backup', name: 'Backup management and quarterly restore tests' },
  { type: 'setCell', rowId: 'backup', partyId: 'internal-it', cell: { roles: ['C'] } },
];

/**
 * The state after the colleague's save: a new version of the matrix, in the versions list and
 * the audit trail. When the demo rows are gone (an import replaced them) the colleague renames
 * the matrix instead, so there is always a version to conflict with.
 */
export function withColleagueEdit(state: PsaState, at: Date): PsaState {
  const parsed = parseMatrix(state.matrix.matrix);
  if (!parsed.ok) return state;
  let changes: MatrixChange[] = CHANGES;
  let applied = applyMatrixChanges(parsed.value, changes);
  if (!applied.ok) {
    const name = `${parsed.value.name ?? 'Responsibility matrix'} (reviewed by Northwind)`;
    changes = [];
    applied = { ok: true, value: { ...parsed.value, name } };
  }
  const version = state.matrix.version + 1;
  const meta = { version, savedAt: at.toISOString(), savedBy: COLLEAGUE };
  return {
    ...state,
    matrix: { ...meta, matrix: applied.value },
    versions: [...state.versions, { ...meta, matrix: applied.value }],
    audit: [
      ...state.audit,
      ...changes.map((change, n) => ({
        id: `matrix-${version}-${n}`,
        resource: 'matrix' as const,
        version,
        actor: COLLEAGUE,
        at: meta.savedAt,
        change,
      })),
    ],
  };
}
