import type { Cell, Matrix, Party, Row } from '../matrix/model';
import type { RoleLetter } from '../matrix/roles';
import type { Lane } from '../matrix/views';
import type { MatrixMessages } from './messages';
import type { MatrixFix, Severity } from './types';

/**
 * What validation knows about one row, computed once per row and cached by the incremental
 * validator. Counts are of parties, not letters.
 *
 * @example
 * const check = (facts: RowFacts) => facts.row.kind === 'task' && facts.responsible === 0;
 */
export interface RowFacts {
  readonly row: Row;
  /** The row's cells by party index (the order of `matrix.parties`); `undefined` where empty. */
  readonly cells: readonly (Cell | undefined)[];
  /** Parties holding A. */
  readonly accountable: number;
  /** Parties holding the variant's doing letter: R, or D in DACI (with any qualifier). */
  readonly responsible: number;
  /** The index of the only party holding the doing letter, or -1. */
  readonly soleResponsible: number;
  /** The ownership lane, as `rowLane` defines it. */
  readonly lane: Lane;
  /** Whether some cell holds a letter the matrix's variant does not use. */
  readonly foreignLetters: boolean;
}

/**
 * What a matrix-wide rule reads: every row's facts in display order and per-party totals, all
 * kept up to date by the incremental validator, so a matrix rule never re-reads cells.
 *
 * @example
 * const emptyParties = (facts: MatrixFacts) => facts.heldRows.filter((count) => count === 0).length;
 */
export interface MatrixFacts {
  readonly rows: readonly RowFacts[];
  /** Rows in which each party (by index) holds at least one letter. */
  readonly heldRows: readonly number[];
  /** Rows in which each party holds the doing letter (R, or D in DACI). */
  readonly responsibleRows: readonly number[];
  /** Rows in which each party is the only one holding the doing letter. */
  readonly soleResponsibleRows: readonly number[];
  /** Rows whose lane is `joint`. */
  readonly jointRows: number;
  /** How many rows a category holds (0 for an unknown id). */
  readonly rowsInCategory: (categoryId: string) => number;
  /** Ids of the joint rows in display order (cached between incremental updates). */
  readonly jointRowIds: () => readonly string[];
  /** Ids of the rows in which a party (by index) is the only holder of the doing letter. */
  readonly soleResponsibleRowIds: (party: number) => readonly string[];
  /** Ids of the rows in which a party (by index) holds the doing letter. */
  readonly responsibleRowIds: (party: number) => readonly string[];
  /**
   * Returns the value `compute` gave in an earlier update for the same `key`, as long as every
   * one of `deps` is the same (`Object.is`), like React's `useMemo`. Matrix rules run on every
   * update; this lets them keep findings for the parts of the matrix that did not change. The
   * row-id lists above keep their identity until their content changes, so they make good deps.
   */
  readonly memo: <T>(key: string, deps: readonly unknown[], compute: () => T) => T;
}

/**
 * A party as the rules see it: the party, its lane and whether it works around the clock.
 *
 * @example
 * context.parties.filter((info) => info.lane === 'internal').map((info) => info.party.name);
 */
export interface PartyInfo {
  readonly party: Party;
  readonly lane: 'internal' | 'provider';
  /** Whether its calendar is `'24x7'` or one of `options.alwaysOpenCalendars`. */
  readonly alwaysOpen: boolean;
}

/**
 * Everything a rule's check gets besides the facts: the matrix, the rule's resolved options,
 * the messages and per-party data (aligned with `matrix.parties`).
 *
 * @example
 * const name = context.parties[0]?.party.name;
 */
export interface RuleContext<Options extends object = object> {
  readonly matrix: Matrix;
  readonly options: Options;
  readonly messages: MatrixMessages;
  readonly parties: readonly PartyInfo[];
  /** The letter that does the work: R, or D (Driver) in DACI. */
  readonly responsibleLetter: RoleLetter;
  /** A letter's full name in the matrix's variant, e.g. `Approver` for A in DACI. */
  readonly letterName: (letter: RoleLetter) => string;
}

/**
 * An issue as a rule reports it; the engine adds the rule id and the configured severity.
 * `fixes` may be the list itself or a function that builds it: the issue then builds its fixes
 * the first time `issue.fixes` is read, and keeps them. Most issues are shown, counted or
 * serialised without anyone asking for a fix, and on a messy import building every fix eagerly
 * was most of validation's time. The function must depend only on what the check saw (the
 * row's facts and the context as they were), never on state that changes later.
 *
 * @example
 * const finding: Finding = { message: 'Unowned.', rowIds: ['r1'], partyIds: [], fixes: [] };
 * const deferred: Finding = { ...finding, fixes: () => [{ label: 'Own it', changes: [] }] };
 */
export interface Finding {
  readonly message: string;
  readonly rowIds: readonly string[];
  readonly partyIds: readonly string[];
  readonly categoryIds?: readonly string[];
  readonly fixes: readonly MatrixFix[] | (() => readonly MatrixFix[]);
}

/**
 * What a check returns when it finds nothing: shared, so passing rows allocate nothing.
 *
 * @example
 * check: (facts) => (facts.row.tags?.length ? NO_FINDINGS : [finding]),
 */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

interface RuleBase<Options extends object> {
  /** Stable kebab-case id, used in options, results and docs. */
  readonly id: string;
  /** The severity unless the host overrides it. */
  readonly severity: Severity;
  /** One sentence for docs and settings screens. */
  readonly description: string;
  /** Default thresholds; the host's `options` are merged over them. */
  readonly defaults?: Options;
}

/**
 * A rule checked row by row. Its result is cached per row, so the check must depend only on the
 * row, its cells, the parties, the variant and the options — never on other rows.
 *
 * @example
 * const noNotes: RowRule = {
 *   id: 'row-needs-description',
 *   scope: 'row',
 *   severity: 'info',
 *   description: 'Every row explains itself.',
 *   check: (facts) =>
 *     facts.row.description
 *       ? NO_FINDINGS
 *       : [{ message: `'${facts.row.name}' has no description.`, rowIds: [facts.row.id], partyIds: [], fixes: [] }],
 * };
 */
export interface RowRule<Options extends object = object> extends RuleBase<Options> {
  readonly scope: 'row';
  check(facts: RowFacts, context: RuleContext<Options>): readonly Finding[];
}

/**
 * A rule over the whole matrix, computed from row facts and party totals (which the
 * incremental validator keeps current) rather than from cells.
 *
 * @example
 * const tooSmall: MatrixScopeRule = {
 *   id: 'too-few-rows',
 *   scope: 'matrix',
 *   severity: 'info',
 *   description: 'A matrix with fewer than five rows is probably unfinished.',
 *   check: (facts) =>
 *     facts.rows.length >= 5 ? NO_FINDINGS : [{ message: 'Fewer than five rows.', rowIds: [], partyIds: [], fixes: [] }],
 * };
 */
export interface MatrixScopeRule<Options extends object = object> extends RuleBase<Options> {
  readonly scope: 'matrix';
  check(facts: MatrixFacts, context: RuleContext<Options>): readonly Finding[];
}

/**
 * A validation rule: built-in and custom rules share this one interface.
 *
 * @example
 * validateMatrix(matrix, { customRules: [noNotes] });
 */
// `check` is a method, so a rule with its own options type still fits in a `MatrixRule` list.
export type MatrixRule = RowRule<object> | MatrixScopeRule<object>;
