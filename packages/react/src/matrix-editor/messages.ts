import type {
  KnownQualifier,
  Lane,
  PartySide,
  RoleLetter,
  RoleVariant,
  RowKind,
} from '@tandem/core';
import { roleName } from '@tandem/core';
import type { Severity, ValidationSummary } from '@tandem/core/validate';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';
import { englishPresenceMessages, type PresenceMessages } from '../presence/presence-messages';
import type { DropRefusal, DropResult } from './model/drop-changes';

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
 * Validation issues and their fix labels are the exception: the core validator writes them, so
 * they are overridden through the `validate.messages` option (the core's `IssueMessages` and
 * `FixLabels`), not here.
 *
 * @example
 * const messages: Partial<MatrixEditorMessages> = { undo: 'Annuler', redo: 'Rétablir' };
 */
export interface MatrixEditorMessages extends PresenceMessages {
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
  /**
   * Announced after a one-click fix; `label` is the fix's own label, which the core writes
   * (override it through `validate.messages.fixes`).
   */
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

  // Views, filter, perspective and selection
  /** The names of the two views, for the view switch. */
  views: Readonly<Record<'grid' | 'lanes', string>>;
  viewLabel: string;
  /** The lanes of the board and the lane names in announcements. */
  lanes: Readonly<Record<Lane, string>>;
  lanesLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  issuesOnly: string;
  /** "Showing 12 of 40 rows." while a filter hides rows. */
  filteredCount: (shown: number, total: number) => string;
  noMatches: string;
  perspectiveLabel: string;
  everyone: string;
  /** The column a row header's selection box belongs to. */
  selectRow: (row: string) => string;
  selectedCount: (count: number) => string;
  clearSelection: string;
  moveSelectedTo: string;
  deleteSelected: (count: number) => string;
  deletedRows: (count: number) => string;
  /** A category header's collapse button. */
  collapseCategory: (category: string, rows: number) => string;
  emptyCategory: string;

  // Drag and drop (screen-reader instructions and announcements)
  dragInstructions: string;
  /** A letter chip as a drag handle: "Responsible, held by Northwind MSP". */
  chipLabel: (names: CellEditNames) => string;
  pickedUpRows: (rows: readonly string[]) => string;
  pickedUpParty: (party: string) => string;
  pickedUpRole: (names: CellEditNames) => string;
  pickedUpCard: (row: string, lane: string) => string;
  /** While over a place: what dropping there would do. `names` holds the role and lane in words. */
  wouldDrop: (result: DropResult, names: DropNames) => string;
  /** After the drop: what it did. */
  dropped: (result: DropResult, names: DropNames) => string;
  cannotDrop: (refusal: DropRefusal, names: DropNames) => string;
  notOverTarget: string;
  dragCancelled: (subject: string) => string;

  // Dialogs and the cell menu
  addRow: string;
  /** The accessible name of a category's add-row button; keeps the visible `addRow` text. */
  addRowIn: (category: string) => string;
  addCategory: string;
  addParty: string;
  /** The visible text of an edit button; its accessible name adds what it edits. */
  edit: string;
  editRow: (row: string) => string;
  editCategory: (category: string) => string;
  editParty: (party: string) => string;
  newRow: string;
  newCategory: string;
  newParty: string;
  name: string;
  category: string;
  kind: string;
  kinds: Readonly<Record<RowKind, string>>;
  description: string;
  tags: string;
  tagsHint: string;
  side: string;
  color: string;
  calendar: string;
  note: string;
  qualifier: string;
  noQualifier: string;
  save: string;
  cancel: string;
  close: string;
  delete: string;
  /** Why a category cannot be deleted yet. */
  categoryNotEmpty: (rows: number) => string;
  /** What deleting a party takes with it. */
  deletePartyWarning: (cells: number) => string;
  /** A required field left empty. */
  fieldRequired: (field: string) => string;
  duplicateName: (name: string) => string;
  /** The accessible name of the cell menu's letter toggles. */
  lettersLabel: string;
  /** The accessible name of the cell menu. */
  cellMenuLabel: (names: Omit<CellEditNames, 'role'>) => string;
  clearCellButton: string;
  saved: (name: string) => string;
  added: (name: string) => string;
  deleted: (name: string) => string;
}

