import type { Matrix, MatrixChange } from '@tandem/core';
import {
  createMatrixValidator,
  type MatrixIssue,
  type MatrixValidator,
  type ValidateOptions,
  type ValidationResult,
} from '@tandem/core/validate';
import { useCallback, useMemo, useRef } from 'react';

const NO_RESULT: ValidationResult = {
  issues: [],
  summary: { errors: 0, warnings: 0, infos: 0, total: 0, byRule: {} },
};

/**
 * Issues of one validation run, indexed the ways a grid reads them.
 *
 * @example
 * view.byRow.get('backup')?.length; // 1
 */
export interface MatrixValidationView extends ValidationResult {
  /** Issues naming each row id (notes that span several rows are left to the summary). */
  readonly byRow: ReadonlyMap<string, readonly MatrixIssue[]>;
  /** Issues naming each row and party, keyed `${rowId}\u0000${partyId}`. */
  readonly byCell: ReadonlyMap<string, readonly MatrixIssue[]>;
}

/**
 * The key of {@link MatrixValidationView.byCell}.
 *
 * @example
 * view.byCell.get(cellKey('backup', 'msp'));
 */
export const cellKey = (rowId: string, partyId: string) => `${rowId}\u0000${partyId}`;

/** A view and the matrix it was made from, kept to compare the next run with. */
interface IndexedRun {
  readonly matrix: Matrix;
  readonly view: MatrixValidationView;
}

// Lists equal item by item to the previous run's keep the previous array, so a memoised row
// whose issues did not change is not re-rendered (the validator reuses unchanged issues).
function keepSame(
  next: Map<string, MatrixIssue[]>,
  previous: ReadonlyMap<string, readonly MatrixIssue[]> | undefined,
  same: (a: MatrixIssue, b: MatrixIssue | undefined) => boolean,
): Map<string, readonly MatrixIssue[]> {
  if (!previous) return next;
  const kept = new Map<string, readonly MatrixIssue[]>();
  for (const [key, list] of next) {
    const old = previous.get(key);
    kept.set(
      key,
      old?.length === list.length && old.every((issue, i) => same(issue, list[i])) ? old : list,
    );
  }
  return kept;
}

// Field by field, not as one joined string: a 2,000-row matrix compares thousands of issues on
// every edit, and building their strings was most of a remote edit's time in the browser.
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);
const sameWords = (a: MatrixIssue, b: MatrixIssue) =>
  a.ruleId === b.ruleId &&
  a.message === b.message &&
  sameIds(a.partyIds, b.partyIds) &&
  sameIds(a.rowIds, b.rowIds);

// Whether an issue of the new run may stand in for one of the previous run: it says the same
// to a reader (a rule's severity is fixed for the validator's life), and what its fixes are built from is unchanged (the rows it names are the same
// objects, the parties the same list). Comparing words alone kept issues whose fixes were
// built from an earlier state of the row, and a host applying `cellIssues(…)[0].fixes[0]`
// overwrote the later edit. Fixes are never read here, so they stay unbuilt until asked for.
// Each pair is compared once: a matrix-wide issue (a party sole responsible for 167 rows) sits
// under each of its rows and cells, and comparing its row ids again at every one of them was
// most of a remote edit's time in the browser.
function sameIssueOf(matrix: Matrix, previous: Matrix) {
  let changed: Set<string> | undefined;
  const answers = new Map<MatrixIssue, [MatrixIssue | undefined, boolean]>();
  const compare = (a: MatrixIssue, b: MatrixIssue | undefined) => {
    if (!b || !sameWords(a, b)) return false;
    if (!changed) {
      const before = new Set(previous.rows);
      const all = matrix.parties !== previous.parties || matrix.variant !== previous.variant;
      // Other parties or letters: every row counts as changed.
      changed = new Set(matrix.rows.filter((row) => all || !before.has(row)).map((row) => row.id));
    }
    return !b.rowIds.some((id) => changed?.has(id));
  };
  return (a: MatrixIssue, b: MatrixIssue | undefined) => {
    if (a === b) return true;
    let known = answers.get(a);
    if (!known || known[0] !== b) {
      known = [b, compare(a, b)];
      answers.set(a, known);
    }
    return known[1];
  };
}

