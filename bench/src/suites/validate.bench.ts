import {
  applyMatrixChanges,
  type Matrix,
  type MatrixChange,
  type RoleLetter,
  type Row,
} from '@tandem/core';
import {
  createMatrixValidator,
  type ValidationResult,
  validateMatrix,
} from '@tandem/core/validate';
import type { BenchSuite } from '../suite';
import { barePass, benchMatrix, lcg, messyMatrix, parties, tagPool } from './validate-workload';

const matrix = benchMatrix(2_000, 20_26);
// Warm up before timing: mitata's warm-up is sized for microsecond tasks, and without this the
// first case measured tiering-up and the garbage of building the matrix, not validation.
const messy = messyMatrix(2_000, 18);
for (let i = 0; i < 30; i++) {
  validateMatrix(matrix);
  validateMatrix(messy);
  barePass(messy);
}

function apply(from: Matrix, changes: readonly MatrixChange[]): Matrix {
  const result = applyMatrixChanges(from, changes);
  if (!result.ok) throw new Error(`bench change refused: ${result.error.message}`);
  return result.value;
}

// One cell edit that matters: the internal IT lead gives up R on a row it owned alone, so the
// row loses its Responsible party and the lead's single-point-of-failure finding changes. The
// inverse puts R back.
const edited = matrix.rows.find(
  (row) =>
    row.cells['it-lead']?.roles.join('') === 'RA' &&
    Object.entries(row.cells).every(([id, cell]) => id === 'it-lead' || !cell.roles.includes('R')),
) as Row;
const cellChange: MatrixChange = {
  type: 'setCell',
  rowId: edited.id,
  partyId: 'it-lead',
  cell: { roles: ['A'] },
};
const cellUndo: MatrixChange = { ...cellChange, cell: { roles: ['R', 'A'] } };
const edited1 = apply(matrix, [cellChange]);

// Each run makes the edit and undoes it, so every run starts from the same state (the harness
// runs a case many times, and its test compares the first call with later ones). A run is
// therefore two single-cell revalidations: the budget is twice the 50 µs allowed for one.
const incremental = createMatrixValidator();
let primed = false;
function editAndUndo(): ValidationResult {
  if (!primed) {
    incremental.validate(matrix);
    primed = true;
  }
  const afterEdit = incremental.update(edited1, [cellChange]);
  incremental.update(matrix, [cellUndo]);
  return afterEdit;
}
function fullEditAndUndo(): ValidationResult {
  const afterEdit = validateMatrix(edited1);
  validateMatrix(matrix);
  return afterEdit;
}

// A session of editing: mostly cell edits and drags of a letter, some bulk assignments,
// renames, tag edits, added, removed and moved rows. Drawn against the matrix as it stands, so
// each change is valid where it is applied; generated on first use.
function editingSession(start: Matrix, count: number, seed: number): MatrixChange[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const letters: RoleLetter[] = ['R', 'A', 'C', 'I'];
  const changes: MatrixChange[] = [];
  let current = start;
  let added = 0;
  while (changes.length < count) {
    const row = pick(current.rows);
    const party = pick(parties).id;
    const roll = random();
    let change: MatrixChange | undefined;
    if (roll < 0.55) {
      const roles = letters.filter(() => random() < 0.3);
      change = {
        type: 'setCell',
        rowId: row.id,
        partyId: party,
        cell: roles.length ? { roles } : null,
      };
    } else if (roll < 0.7) {
      const held = Object.entries(row.cells).filter(([, cell]) => cell.roles.length > 0);
      const [from, cell] = held.length > 0 ? pick(held) : [];
      const letter = cell ? pick(cell.roles) : undefined;
      if (from && letter && party !== from && !row.cells[party]?.roles.includes(letter)) {
        change = { type: 'moveRole', rowId: row.id, letter, fromPartyId: from, toPartyId: party };
      }
    } else if (roll < 0.8) {
      const at = Math.floor(random() * (current.rows.length - 8));
      const rowIds = current.rows.slice(at, at + 2 + Math.floor(random() * 6)).map((r) => r.id);
      change = {
        type: 'bulkAssign',
        rowIds,
        partyId: party,
        roles: [pick(letters)],
        mode: pick(['add', 'remove', 'replace'] as const),
      };
    } else if (roll < 0.85) change = { type: 'renameRow', rowId: row.id, name: `${row.name}′` };
    else if (roll < 0.9)
      change = {
        type: 'updateRow',
        rowId: row.id,
        patch: { tags: random() < 0.5 ? null : [pick(tagPool)] },
      };
    else if (roll < 0.95) {
      const newRow: Row = {
        id: `added-${++added}`,
        name: 'New function',
        categoryId: row.categoryId,
        kind: 'task',
        cells: { [party]: { roles: ['R', 'A'] } },
      };
      change = { type: 'addRow', row: newRow, index: 0 };
    } else if (roll < 0.98) change = { type: 'removeRow', rowId: row.id };
    else change = { type: 'moveRows', rowIds: [row.id], index: 0 };
    if (!change) continue;
    const applied = applyMatrixChanges(current, [change]);
    if (!applied.ok) continue;
    current = applied.value;
    changes.push(change);
  }
  return changes;
}

let session: MatrixChange[] | undefined;
function replaySession(): ValidationResult {
  session ??= editingSession(matrix, 10_000, 7);
  const validator = createMatrixValidator();
  let current = matrix;
  let result = validator.validate(current);
  for (const change of session) {
    current = apply(current, [change]);
    result = validator.update(current, [change]);
  }
  return result;
}

const issuesOnly = (result: unknown) => (result as ValidationResult).issues;
const reused = createMatrixValidator();

export const validateSuite: BenchSuite = {
  name: 'validate',
  groups: [
    {
      name: 'validate 2,000 × 12 (full)',
      budgetNs: 2_000_000,
      cases: [
        { name: '@tandem/core validateMatrix', subject: true, run: () => validateMatrix(matrix) },
        {
          name: '@tandem/core createMatrixValidator().validate',
          run: () => reused.validate(matrix),
        },
      ],
    },
    {
      // Issue 18: an imported spreadsheet, where nearly every row has an issue, within 3 ms and
      // 40 times a bare pass over the same cells. The cases agree on the rows without exactly
      // one Accountable party, which the bare pass counts and two rules report.
      name: 'validate a messy 2,000 × 12 (full, 1,966 issues)',
      budgetNs: 3_000_000,
      baseline: { name: 'bare pass over the cells', maxRatio: 40 },
      normalise: (result) =>
        typeof result === 'number'
          ? result
          : ((result as ValidationResult).summary.byRule['accountable-exactly-one'] ?? 0) +
            ((result as ValidationResult).summary.byRule['decision-needs-decider'] ?? 0),
      cases: [
        { name: '@tandem/core validateMatrix', subject: true, run: () => validateMatrix(messy) },
        { name: 'bare pass over the cells', run: () => barePass(messy) },
      ],
    },
    {
      name: 'revalidate after one cell change (edit + undo: two revalidations)',
      budgetNs: 2 * 50_000,
      normalise: issuesOnly,
      cases: [
        { name: '@tandem/core validator.update', subject: true, run: editAndUndo },
        { name: 'validateMatrix after each', run: fullEditAndUndo },
      ],
    },
    {
      name: '10,000 random changes applied and revalidated',
      budgetNs: 1_000_000_000,
      cases: [{ name: 'applyMatrixChanges + validator.update', subject: true, run: replaySession }],
    },
  ],
};
