import type { MatrixChange } from '@tandem/core';
import { useState } from 'react';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import { EditorDialog, Field, newId, useDialogEdit } from './editor-dialog';

type Cls = (name: string) => string | undefined;

/**
 * Creates, renames or deletes a category. A category with rows cannot be deleted: the dialog
 * says how many rows to move first, so no row is ever lost with it.
 *
 * @example
 * <CategoryDialog editor={editor} cls={cls} container={root} categoryId="security" />
 */
export function CategoryDialog({
  editor,
  cls,
  container,
  categoryId,
}: {
  editor: MatrixEditor;
  cls: Cls;
  container: HTMLElement | null;
  categoryId?: string | undefined;
}) {
  const { matrix, messages } = editor;
  const existing = categoryId ? matrix.categories.find((c) => c.id === categoryId) : undefined;
  const [name, setName] = useState(existing?.name ?? '');
  const dialog = useDialogEdit(editor);
  const { errors } = dialog;
  const rows = existing ? matrix.rows.filter((row) => row.categoryId === existing.id).length : 0;

  const save = () => {
    const trimmed = name.trim();
    const id =
      existing?.id ?? newId(trimmed, new Set(matrix.categories.map((c) => c.id)), 'category');
    const changes: MatrixChange[] = existing
      ? trimmed === existing.name
        ? []
        : [{ type: 'renameCategory', categoryId: id, name: trimmed }]
      : [{ type: 'addCategory', category: { id, name: trimmed } }];
    dialog.submit({
      changes,
      labels: { name: messages.name },
      required: { name: trimmed },
      name: trimmed,
      clash: matrix.categories.some((c) => c.id !== id && c.name === trimmed),
      isNew: !existing,
    });
  };

  return (
    <EditorDialog
      title={existing ? messages.editCategory(existing.name) : messages.newCategory}
      messages={messages}
      cls={cls}
      container={container}
      onClose={editor.closeDialog}
      onSubmit={save}
      onDelete={
        existing
          ? dialog.remove({ type: 'removeCategory', categoryId: existing.id }, existing.name)
          : undefined
      }
      deleteDisabled={rows > 0}
      deleteNote={rows > 0 ? messages.categoryNotEmpty(rows) : undefined}
    >
      <Field label={messages.name} error={errors.name} cls={cls}>
        {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
    </EditorDialog>
  );
}
