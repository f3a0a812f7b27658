import type { KnownQualifier, PartySide, RoleLetter, RoleVariant } from '@tandem/core';
import { roleName } from '@tandem/core';
import type { Severity, ValidationSummary } from '@tandem/core/validate';

/**
 * Names an edit is announced with: never ids, always what the user sees.
 *
 * @example
 * const names: CellEditNames = { role: 'Responsible', party: 'Northwind MSP', row: 'Backup management' };
 */
export interface CellEditNames {
  /** The full name of the letter, such as "Responsible". */
  readonly role: string;
  readonly party: string;
  readonly row: string;
}

/**
 * Every string the matrix editor shows or announces. Hosts override any subset through the
 * `messages` option; functions receive names, never ids, so translations can reorder words.
 *
 * @example
 * const messages: Partial<MatrixEditorMessages> = { undo: 'Annuler', redo: 'Rétablir' };
 */
export interface MatrixEditorMessages {
  /** The grid's accessible name; gets the matrix's own name when it has one. */
  gridLabel: (matrixName: string | undefined) => string;
  /** The corner header over the row names. */
  rowHeaderLabel: string;
  /** The header row grouping parties by side. */
  sides: Readonly<Record<PartySide, string>>;
  /** The full name of a letter, for chips and announcements. */
  roleName: (letter: RoleLetter, variant: RoleVariant) => string;
  /** What an empty cell reads as. */
  unassigned: string;
  /** Text shown after the chips for each known qualifier. */
  qualifiers: Readonly<Record<KnownQualifier, string>>;
  /** Severity words, singular and plural. */
  severity: Readonly<Record<Severity, { one: string; other: string }>>;
  /** The accessible text of a row's issue marker. */
  rowIssues: (count: number, severity: Severity) => string;
  /** The summary line under the grid. */
  summary: (summary: ValidationSummary) => string;
  /** The accessible name of the list of issues. */
  issuesLabel: string;
  /** Announced after a one-click fix; `label` is the fix's own label. */
  fixApplied: (label: string) => string;
  /** The accessible name of the template list in an empty matrix. */
  templatesLabel: string;
  /** A template button's text. */
  startFromTemplate: (name: string) => string;
  /** Announced after a template fills the matrix. */
  startedFromTemplate: (name: string) => string;
  /** Shown in place of rows when the matrix has none. */
  noRows: string;
  toolbarLabel: string;
  undo: string;
  redo: string;
  gaveRole: (names: CellEditNames) => string;
  tookRole: (names: CellEditNames) => string;
  clearedCell: (names: Omit<CellEditNames, 'role'>) => string;
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  readOnly: string;
  /** A change the core refused; `reason` is the core's message. */
  refused: (reason: string) => string;
}

const count = (n: number, words: { one: string; other: string }) =>
  `${n} ${n === 1 ? words.one : words.other}`;

const severityWords: MatrixEditorMessages['severity'] = {
  error: { one: 'error', other: 'errors' },
  warning: { one: 'warning', other: 'warnings' },
  info: { one: 'note', other: 'notes' },
};

/**
 * The English defaults of {@link MatrixEditorMessages}.
 *
 * @example
 * englishMatrixEditorMessages.gaveRole({ role: 'Responsible', party: 'Northwind MSP', row: 'Backup management' });
 * // 'Gave Responsible to Northwind MSP for Backup management.'
 */
export const englishMatrixEditorMessages: MatrixEditorMessages = {
  gridLabel: (name) => (name ? `Responsibility matrix: ${name}` : 'Responsibility matrix'),
  rowHeaderLabel: 'IT function',
  sides: { internal: 'Internal', provider: 'Provider', vendor: 'Vendor', business: 'Business' },
  roleName: (letter, variant) => roleName(letter, variant) ?? letter,
  unassigned: 'unassigned',
  qualifiers: {
    overflow: 'overflow only',
    'when-unavailable': 'when internal unavailable',
    'after-hours': 'after hours',
    'business-hours': 'business hours',
  },
  severity: severityWords,
  rowIssues: (n, severity) => count(n, severityWords[severity]),
  summary: (s) =>
    s.total === 0
      ? 'No issues.'
      : `${count(s.errors, severityWords.error)}, ${count(s.warnings, severityWords.warning)}, ${count(s.infos, severityWords.info)}.`,
  issuesLabel: 'Issues',
  fixApplied: (label) => `Applied: ${label}.`,
  templatesLabel: 'Start from a template',
  startFromTemplate: (name) => `Start from “${name}”`,
  startedFromTemplate: (name) => `Started from the template “${name}”.`,
  noRows: 'No IT functions yet.',
  toolbarLabel: 'Matrix editing',
  undo: 'Undo',
  redo: 'Redo',
  gaveRole: ({ role, party, row }) => `Gave ${role} to ${party} for ${row}.`,
  tookRole: ({ role, party, row }) => `Took ${role} from ${party} for ${row}.`,
  clearedCell: ({ party, row }) => `Cleared ${party} for ${row}.`,
  undone: 'Undone.',
  redone: 'Redone.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  readOnly: 'This matrix is read-only.',
  refused: (reason) => `Not changed: ${reason}`,
};

/**
 * Merges a host's overrides over the English defaults. Nested records merge key by key so a
 * host can rename one side or one qualifier alone.
 *
 * @example
 * resolveMatrixEditorMessages({ sides: { provider: 'MSP' } }).sides.internal; // 'Internal'
 */
export function resolveMatrixEditorMessages(
  overrides: MatrixEditorMessageOverrides | undefined,
): MatrixEditorMessages {
  if (!overrides) return englishMatrixEditorMessages;
  const base = englishMatrixEditorMessages;
  return {
    ...base,
    ...(overrides as Partial<MatrixEditorMessages>),
    sides: { ...base.sides, ...overrides.sides },
    qualifiers: { ...base.qualifiers, ...overrides.qualifiers },
    severity: { ...base.severity, ...overrides.severity },
  };
}

/**
 * What a host may pass as `messages`: any subset, nested records included.
 *
 * @example
 * const overrides: MatrixEditorMessageOverrides = { sides: { provider: 'MSP' } };
 */
export type MatrixEditorMessageOverrides = Partial<
  Omit<MatrixEditorMessages, 'sides' | 'qualifiers' | 'severity'>
> & {
  sides?: Partial<MatrixEditorMessages['sides']>;
  qualifiers?: Partial<MatrixEditorMessages['qualifiers']>;
  severity?: Partial<MatrixEditorMessages['severity']>;
};
