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
// to a reader (a rule's severity is fixed for the validator's life), and what its fixes are built
// from is unchanged (the rows it names are the same objects, the parties the same list).
// Comparing words alone kept issues whose fixes were built from an earlier state of the row, and
// a host applying `cellIssues(…)[0].fixes[0]` overwrote the later edit. Fixes are never read
// here, so they stay unbuilt until asked for.
function sameIssueOf(matrix: Matrix, previous: Matrix) {
  let changed: Set<string> | undefined;
  return (a: MatrixIssue, b: MatrixIssue) => {
    if (a === b) return true;
    if (!sameWords(a, b)) return false;
    // Other parties or letters: every row counts as changed.
    if (matrix.parties !== previous.parties || matrix.variant !== previous.variant) return false;
    if (!changed) {
      const before = new Set(previous.rows);
      changed = new Set(matrix.rows.filter((row) => !before.has(row)).map((row) => row.id));
    }
    return !b.rowIds.some((id) => changed?.has(id));
  };
}

// A note about the whole matrix (a party's load across twelve rows) belongs in the summary;
// marking every row it mentions would say twelve rows are wrong when none is.
const marks = (issue: MatrixIssue) => issue.severity !== 'info' || issue.rowIds.length < 2;

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * Indexes a run's issues by row and cell, starting from the previous run's index: only the rows
 * an issue came to or left get new lists (a cell edit's row, the rows of a matrix-wide issue that
 * changed), every other row keeps its arrays, so a memoised row is not re-rendered and a remote
 * edit does not re-index the 2,000-row matrix. An issue that says the same as one of the
 * previous run (see `sameIssueOf`) counts as that one; a new list equal item by item to the
 * previous one is the previous one.
 */
function indexIssues(
  result: ValidationResult,
  matrix: Matrix,
  previous?: IndexedRun,
): MatrixValidationView {
  const old = previous?.view;
  const same = previous ? sameIssueOf(matrix, previous.matrix) : () => false;
  const now = new Set(result.issues);
  const kept = new Set(old?.issues);
  // The previous run's issues that are gone, by message, for new ones to stand in for.
  const gone = new Map<string, MatrixIssue[]>();
  for (const issue of old?.issues ?? []) if (!now.has(issue)) push(gone, issue.message, issue);
  const touched = new Set<string>();
  const touch = (issue: MatrixIssue) => {
    if (marks(issue)) for (const id of issue.rowIds) touched.add(id);
  };
  for (const issue of result.issues) {
    if (kept.has(issue)) continue;
    const alike = gone.get(issue.message) ?? [];
    const at = alike.findIndex((before) => same(issue, before));
    if (at < 0) touch(issue);
    else alike.splice(at, 1);
  }
  for (const left of gone.values()) for (const issue of left) touch(issue);
  if (old && touched.size === 0) return { ...result, byRow: old.byRow, byCell: old.byCell };

  const byRow = new Map(old?.byRow);
  const byCell = new Map(old?.byCell);
  const rows = new Map<string, MatrixIssue[]>();
  const cells = new Map<string, MatrixIssue[]>();
  const index = (issues: readonly MatrixIssue[], add: boolean) => {
    for (const issue of issues)
      if (marks(issue))
        for (const rowId of issue.rowIds)
          if (touched.has(rowId)) {
            if (add) push(rows, rowId, issue);
            else byRow.delete(rowId);
            for (const partyId of issue.partyIds) {
              const key = cellKey(rowId, partyId);
              if (add) push(cells, key, issue);
              else byCell.delete(key);
            }
          }
  };
  index(old?.issues ?? [], false);
  index(result.issues, true);
  // Lists equal item by item to the previous run's keep the previous array.
  const keep = (
    into: Map<string, readonly MatrixIssue[]>,
    fresh: Map<string, MatrixIssue[]>,
    before: ReadonlyMap<string, readonly MatrixIssue[]> | undefined,
  ) => {
    for (const [key, list] of fresh) {
      const was = before?.get(key);
      into.set(
        key,
        was?.length === list.length && was.every((issue, i) => same(list[i] as MatrixIssue, issue))
          ? was
          : list,
      );
    }
  };
  keep(byRow, rows, old?.byRow);
  keep(byCell, cells, old?.byCell);
  return { ...result, byRow, byCell };
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
