// The plumbing the shipped components share with the editor hook, kept off its public surface.
// It rides on the editor object under a symbol no host can name, so `useMatrixDnd(editor)` and
// the shipped views reach it while a host sees (and types) only `MatrixEditor`.
import { type Matrix, tandemError } from '@tandem/core';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { MatrixEditor } from './matrix-editor-surface';

/**
 * Event handlers with one identity for the editor's whole life, so memoised rows re-render only
 * when their own data changes. Internal: hosts get them through the prop getters.
 */
export interface MatrixRowHandlers {
  onCellFocus: (rowId: string, partyId: string | null) => void;
  onCellKeyDown: (event: KeyboardEvent<HTMLElement>, rowId: string, partyId: string | null) => void;
  onCellClick: (event: MouseEvent<HTMLElement>, rowId: string, partyId: string) => void;
  onSelect: (rowId: string, range: boolean) => void;
  onOpenRow: (rowId: string) => void;
}

/** What the shipped components and `useMatrixDnd` need besides the public surface. */
export interface MatrixEditorInternals {
  /** The newest matrix, even before the render an edit causes. */
  readonly latest: () => Matrix;
  /** Set while a drag is on, so the grid's keys leave the arrows to the drag. */
  readonly dragging: { current: boolean };
  /** A virtualised grid registers how to bring a row into view before it is focused. */
  readonly revealRow: { current: ((rowId: string) => void) | null };
  readonly rowHandlers: MatrixRowHandlers;
}

// Pure, so a bundle that never reaches the editor (RoleChip alone) leaves the module out.
const INTERNALS = /* @__PURE__ */ Symbol('tandem.matrixEditor');

/**
 * The editor with its internals attached (enumerable, so a host's `{ ...editor }` keeps them).
 *
 * @example
 * return withInternals(editor, { latest, dragging, revealRow, rowHandlers });
 */
export function withInternals(editor: MatrixEditor, internals: MatrixEditorInternals) {
  (editor as MatrixEditor & { [INTERNALS]: MatrixEditorInternals })[INTERNALS] = internals;
  return editor;
}

/**
 * The internals of an editor `useMatrixEditor` returned; throws E601 for any other object.
 *
 * @example
 * internalsOf(editor).dragging.current = true;
 */
export function internalsOf(editor: MatrixEditor): MatrixEditorInternals {
  const internals = (editor as Partial<Record<typeof INTERNALS, MatrixEditorInternals>>)[INTERNALS];
  if (!internals) throw tandemError('E601', 'pass the editor useMatrixEditor returned.');
  return internals;
}
