import { DndContext } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { lazyPart, usePreload } from '../../hooks/lazy-part';
import { useHydrated } from '../../hooks/use-hydrated';
import type { PresenceOptions } from '../../presence/presence-types';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import { useMatrixDnd } from '../hooks/use-matrix-dnd';
import { type UseMatrixEditorOptions, useMatrixEditor } from '../hooks/use-matrix-editor';
import { useMatrixPresence } from '../hooks/use-matrix-presence';
import { IssueList, IssuesPanel } from './issues-panel';
import { MatrixGrid } from './matrix-grid';
import { MatrixToolbar } from './matrix-toolbar';
import { StaticMatrixTable } from './static-matrix-table';
import type { PickableTemplate } from './template-picker';

// Not needed at first paint (the lanes view is one click away): their code, and the dialog
// library's, loads when the browser is idle after the editor mounted, before anyone opens one.
// A server holds them ready, so an editor that starts in the lanes view still server-renders.
const CellMenu = /* @__PURE__ */ lazyPart(() => import('./cell-menu').then((m) => m.CellMenu));
const LanesBoard = /* @__PURE__ */ lazyPart(() =>
  import('./lanes-board').then((m) => m.LanesBoard),
);
const TemplatePicker = /* @__PURE__ */ lazyPart(() =>
  import('./template-picker').then((m) => m.TemplatePicker),
);
const MatrixDialogs = /* @__PURE__ */ lazyPart(() =>
  import('./matrix-dialogs').then((m) => m.MatrixDialogs),
);

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
  /**
   * Other people editing the same matrix, and where to report this user's own focus and drags
   * (live co-editing): a peer's focused cell or row is outlined in their colour with their
   * name, a row they drag reads "picked up by …", and moves are announced politely ("Sam from
   * Northwind MSP is editing Backup management."). Only the rows people move between re-render.
   *
   * @example
   * presence={{
   *   peers: toPresencePeers(readPeers(awareness), matrix.parties),
   *   onLocalChange: (local) => setPresence(awareness, local),
   * }}
   */
  presence?: PresenceOptions | undefined;
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
  const { className, unstyled = false, templates, virtualize, presence, ...options } = props;
  const editor = useMatrixEditor(options);
  // Server HTML (and the hydration that matches it) is a plain table; the editor takes over
  // right after hydration. A browser-only mount renders the editor at once.
  const hydrated = useHydrated();
  const dnd = useMatrixDnd(editor);
  const peers = useMatrixPresence(editor, presence);
  usePreload(
    editor.readOnly ? [LanesBoard, IssueList] : [LanesBoard, IssueList, CellMenu, MatrixDialogs],
    hydrated,
  );
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
      {...peers.rootProps}
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
        <DndContext {...peers.dndProps(dnd.contextProps)}>
          {editor.view === 'grid' ? (
            <MatrixGrid
              editor={editor}
              cls={cls}
              virtualize={virtualize}
              chipRowId={chipRowId}
              peersAt={peers.peersAt}
              unstyled={unstyled}
              empty={editor.matrix.rows.length === 0 ? picker : undefined}
            />
          ) : (
            <LanesBoard editor={editor} cls={cls} />
          )}
        </DndContext>
      )}
      {editor.validationEnabled && <IssuesPanel editor={editor} cls={cls} />}
      {editor.cellMenu && <CellMenu editor={editor} cls={cls} container={root} />}
      {editor.dialog && !editor.readOnly && (
        <MatrixDialogs editor={editor} cls={cls} container={root} />
      )}
      <div role="status" aria-live="polite" aria-atomic="true" data-announcer="">
        <VisuallyHidden>{editor.announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
