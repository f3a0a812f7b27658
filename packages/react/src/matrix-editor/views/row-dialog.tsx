import type { MatrixChange, Row, RowKind } from '@tandem/core';
import { useState } from 'react';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import { EditorDialog, Field, newId, useDialogEdit } from './editor-dialog';

type Cls = (name: string) => string | undefined;

const splitTags = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/**
 * Creates or edits a row: name, category, kind (task or decision), description and tags.
 * Checked with the core's row schema, saved as the fewest changes that say what happened
 * (`renameRow`, `moveRows`, `updateRow`), so the audit log reads naturally.
 *
 * @example
 * <RowDialog editor={editor} cls={cls} container={root} rowId="backup" />
 */
export function RowDialog({
  editor,
  cls,
  container,
  rowId,
  categoryId,
}: {
  editor: MatrixEditor;
  cls: Cls;
  container: HTMLElement | null;
  rowId?: string | undefined;
  categoryId?: string | undefined;
}) {
  const { matrix, messages } = editor;
  const existing = rowId ? matrix.rows.find((row) => row.id === rowId) : undefined;
  const [name, setName] = useState(existing?.name ?? '');
  const [category, setCategory] = useState(
    existing?.categoryId ?? categoryId ?? matrix.categories[0]?.id ?? '',
  );
  const [kind, setKind] = useState<RowKind>(existing?.kind ?? 'task');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [tags, setTags] = useState((existing?.tags ?? []).join(', '));
  const dialog = useDialogEdit(editor);
  const { errors } = dialog;
  const labels = {
    name: messages.name,
    categoryId: messages.category,
    description: messages.description,
    tags: messages.tags,
  };

  const save = () => {
    const trimmed = name.trim();
    const candidate: Row = {
      id: existing?.id ?? newId(trimmed, new Set(matrix.rows.map((row) => row.id)), 'row'),
      name: trimmed,
      categoryId: category,
      kind,
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(splitTags(tags).length > 0 ? { tags: splitTags(tags) } : {}),
      cells: existing?.cells ?? {},
    };
    const changes: MatrixChange[] = existing
      ? rowEditChanges(existing, candidate)
      : [{ type: 'addRow', row: candidate }];
    const clash = matrix.rows.some(
      (row) => row.id !== existing?.id && row.categoryId === category && row.name === trimmed,
    );
    // A category must be chosen; the core would refuse an unknown one with its own words.
    const required = { name: trimmed, categoryId: category };
    dialog.submit({ changes, labels, required, name: trimmed, clash, isNew: !existing });
  };

  return (
    <EditorDialog
      title={existing ? messages.editRow(existing.name) : messages.newRow}
      messages={messages}
      cls={cls}
      container={container}
      onClose={editor.closeDialog}
      onSubmit={save}
      onDelete={
        existing
          ? dialog.remove({ type: 'removeRow', rowId: existing.id }, existing.name)
          : undefined
      }
    >
      <Field label={messages.name} error={errors.name} cls={cls}>
        {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={messages.category} error={errors.categoryId} cls={cls}>
        {(ids) => (
          <select {...ids} value={category} onChange={(e) => setCategory(e.target.value)}>
            {matrix.categories.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={cls('choice')}>
        <legend>{messages.kind}</legend>
        {(['task', 'decision'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {messages.kinds[option]}
          </label>
        ))}
      </fieldset>
      <Field label={messages.description} error={errors.description} cls={cls}>
        {(ids) => (
          <textarea
            {...ids}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <Field label={messages.tags} hint={messages.tagsHint} error={errors.tags} cls={cls}>
        {(ids) => <input {...ids} value={tags} onChange={(e) => setTags(e.target.value)} />}
      </Field>
    </EditorDialog>
  );
}

/**
 * The changes that turn `before` into `after` (same id): a rename, a move to another category,
 * and one `updateRow` for kind, description and tags — each only when it differs.
 *
 * @example
 * rowEditChanges(row, { ...row, name: 'Backups' }); // [{ type: 'renameRow', … }]
 */
export function rowEditChanges(before: Row, after: Row): MatrixChange[] {
  const changes: MatrixChange[] = [];
  if (after.name !== before.name)
    changes.push({ type: 'renameRow', rowId: before.id, name: after.name });
  if (after.categoryId !== before.categoryId)
    changes.push({ type: 'moveRows', rowIds: [before.id], categoryId: after.categoryId });
  const patch: { kind?: RowKind; description?: string | null; tags?: readonly string[] | null } =
    {};
  if (after.kind !== before.kind) patch.kind = after.kind;
  if (after.description !== before.description) patch.description = after.description ?? null;
  if ((after.tags ?? []).join('\n') !== (before.tags ?? []).join('\n'))
    patch.tags = after.tags ?? null;
  if (Object.keys(patch).length > 0) changes.push({ type: 'updateRow', rowId: before.id, patch });
  return changes;
}
