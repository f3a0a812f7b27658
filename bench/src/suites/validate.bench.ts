import {
  applyMatrixChanges,
  type Cell,
  type Matrix,
  type MatrixChange,
  type Party,
  type RoleLetter,
  type Row,
} from '@tandem/core';
import {
  createMatrixValidator,
  type ValidationResult,
  validateMatrix,
} from '@tandem/core/validate';
import type { BenchSuite } from '../suite';

// Validation at the size of a large PSA customer: 2,000 rows × 12 parties, built from a seeded
// generator so every run (and every machine) checks the same matrix. Rows look like real ones:
// 1–3 parties with letters, ~6 % joint, a few stand-ins, tags on ~14 % of rows.

/** A small linear congruential generator: deterministic, good enough to spread choices. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const parties: Party[] = [
  { id: 'it-lead', name: 'Internal IT lead', side: 'internal', calendarId: 'office' },
  { id: 'it-desk', name: 'Internal helpdesk', side: 'internal', calendarId: 'office' },
  { id: 'leadership', name: 'Leadership', side: 'business' },
  { id: 'security-officer', name: 'Security officer', side: 'internal' },
  { id: 'finance', name: 'Finance', side: 'business' },
  { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
  { id: 'msp-soc', name: 'MSP SOC', side: 'provider', calendarId: '24x7' },
  { id: 'msp-desk', name: 'MSP helpdesk', side: 'provider' },
  { id: 'msp-eng', name: 'MSP engineering', side: 'provider' },
  { id: 'msp-vcio', name: 'MSP vCIO', side: 'provider' },
  { id: 'isp', name: 'Internet provider', side: 'vendor' },
  { id: 'erp-vendor', name: 'ERP vendor', side: 'vendor' },
];
const internalSide = [0, 1, 2, 3, 4];
const providerSide = [5, 6, 7, 8, 9, 10, 11];
const categoryIds = ['helpdesk', 'security', 'infrastructure', 'backup', 'projects', 'vendors'];
const tagPool = ['24x7', 'compliance', 'security-policy', 'policy-approval', 'risk-decision'];

function benchMatrix(rowCount: number, seed: number): Matrix {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rows: Row[] = [];
  const perCategory = Math.ceil(rowCount / categoryIds.length);
  for (let i = 0; i < rowCount; i++) {
    const cells: Record<string, Cell> = {};
    const give = (party: number, roles: RoleLetter[], qualifier?: Cell['qualifier']) => {
      cells[(parties[party] as Party).id] = qualifier ? { roles, qualifier } : { roles };
    };
    const kind = random() < 0.15 ? 'decision' : 'task';
    const ownSide = random() < 0.45 ? internalSide : providerSide;
    const otherSide = ownSide === internalSide ? providerSide : internalSide;
    const owner = pick(ownSide);
    const shape = random();
    if (kind === 'decision') {
      if (shape > 0.03) give(owner, ['A']);
      give(pick(otherSide), ['C']);
    } else if (shape < 0.66) give(owner, ['R', 'A']);
    else if (shape < 0.86) {
      give(owner, ['R']);
      give(pick(ownSide.filter((party) => party !== owner)), ['A']);
    } else if (shape < 0.93) {
      give(owner, ['R', 'A']);
      give(pick(otherSide), ['R']);
    } else if (shape < 0.96) give(owner, ['R']);
    else {
      give(owner, ['R', 'A']);
      give(pick(otherSide), ['R'], 'overflow');
    }
    if (random() < 0.35) {
      const informed = pick(otherSide);
      if (!cells[(parties[informed] as Party).id]) give(informed, ['I']);
    }
    const tagged = random() < 0.14;
    rows.push({
      id: `row-${i}`,
      name: `IT function ${i}`,
      categoryId: categoryIds[Math.floor(i / perCategory)] as string,
      kind,
      ...(tagged ? { tags: [pick(tagPool)] } : {}),
      cells,
    });
  }
  return {
    name: 'Bench matrix',
    variant: 'raci',
    parties,
    categories: categoryIds.map((id) => ({ id, name: id })),
    rows,
  };
}

const matrix = benchMatrix(2_000, 20_26);
// Warm up before timing: mitata's warm-up is sized for microsecond tasks, and without this the
// first case measured tiering-up and the garbage of building the matrix, not validation.
for (let i = 0; i < 30; i++) validateMatrix(matrix);

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
