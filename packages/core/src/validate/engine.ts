import type { Matrix, Row } from '../matrix/model';
import { type RoleLetter, roleName } from '../matrix/roles';
import { laneOfSide } from '../matrix/views';
import {
  computeRowFacts,
  countRow,
  emptyTotals,
  type FactsSetup,
  factsSetup,
  type RowEntry,
  type Totals,
} from './facts';
import { countIssues, emptyIssueList, type IssueList, summarise } from './issue-list';
import type { ActiveRule, ResolvedConfig } from './options';
import {
  emptyRowLists,
  jointRowIds,
  type RowLists,
  responsibleRowIds,
  soleRowIds,
} from './row-lists';
import type { Finding, MatrixFacts, MatrixRule, PartyInfo, RowRule, RuleContext } from './rule';
import { toIssue } from './to-issue';
import type { MatrixIssue, ValidationResult } from './types';

// The one validation pipeline both `validateMatrix` and the incremental validator run, so the
// two cannot drift apart: row facts → row rules (cached per row) → totals → matrix rules → list.

/** A rule context whose matrix the validator moves forward as edits come in. */
type MovableContext = { -readonly [Key in keyof RuleContext]: RuleContext[Key] };

/**
 * Per-run data derived from the matrix's variant and parties (not from its rows). It belongs
 * to one run or one validator, which points it at each next matrix in place: rebuilding a dozen
 * contexts per keystroke would be garbage for nothing.
 */
export interface RunContext {
  matrix: Matrix;
  readonly setup: FactsSetup;
  readonly rowContexts: readonly MovableContext[];
  readonly matrixContexts: readonly MovableContext[];
}

/** A finished run, kept by the incremental validator. */
export interface RunState {
  readonly run: RunContext;
  readonly entries: RowEntry[];
  readonly totals: Totals;
  /**
   * Positions of the entries that have issues, ascending. Listing issues walks only these, so
   * an update costs the number of issues, not the number of rows.
   */
  readonly flagged: number[];
  readonly lists: RowLists;
  /** The row issues, flat, in display order, with their counts. */
  readonly rowIssues: IssueList;
  /** What matrix rules memoised with `facts.memo`, by key. */
  readonly memos: Map<string, Memo>;
}

