import type { MatrixEditor } from '../hooks/use-matrix-editor';
import { CategoryDialog } from './category-dialog';
import { PartyDialog } from './party-dialog';
import { RowDialog } from './row-dialog';

/**
 * The dialog the editor has open (a row's, a category's or a party's), keyed by what it edits so
 * a dialog opened on another item starts from that item. Its own chunk, loaded after first paint.
 *
 * @example
 * {editor.dialog && <MatrixDialogs editor={editor} cls={cls} container={root} />}
 */
export function MatrixDialogs({
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
