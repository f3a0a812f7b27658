import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMatrixChanges } from '../matrix/apply';
import type { MatrixChange } from '../matrix/changes';
import { cellOf } from '../matrix/get-cell';
import type { Matrix } from '../matrix/model';
import { isRoleLetter, type RoleVariant } from '../matrix/roles';
import { laneOfRow, laneOfSide } from '../matrix/views';
import { matrixArbitrary } from '../test-support/arbitraries';
import { changeArbitrary } from '../test-support/change-arbitrary';
import { computeRowFacts, factsSetup } from './facts';
import type { ValidateOptions } from './options';
import type { MatrixIssue } from './types';
import { validateMatrix } from './validate-matrix';
import { createMatrixValidator } from './validator';

// Small thresholds so the matrix-wide rules (joint rows, workload) fire on small random matrices.
const eager: ValidateOptions = {
  rules: {
    'too-many-joint-rows': { options: { maxRows: 1, maxShare: 0.1 } },
    'single-point-of-failure': { options: { maxRows: 1 } },
    'overloaded-party': { options: { minRows: 2, maxShare: 0.3 } },
  },
};

// Valid matrices, sometimes switched to another variant afterwards (as `setVariant` does), so
// cells hold letters the variant lacks.
const anyMatrix = (maxRows: number) =>
  fc
    .tuple(
      matrixArbitrary({ maxRows }),
      fc.option(fc.constantFrom<RoleVariant>('raci', 'rasci', 'daci')),
    )
    .map(([matrix, variant]): Matrix => (variant ? { ...matrix, variant } : matrix));

const overlaps = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === undefined || a.length === 0 || a.some((id) => b?.includes(id));

/** Whether `other` reports the same problem as `issue`: same rule, same rows, parties, categories. */
const sameProblem = (issue: MatrixIssue, other: MatrixIssue) =>
  other.ruleId === issue.ruleId &&
  overlaps(issue.rowIds, other.rowIds) &&
  overlaps(issue.partyIds, other.partyIds) &&
  overlaps(issue.categoryIds, other.categoryIds);

describe('validateMatrix on any matrix', () => {
  it('never throws and counts what it lists', () => {
    fc.assert(
      fc.property(anyMatrix(20), (matrix) => {
        const { issues, summary } = validateMatrix(matrix, eager);
        expect(summary.total).toBe(issues.length);
        expect(summary.errors + summary.warnings + summary.infos).toBe(issues.length);
        for (const issue of issues) expect(issue.message).not.toBe('');
      }),
    );
  });

  it('reads the same cells as cellOf and the same lane as laneOfRow', () => {
    fc.assert(
      fc.property(matrixArbitrary(), (matrix) => {
        const setup = factsSetup(matrix);
        for (const row of matrix.rows) {
          const facts = computeRowFacts(row, setup);
          expect(facts.cells).toEqual(matrix.parties.map((party) => cellOf(row, party.id)));
          expect(facts.lane).toBe(laneOfRow(matrix, row));
          expect(setup.lanes).toEqual(matrix.parties.map((party) => laneOfSide(party.side)));
        }
      }),
    );
  });

  it('offers only fixes that apply and remove the issue they fix', () => {
    fc.assert(
      fc.property(anyMatrix(10), (matrix) => {
        for (const issue of validateMatrix(matrix, eager).issues) {
          for (const fix of issue.fixes) {
            const applied = applyMatrixChanges(matrix, fix.changes);
            if (!applied.ok) throw new Error(`${fix.label}: ${applied.error.message}`);
            const after = validateMatrix(applied.value, eager).issues;
            const still = after.find((other) => sameProblem(issue, other));
            expect(still, `${issue.message} → ${fix.label}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

// A row's cells in any key order, with cells of parties the matrix does not have.
const shuffledCells = fc.tuple(anyMatrix(8), fc.gen()).map(
  ([matrix, gen]): Matrix => ({
    ...matrix,
    rows: matrix.rows.map((row) => {
      const entries = Object.entries(row.cells);
      const order = gen(fc.shuffledSubarray, entries, {
        minLength: entries.length,
        maxLength: entries.length,
      });
      const stray = gen(fc.boolean) ? [['no-such-party', { roles: ['A' as const] }] as const] : [];
      return { ...row, cells: Object.fromEntries([...stray, ...order]) };
    }),
  }),
);

describe('computeRowFacts', () => {
  it('counts and classifies like a plain reading of the cells, in any key order', () => {
    fc.assert(
      fc.property(shuffledCells, (matrix) => {
        const setup = factsSetup(matrix);
        const letter = matrix.variant === 'daci' ? 'D' : 'R';
        for (const row of matrix.rows) {
          const cells = matrix.parties.map((party) => cellOf(row, party.id));
          const holding = (l: string) => cells.filter((cell) => cell?.roles.includes(l as 'A'));
          const doers = cells.flatMap((cell, index) =>
            cell?.roles.includes(letter) ? [index] : [],
          );
          const facts = computeRowFacts(row, setup);
          expect(facts.cells).toEqual(cells);
          expect(facts.accountable).toBe(holding('A').length);
          expect(facts.responsible).toBe(doers.length);
          expect(facts.soleResponsible).toBe(doers.length === 1 ? doers[0] : -1);
          expect(facts.foreignLetters).toBe(
            cells.some((cell) => cell?.roles.some((l) => !isRoleLetter(l, matrix.variant))),
          );
          expect(facts.lane).toBe(laneOfRow(matrix, row));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('lazy fixes', () => {
  it('equal the fixes read at once, however much later they are read', () => {
    fc.assert(
      fc.property(
        anyMatrix(12),
        fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 6 }),
        fc.gen(),
        (start, edits, gen) => {
          // structuredClone reads every getter now: the eager answer.
          const eagerIssues = structuredClone(validateMatrix(start, eager).issues);
          const validator = createMatrixValidator(eager);
          const first = validator.validate(start);
          // The validator moves on (its run context points at later matrices) before anyone
          // reads the first result's fixes.
          let matrix = start;
          for (const _ of edits) {
            const change = gen(changeArbitrary, matrix);
            const applied = applyMatrixChanges(matrix, [change]);
            if (!applied.ok) continue;
            matrix = applied.value;
            validator.update(matrix, [change]);
          }
          expect(first.issues.map((issue) => issue.fixes)).toEqual(
            eagerIssues.map((issue) => issue.fixes),
          );
          expect(JSON.stringify(first.issues)).toBe(JSON.stringify(eagerIssues));
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('createMatrixValidator', () => {
  it('gives exactly the full result after any sequence of valid changes', () => {
    fc.assert(
      fc.property(
        matrixArbitrary({ maxRows: 10 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 12 }),
        fc.gen(),
        (start, batchSizes, gen) => {
          const validator = createMatrixValidator(eager);
          validator.validate(start);
          let matrix: Matrix = start;
          for (const size of batchSizes) {
            // Each change is drawn for the matrix as it stands after the previous ones.
            const batch: MatrixChange[] = [];
            let current = matrix;
            for (let i = 0; i < size; i++) {
              const change = gen(changeArbitrary, current);
              const applied = applyMatrixChanges(current, [change]);
              if (!applied.ok) continue;
              batch.push(change);
              current = applied.value;
            }
            matrix = current;
            expect(validator.update(matrix, batch)).toEqual(validateMatrix(matrix, eager));
          }
        },
      ),
      { numRuns: 100 },
    );
    // Each run validates up to 13 matrices twice (~4 s idle); CI runs every suite at once on two
    // cores, where a run has taken 25 times as long.
  }, 180_000);
});
