import { DndContext } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { useHydrated } from '../hooks/use-hydrated';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';
import { CategoryDialog } from './category-dialog';
import { CellMenu } from './cell-menu';
import { IssuesPanel } from './issues-panel';
import { LanesBoard } from './lanes-board';
import { MatrixGrid } from './matrix-grid';
import { MatrixToolbar } from './matrix-toolbar';
import { PartyDialog } from './party-dialog';
import { RowDialog } from './row-dialog';
import { StaticMatrixTable } from './static-matrix-table';
import { type PickableTemplate, TemplatePicker } from './template-picker';
import { useMatrixDnd } from './use-matrix-dnd';
import {
  type MatrixEditor,
  type UseMatrixEditorOptions,
  useMatrixEditor,
} from './use-matrix-editor';

/** Props of {@link ResponsibilityMatrix}: the hook's options plus presentation.
 *
 * @example
 * const props: ResponsibilityMatrixProps = { defaultValue: matrix, readOnly: true };
 */
export interface ResponsibilityMatrixProps extends UseMatrixEditorOptions {
  className?: string | undefined;
  /**
   * Templates offered while the matrix has no rows, e.g. `Object.values(templates)` from
   * `@tandem/core/templates`. Opt-in, so hosts that never show it do not ship the template data.
   */
  templates?: readonly PickableTemplate[] | undefined;
  /**
   * Leaves out every `tandem-*` class (the `tandem-matrix*` classes and the letter chips'
   * `tandem-role-chip`), so none of the shipped stylesheet applies even when it is loaded;
   * style the markup through its roles and `data-*` attributes.
   */
  unstyled?: boolean | undefined;
  /** Render only the rows in view; by default on above 150 lines. */
  virtualize?: boolean | undefined;
}

/**
 * The responsibility matrix editor: a grid (parties as columns grouped by side, rows grouped
 * by collapsible categories) or a lanes board, with drag and drop for rows, parties, letters
 * and cards (pointer and keyboard), a cell menu, dialogs for rows, categories and parties,
 * filter, perspective, multi-select, undo/redo, validation with one-click fixes, and
 * announcements. Built only from {@link useMatrixEditor}.
 *
 * Keyboard in the grid: arrows, Home/End (Ctrl for the corners), R/A/C/I toggle letters, Delete
 * clears, Space or F2 opens the cell menu, Enter the row's details, Shift+Space selects, Ctrl+Z
 * / Shift+Ctrl+Z undo and redo. On a row's name or a letter, Space picks it up to drag.
 *
 * @example
 * <ResponsibilityMatrix defaultValue={templates['small-business-one-it'].matrix} onValueChange={save} />
 */
export function ResponsibilityMatrix(props: ResponsibilityMatrixProps) {
  const { className, unstyled = false, templates, virtualize, ...options } = props;
  const editor = useMatrixEditor(options);
  // Server HTML (and the hydration that matches it) is a plain table; the editor takes over
  // right after hydration. A browser-only mount renders the editor at once.
  const hydrated = useHydrated();
  const dnd = useMatrixDnd(editor);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const cls = useCallback(
    (name: string) => (unstyled ? undefined : `tandem-matrix-${name}`),
    [unstyled],
  );
  const rootClass = [unstyled ? undefined : 'tandem-matrix', className].filter(Boolean).join(' ');
  const chipRowId = dnd.dragging?.kind === 'chip' ? dnd.dragging.rowId : null;
  const picker =
    templates && templates.length > 0 && !editor.readOnly ? (
      <>
        <p>{editor.messages.noRows}</p>
        <TemplatePicker editor={editor} templates={templates} cls={cls} />
      </>
    ) : (
      <p>{editor.messages.noRows}</p>
    );

  return (
    <div
      ref={setRoot}
      className={rootClass || undefined}
      data-state={editor.readOnly ? 'read-only' : 'editable'}
      data-view={editor.view}
    >
      <MatrixToolbar editor={editor} cls={cls} />
      {!hydrated && editor.view === 'grid' ? (
        <StaticMatrixTable
          matrix={editor.matrix}
          items={editor.display.items}
          messages={editor.messages}
          cls={cls}
        />
      ) : (
        <DndContext {...dnd.contextProps}>
          {editor.view === 'grid' ? (
            <MatrixGrid
              editor={editor}
              cls={cls}
              virtualize={virtualize}
              chipRowId={chipRowId}
              unstyled={unstyled}
              empty={editor.matrix.rows.length === 0 ? picker : undefined}
            />
          ) : (
            <LanesBoard editor={editor} cls={cls} />
          )}
        </DndContext>
      )}
      {editor.validationEnabled && <IssuesPanel editor={editor} cls={cls} />}
      <CellMenu editor={editor} cls={cls} container={root} />
      <Dialogs editor={editor} cls={cls} container={root} />
      <div role="status" aria-live="polite" aria-atomic="true" data-announcer="">
        <VisuallyHidden>{editor.announcement}</VisuallyHidden>
      </div>
    </div>
  );
}

function Dialogs({
  editor,
  cls,
  container,
}: {
  editor: MatrixEditor;
  cls: (name: string) => string | undefined;
  container: HTMLElement | null;
}) {
  const { dialog } = editor;
  if (!dialog || editor.readOnly) return null;
  if (dialog.type === 'row')
    return (
      <RowDialog
        key={dialog.rowId ?? 'new'}
        editor={editor}
        cls={cls}
        container={container}
        rowId={dialog.rowId}
        categoryId={dialog.categoryId}
      />
    );
  if (dialog.type === 'category')
    return (
      <CategoryDialog
        key={dialog.categoryId ?? 'new'}
        editor={editor}
        cls={cls}
        container={container}
        categoryId={dialog.categoryId}
      />
    );
  return (
    <PartyDialog
      key={dialog.partyId ?? 'new'}
      editor={editor}
      cls={cls}
      container={container}
      partyId={dialog.partyId}
    />
  );
}