const englishLanes: Readonly<Record<Lane, string>> = {
  internal: 'Internal',
  joint: 'Joint',
  provider: 'MSP',
  unassigned: 'Unassigned',
};

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
// Object.assign marked pure, not a spread: a spread of an import counts as a side effect, so
// a bundle of the main entry that never reads these words (RoleChip alone) would keep them.
export const englishMatrixEditorMessages: MatrixEditorMessages = /* @__PURE__ */ Object.assign(
  {},
  englishPresenceMessages,
  {
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

    views: { grid: 'Grid', lanes: 'Lanes' },
    viewLabel: 'View',
    lanes: englishLanes,
    lanesLabel: 'Ownership lanes',
    searchLabel: 'Filter rows',
    searchPlaceholder: 'Filter by name, description or tag',
    issuesOnly: 'Only rows with issues',
    filteredCount: (shown, total) => `Showing ${shown} of ${total} rows.`,
    noMatches: 'No rows match the filter.',
    perspectiveLabel: 'Highlight',
    everyone: 'Everyone',
    selectRow: (row) => `Select ${row}`,
    selectedCount: (n) => `${n} selected`,
    clearSelection: 'Clear selection',
    moveSelectedTo: 'Move selected to',
    deleteSelected: (n) => `Delete ${n === 1 ? 'row' : `${n} rows`}`,
    deletedRows: (n) => `Deleted ${n === 1 ? '1 row' : `${n} rows`}.`,
    collapseCategory: (category, rows) => `${category}, ${rows === 1 ? '1 row' : `${rows} rows`}`,
    emptyCategory: 'No rows in this category yet. Drag rows here.',

    dragInstructions:
      'To move an item, press Space to pick it up. Use the arrow keys to move it, Space to drop it, or Escape to cancel.',
    chipLabel: ({ role, party }) => `${role}, held by ${party}`,
    pickedUpRows: (rows) =>
      rows.length === 1
        ? `Picked up ${rows[0]}.`
        : `Picked up ${rows.length} rows: ${rows.join(', ')}.`,
    pickedUpParty: (party) => `Picked up ${party}.`,
    pickedUpRole: ({ role, party, row }) =>
      `Picked up ${role} of ${party} for ${row}. Move it to another party in this row.`,
    pickedUpCard: (row, lane) => `Picked up ${row}, in the ${lane} lane.`,
    wouldDrop: (result, names) => describeDrop(result, names, 'would'),
    dropped: (result, names) => describeDrop(result, names, 'did'),
    cannotDrop: (refusal, names) => {
      switch (refusal.code) {
        case 'already-held':
          return `${refusal.party} already holds ${names.role}.`;
        case 'other-row':
          return 'A letter can only move to another party in the same row.';
        case 'no-party-on-side':
          return `No ${names.lane} party can own it.`;
        case 'gone':
          return 'That item no longer exists.';
        default:
          return 'Cannot drop there.';
      }
    },
    notOverTarget: 'Not over a place to drop.',
    dragCancelled: (subject) => `Cancelled. ${subject} is back where it was.`,

    addRow: 'Add row',
    addRowIn: (category) => `Add row to ${category}`,
    addCategory: 'Add category',
    addParty: 'Add party',
    edit: 'Edit',
    editRow: (row) => `Edit ${row}`,
    editCategory: (category) => `Edit ${category}`,
    editParty: (party) => `Edit ${party}`,
    newRow: 'New row',
    newCategory: 'New category',
    newParty: 'New party',
    name: 'Name',
    category: 'Category',
    kind: 'Kind',
    kinds: { task: 'Task', decision: 'Decision' },
    description: 'Description',
    tags: 'Tags',
    tagsHint: 'Separate tags with commas, e.g. 24x7, compliance.',
    side: 'Side',
    color: 'Colour',
    calendar: 'Coverage calendar',
    note: 'Note',
    qualifier: 'Condition',
    noQualifier: 'Always',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    categoryNotEmpty: (n) =>
      `Move or delete its ${n === 1 ? 'row' : `${n} rows`} before deleting this category.`,
    deletePartyWarning: (n) =>
      n === 0
        ? 'It holds no letters.'
        : `Deleting it also clears ${n === 1 ? '1 cell' : `${n} cells`}.`,
    fieldRequired: (field) => `${field} is required.`,
    duplicateName: (name) => `“${name}” is already taken.`,
    lettersLabel: 'Letters',
    cellMenuLabel: ({ party, row }) => `${party} in ${row}`,
    clearCellButton: 'Clear cell',
    saved: (name) => `Saved ${name}.`,
    added: (name) => `Added ${name}.`,
    deleted: (name) => `Deleted ${name}.`,
  } satisfies Omit<MatrixEditorMessages, keyof PresenceMessages>,
);

/**
 * The words a drop announcement needs beyond the result: the letter's full name and the lane's
 * name, already translated through `roleName` and `lanes`.
 *
 * @example
 * const names: DropNames = { role: 'Responsible', lane: 'Joint' };
 */
export interface DropNames {
  readonly role: string;
  readonly lane: string;
}

function describeDrop(result: DropResult, names: DropNames, mode: 'would' | 'did'): string {
  switch (result.kind) {
    case 'rows': {
      const what = result.rows.length === 1 ? result.rows[0] : `${result.rows.length} rows`;
      const where = `position ${result.position} of ${result.of} in ${result.category}`;
      return mode === 'would' ? `${what} would go to ${where}.` : `Moved ${what} to ${where}.`;
    }
    case 'party':
      return mode === 'would'
        ? `${result.party} would go to column ${result.position} of ${result.of}.`
        : `Moved ${result.party} to column ${result.position} of ${result.of}.`;
    case 'role':
      return mode === 'would'
        ? `Over ${result.to}: ${names.role} would move from ${result.from} to ${result.to}.`
        : `Moved ${names.role} from ${result.from} to ${result.to} for ${result.row}.`;
    case 'lane':
      return mode === 'would'
        ? `Over the ${names.lane} lane.`
        : `Moved ${result.row} to the ${names.lane} lane.`;
  }
}

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
  return mergeMessages(englishMatrixEditorMessages, overrides);
}

/**
 * What a host may pass as `messages`: any subset, nested records included.
 *
 * @example
 * const overrides: MatrixEditorMessageOverrides = { sides: { provider: 'MSP' } };
 */
export type MatrixEditorMessageOverrides = MessageOverrides<MatrixEditorMessages>;
