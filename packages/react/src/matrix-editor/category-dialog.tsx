import type { MatrixChange } from '@tandem/core';
import { useState } from 'react';
import { checkEdit, EditorDialog, Field, type FieldErrors, newId } from './editor-dialog';
import type { MatrixEditor } from './use-matrix-editor';

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
  const [errors, setErrors] = useState<FieldErrors>({});
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
    const found: Record<string, string> = {
      ...checkEdit(editor.latest(), changes, { name: messages.name }, { name: trimmed }, messages),
    };
    if (!found.name && matrix.categories.some((c) => c.id !== id && c.name === trimmed))
      found.name = messages.duplicateName(trimmed);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const ok = editor.dispatch(
      changes,
      existing ? messages.saved(trimmed) : messages.added(trimmed),
    );
    if (ok) editor.closeDialog();
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
          ? () => {
              if (
                editor.dispatch(
                  [{ type: 'removeCategory', categoryId: existing.id }],
                  messages.deleted(existing.name),
                )
              )
                editor.closeDialog();
            }
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
