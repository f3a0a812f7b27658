// The options and the plain types of useMatrixEditor, apart from the hook's logic.
import type { Matrix, MatrixChange } from '@tandem/core';
import type { ValidateOptions } from '@tandem/core/validate';
import type { MatrixEditorMessageOverrides } from '../messages';
import type { MatrixFilter } from '../model/display-items';

/** The two ways to show a matrix: a grid of cells, or a board of ownership lanes. */
export type MatrixView = 'grid' | 'lanes';

/**
 * Options of {@link useMatrixEditor}. Every piece of view state (view, perspective, filter,
 * selection) may be controlled (`x` + `onXChange`) or left to the hook (`defaultX`).
 *
 * @example
 * const options: UseMatrixEditorOptions = { value, onValueChange: (next) => save(next), readOnly: !canEdit };
 */
export interface UseMatrixEditorOptions {
  value?: Matrix | undefined;
  defaultValue?: Matrix | undefined;
  /** Every edit, undo and redo: the next matrix and the changes that produced it. */
  onValueChange?: ((next: Matrix, changes: readonly MatrixChange[]) => void) | undefined;
  readOnly?: boolean | undefined;
  /**
   * The editor's own words: labels, buttons, dialogs, the summary line and every screen-reader
   * announcement ({@link MatrixEditorMessages}; any subset, nested records key by key).
   *
   * Not the validation texts: an issue's message ("'Backup' has no Accountable party.") and its
   * fix buttons ("Make MSP accountable") are written by the core validator, so they are
   * translated through `validate.messages` — see `validate`.
   *
   * @example
   * messages: { undo: 'Annuler', summary: (s) => `${s.errors} erreur(s)` }
   */
  messages?: MatrixEditorMessageOverrides | undefined;
  /**
   * Options for the core validator (`ValidateOptions` of `@tandem/core/validate`), read once;
   * `false` turns validation off. Besides rule settings (`rules`, `customRules`,
   * `alwaysOpenCalendars`), `validate.messages` is where issue and fix texts are overridden:
   * one function per rule id, and fix labels under `fixes`. The editor shows them as given; its
   * own `messages` only frame them (severity words, the summary line, "Applied: …").
   *
   * @example
   * validate: {
   *   rules: { 'empty-category': 'off' },
   *   messages: {
   *     'accountable-exactly-one': ({ row }) => `« ${row} » n’a pas de responsable final.`,
   *     fixes: { giveLetter: ({ party }) => `Confier à ${party}` },
   *   },
   * }
   */
  validate?: ValidateOptions | false | undefined;
  view?: MatrixView | undefined;
  defaultView?: MatrixView | undefined;
  onViewChange?: ((view: MatrixView) => void) | undefined;
  /** A party id whose letters stand out; `null` for none. */
  perspective?: string | null | undefined;
  defaultPerspective?: string | null | undefined;
  onPerspectiveChange?: ((partyId: string | null) => void) | undefined;
  filter?: MatrixFilter | undefined;
  defaultFilter?: MatrixFilter | undefined;
  onFilterChange?: ((filter: MatrixFilter) => void) | undefined;
  /** Selected row ids. */
  selection?: readonly string[] | undefined;
  defaultSelection?: readonly string[] | undefined;
  onSelectionChange?: ((rowIds: readonly string[]) => void) | undefined;
}

/**
 * The focused cell, by ids; `partyId: null` is the row's header (its name and drag handle).
 *
 * @example
 * editor.focusCell({ rowId: 'backup', partyId: 'msp' });
 */
export interface ActiveCell {
  readonly rowId: string;
  readonly partyId: string | null;
}

/**
 * Which dialog is open: a row, category or party, new (no id) or existing.
 *
 * @example
 * editor.openDialog({ type: 'row', categoryId: 'security' }); // a new row in Security
 */
export type MatrixDialog =
  | { readonly type: 'row'; readonly rowId?: string; readonly categoryId?: string }
  | { readonly type: 'category'; readonly categoryId?: string }
  | { readonly type: 'party'; readonly partyId?: string };
