import type { Row } from '../matrix/model';
import { indexById } from '../matrix/row-index';
import { evaluateRow, type RunState } from './engine';
import { countRow, type RowEntry } from './facts';
import { countIssues, type IssueList, replaceRowIssues } from './issue-list';
import type { ResolvedConfig } from './options';
import { forgetAll, forgetRow, invalidateRowLists } from './row-lists';

// The two ways an update carries a finished run over to the next matrix without re-checking
// untouched rows. Positions come from `indexById`, the same memoised index `applyMatrixChanges`
// uses, so looking a row up here builds nothing the next edit would not build anyway.

// Moves row `at`'s issues in the flat list and keeps `flagged` (ascending positions of rows
// with issues) right. The row's issues start after those of every flagged row before it.
function reflag(state: RunState, at: number, before: RowEntry, after: RowEntry): void {
  const { flagged, entries } = state;
  let slot = 0;
  let offset = 0;
  while (slot < flagged.length && (flagged[slot] as number) < at) {
    offset += (entries[flagged[slot] as number] as RowEntry).issues.length;
    slot += 1;
  }
  replaceRowIssues(state.rowIssues, offset, before.issues, after.issues);
  const present = flagged[slot] === at;
  const hasIssues = after.issues.length > 0;
  if (hasIssues && !present) flagged.splice(slot, 0, at);
  else if (!hasIssues && present) flagged.splice(slot, 1);
}

/**
 * Same rows in the same order: re-checks the touched rows in place and adjusts the totals by
 * the difference. `state.run` already points at the new matrix. Returns `undefined` if a
 * touched row is missing.
 */
export function patchRows(
  config: ResolvedConfig,
  state: RunState,
  touched: ReadonlySet<string>,
): RunState | undefined {
  const { run } = state;
  const rows = run.matrix.rows;
  for (const id of touched) if (indexById(rows, id) < 0) return undefined;
  const letter = run.setup.responsibleLetter;
  for (const id of touched) {
    const at = indexById(rows, id);
    const before = state.entries[at] as RowEntry;
    const entry = evaluateRow(config, run, rows[at] as Row);
    countRow(state.totals, before, letter, -1);
    countRow(state.totals, entry, letter, 1);
    invalidateRowLists(state.lists, before, entry, letter);
    reflag(state, at, before, entry);
    state.entries[at] = entry;
  }
  return state;
}

/**
 * Rows were added, removed or moved: lines the cached entries (in the order of `before`) up
 * with the new row order of `state.run.matrix`, re-checking only touched rows. Untouched rows
 * keep their share of the totals wherever they moved, so only touched rows are counted out and
 * in. Returns `undefined` if the changes do not account for every difference between the two
 * row lists (the caller then starts afresh).
 */
export function reorderRows(
  config: ResolvedConfig,
  state: RunState,
  before: readonly Row[],
  touched: ReadonlySet<string>,
  categoriesMoved: boolean,
): RunState | undefined {
  const { run } = state;
  const rows = run.matrix.rows;
  const { totals, lists } = state;
  // The counts carry over, adjusted for touched rows; only the flat list is laid out again.
  const rowIssues: IssueList = { ...state.rowIssues, issues: [] };
  const letter = run.setup.responsibleLetter;
  let kept = before.length;
  // Old positions of touched rows: their cached entries must not be reused.
  const stale = new Uint8Array(before.length);
  for (const id of touched) {
    const at = indexById(before, id);
    if (at < 0) continue;
    const old = state.entries[at] as RowEntry;
    countRow(totals, old, letter, -1);
    countIssues(rowIssues, old.issues, -1);
    forgetRow(lists, old, letter);
    stale[at] = 1;
    kept -= 1;
  }
  if (categoriesMoved) forgetAll(lists);
  const entries: RowEntry[] = [];
  const flagged: number[] = [];
  let reused = 0;
  // Untouched rows keep their relative order (unless categories moved), so a cursor over the
  // old rows finds most of them by identity, without an id lookup.
  let cursor = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    while (cursor < before.length && stale[cursor] === 1) cursor += 1;
    let entry: RowEntry | undefined;
    if (before[cursor] === row) entry = state.entries[cursor++];
    else if (!touched.has(row.id)) {
      const at = indexById(before, row.id);
      if (at >= 0 && stale[at] === 0) entry = state.entries[at];
    }
    if (entry) reused += 1;
    else {
      // A row no change names but missing before means the changes do not describe the edit.
      if (!touched.has(row.id)) return undefined;
      entry = evaluateRow(config, run, row);
      countRow(totals, entry, letter, 1);
      countIssues(rowIssues, entry.issues, 1);
      forgetRow(lists, entry, letter);
    }
    entries.push(entry);
    if (entry.issues.length > 0) {
      flagged.push(i);
      for (const issue of entry.issues) rowIssues.issues.push(issue);
    }
  }
  // Every untouched row of the old list must reappear, or totals would still count it.
  return reused === kept
    ? { run, entries, totals, flagged, lists, rowIssues, memos: state.memos }
    : undefined;
}