/** One memoised value and the deps it was computed from. */
export interface Memo {
  readonly deps: readonly unknown[];
  readonly value: unknown;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Prepares the per-party data and each active rule's context for `matrix`. */
export function createRunContext(config: ResolvedConfig, matrix: Matrix): RunContext {
  const { variant } = matrix;
  const setup = factsSetup(matrix);
  const parties: PartyInfo[] = matrix.parties.map((party, index) => ({
    party,
    lane: setup.lanes[index] ?? laneOfSide(party.side),
    alwaysOpen: party.calendarId !== undefined && config.alwaysOpen.has(party.calendarId),
  }));
  const base = {
    matrix,
    messages: config.messages,
    parties,
    responsibleLetter: setup.responsibleLetter,
    letterName: (letter: RoleLetter) => roleName(letter, variant) ?? letter,
  } as const;
  const contextOf = (active: ActiveRule): MovableContext => ({ ...base, options: active.options });
  return {
    matrix,
    setup,
    rowContexts: config.rowRules.map(contextOf),
    matrixContexts: config.matrixRules.map(contextOf),
  };
}

/** Points a run context at a later matrix with the same variant and parties. */
export function moveRunTo(run: RunContext, matrix: Matrix): void {
  run.matrix = matrix;
  for (const context of run.rowContexts) context.matrix = matrix;
  for (const context of run.matrixContexts) context.matrix = matrix;
}

function collect<Rule extends MatrixRule>(
  rules: readonly ActiveRule<Rule>[],
  run: (rule: ActiveRule<Rule>, index: number) => readonly Finding[],
): MatrixIssue[] | undefined {
  let issues: MatrixIssue[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const active = rules[r] as ActiveRule<Rule>;
    const findings = run(active, r);
    if (findings.length === 0) continue;
    issues ??= [];
    for (const finding of findings) issues.push(toIssue(active.rule.id, active.severity, finding));
  }
  return issues;
}

/** Computes one row's facts and runs the row rules on it. */
export function evaluateRow(config: ResolvedConfig, run: RunContext, row: Row): RowEntry {
  const entry = computeRowFacts(row, run.setup);
  // A plain loop rather than `collect`: this runs for every row, and most rows pass every rule.
  const rules = config.rowRules;
  let issues: MatrixIssue[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const active = rules[r] as ActiveRule<RowRule>;
    const findings = active.rule.check(entry, run.rowContexts[r] as RuleContext);
    if (findings.length === 0) continue;
    // Indexed loops: `findings` is sometimes the shared frozen empty list and sometimes a fresh
    // array, and a for…of over both made an iterator object per row (150 kB a messy run).
    for (let f = 0; f < findings.length; f++) {
      const issue = toIssue(active.rule.id, active.severity, findings[f] as Finding);
      // A list that grows from empty reserves room for 17; most rows have one issue.
      if (issues) issues.push(issue);
      else issues = [issue];
    }
  }
  if (issues) entry.issues = issues;
  return entry;
}

/** Validates every row of `run.matrix` from scratch. */
export function runAll(config: ResolvedConfig, run: RunContext): RunState {
  const rows = run.matrix.rows;
  const entries: RowEntry[] = [];
  const totals = emptyTotals(run.setup.partyIds.length);
  const flagged: number[] = [];
  const rowIssues = emptyIssueList();
  for (let i = 0; i < rows.length; i++) {
    const entry = evaluateRow(config, run, rows[i] as Row);
    entries.push(entry);
    countRow(totals, entry, run.setup.responsibleLetter, 1);
    if (entry.issues.length > 0) {
      flagged.push(i);
      const { issues } = entry;
      for (let k = 0; k < issues.length; k++) rowIssues.issues.push(issues[k] as MatrixIssue);
      countIssues(rowIssues, entry.issues, 1);
    }
  }
  const lists = emptyRowLists(run.setup.partyIds.length);
  return { run, entries, totals, flagged, lists, rowIssues, memos: new Map() };
}

/** The view of a state that matrix rules read. */
function matrixFacts(state: RunState): MatrixFacts {
  const { entries: rows, totals, lists, memos } = state;
  const letter = state.run.setup.responsibleLetter;
  return {
    rows,
    heldRows: totals.heldRows,
    responsibleRows: totals.responsibleRows,
    soleResponsibleRows: totals.soleResponsibleRows,
    jointRows: totals.jointRows,
    rowsInCategory: (categoryId) => totals.categoryRows.get(categoryId) ?? 0,
    jointRowIds: () => jointRowIds(lists, rows),
    soleResponsibleRowIds: (party) => soleRowIds(lists, rows, party),
    responsibleRowIds: (party) => responsibleRowIds(lists, rows, party, letter),
    memo: <T>(key: string, deps: readonly unknown[], compute: () => T): T => {
      const cached = memos.get(key);
      if (cached && sameDeps(cached.deps, deps)) return cached.value as T;
      const value = compute();
      memos.set(key, { deps, value });
      return value;
    },
  };
}

/** Runs the matrix rules on the state's totals and lists every issue in the documented order. */
export function finish(config: ResolvedConfig, state: RunState): ValidationResult {
  const facts = matrixFacts(state);
  const matrixIssues = collect(config.matrixRules, (active, r) =>
    active.rule.check(facts, state.run.matrixContexts[r] as RuleContext),
  );
  const rowIssues = state.rowIssues.issues;
  // A fresh array every time: earlier results stay as they were.
  const issues = matrixIssues ? rowIssues.concat(matrixIssues) : rowIssues.slice();
  return { issues, summary: summarise(config, state.rowIssues, matrixIssues ?? []) };
}