function indexIssues(
  result: ValidationResult,
  matrix: Matrix,
  previous?: IndexedRun,
): MatrixValidationView {
  const byRow = new Map<string, MatrixIssue[]>();
  const byCell = new Map<string, MatrixIssue[]>();
  const push = (map: Map<string, MatrixIssue[]>, key: string, issue: MatrixIssue) => {
    const list = map.get(key);
    if (list) list.push(issue);
    else map.set(key, [issue]);
  };
  for (const issue of result.issues) {
    // A note about the whole matrix (a party's load across twelve rows) belongs in the summary;
    // marking every row it mentions would say twelve rows are wrong when none is.
    if (issue.severity === 'info' && issue.rowIds.length > 1) continue;
    for (const rowId of issue.rowIds) {
      push(byRow, rowId, issue);
      for (const partyId of issue.partyIds) push(byCell, cellKey(rowId, partyId), issue);
    }
  }
  const same = previous ? sameIssueOf(matrix, previous.matrix) : () => false;
  return {
    ...result,
    byRow: keepSame(byRow, previous?.view.byRow, same),
    byCell: keepSame(byCell, previous?.view.byCell, same),
  };
}

/**
 * The rows of `next` that are not `previous`'s own objects, as the changes the validator's
 * update reads (which rows to check again), when that is all that differs: the same parties,
 * categories and variant, the same rows in the same order and categories. A live session's
 * remote edit arrives so (one row new, the others the same objects); anything else is
 * `undefined`, validated in full.
 */
function editedRows(previous: Matrix, next: Matrix): MatrixChange[] | undefined {
  if (
    previous.parties !== next.parties ||
    previous.categories !== next.categories ||
    previous.variant !== next.variant ||
    previous.rows.length !== next.rows.length
  )
    return undefined;
  const changes: MatrixChange[] = [];
  for (const [i, row] of next.rows.entries()) {
    const before = previous.rows[i];
    if (before === row) continue;
    if (before?.id !== row.id || before.categoryId !== row.categoryId) return undefined;
    changes.push({ type: 'updateRow', rowId: row.id, patch: {} });
  }
  return changes;
}

/**
 * Validates the matrix a hook shows: incrementally after the hook's own edits (`update`) and
 * when the matrix arrives from elsewhere with only some rows new (a live session's remote
 * edit), in full otherwise. `false` turns validation off.
 *
 * @example
 * const { view, afterEdit } = useMatrixValidation(matrix, {});
 * afterEdit(next, changes); // before rendering `next`
 */
export function useMatrixValidation(matrix: Matrix, options: ValidateOptions | false | undefined) {
  const enabled = options !== false;
  // Options are read once: a validator keeps state between runs, and hosts usually pass an
  // inline object that would otherwise rebuild it every render.
  const validatorRef = useRef<MatrixValidator | null>(null);
  if (enabled && !validatorRef.current)
    validatorRef.current = createMatrixValidator(options === undefined ? undefined : options);
  const last = useRef<{ matrix: Matrix; result: ValidationResult } | null>(null);

  const validator = validatorRef.current;
  if (enabled && validator && last.current?.matrix !== matrix) {
    const edited = last.current && editedRows(last.current.matrix, matrix);
    last.current = {
      matrix,
      result: edited ? validator.update(matrix, edited) : validator.validate(matrix),
    };
  }

  const afterEdit = useCallback(
    (next: Matrix, changes: readonly MatrixChange[]) => {
      if (!enabled || !validatorRef.current) return;
      last.current = { matrix: next, result: validatorRef.current.update(next, changes) };
    },
    [enabled],
  );

  const result = enabled && last.current ? last.current.result : NO_RESULT;
  const previousRun = useRef<IndexedRun | undefined>(undefined);
  const view = useMemo(() => indexIssues(result, matrix, previousRun.current), [result, matrix]);
  previousRun.current = { matrix, view };
  return { view, afterEdit };
}
