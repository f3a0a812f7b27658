import * as Dialog from '@radix-ui/react-dialog';
import { applyMatrixChanges, type Matrix, type MatrixChange } from '@tandem/core';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { internalsOf } from '../hooks/editor-internals';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import type { MatrixEditorMessages } from '../messages';

type Cls = (name: string) => string | undefined;

/**
 * Field errors by field name, as a form shows them.
 *
 * @example
 * const errors: FieldErrors = { name: 'Name is required.' };
 */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Checks a dialog's edit the way it will be applied: required names here, everything else by a
 * dry run of the core's `applyMatrixChanges`, whose refusal names the field at fault. The core
 * stays the one place that knows the rules (and no schema library ships for a form).
 *
 * @example
 * const errors = checkEdit(matrix, changes, { name: 'Name' }, { name }, messages);
 */
export function checkEdit(
  matrix: Matrix,
  changes: readonly MatrixChange[],
  labels: Readonly<Record<string, string>>,
  required: Readonly<Record<string, string>>,
  messages: MatrixEditorMessages,
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(required))
    if (value.trim() === '') errors[field] = messages.fieldRequired(labels[field] ?? field);
  if (Object.keys(errors).length > 0) return errors;
  const applied = applyMatrixChanges(matrix, changes);
  if (applied.ok) return errors;
  const named = applied.error.path.filter(
    (segment): segment is string => typeof segment === 'string',
  );
  const field =
    [...named].reverse().find((segment) => segment in labels) ?? Object.keys(labels)[0] ?? '';
  errors[field] = messages.refused(applied.error.message);
  return errors;
}

/** Props of {@link EditorDialog}. */
export interface EditorDialogProps {
  title: string;
  messages: MatrixEditorMessages;
  cls: Cls;
  container: HTMLElement | null;
  onClose: () => void;
  onSubmit: () => void;
  /** Shown when editing an existing item; `deleteDisabled` explains why it cannot go yet. */
  onDelete?: (() => void) | undefined;
  deleteNote?: string | undefined;
  deleteDisabled?: boolean | undefined;
  children: ReactNode;
}

/**
 * The shell every editor dialog shares: a Radix modal dialog (focus trap, Escape, focus
 * returned on close) portalled into the editor so it inherits the theme and text direction,
 * a form whose Enter saves, and Cancel / Delete / Save.
 *
 * @example
 * <EditorDialog title="New row" messages={messages} cls={cls} container={root} onClose={close} onSubmit={save}>…</EditorDialog>
 */
export function EditorDialog(props: EditorDialogProps) {
  const { title, messages, cls, container, onClose, onSubmit, onDelete } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className={cls('overlay')} />
        <Dialog.Content className={cls('dialog')} aria-describedby={undefined}>
          <Dialog.Title className={cls('dialog-title')}>{title}</Dialog.Title>
          <form onSubmit={submit} noValidate className={cls('form')}>
            {props.children}
            {onDelete && props.deleteNote && <p className={cls('hint')}>{props.deleteNote}</p>}
            <div className={cls('dialog-actions')}>
              {onDelete && (
                <button
                  type="button"
                  className={cls('button')}
                  data-variant="danger"
                  disabled={props.deleteDisabled}
                  onClick={onDelete}
                >
                  {messages.delete}
                </button>
              )}
              <span className={cls('spacer')} />
              <Dialog.Close type="button" className={cls('button')}>
                {messages.cancel}
              </Dialog.Close>
              <button type="submit" className={cls('button')} data-variant="primary">
                {messages.save}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Props of {@link Field}. */
export interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  cls: Cls;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (ids: {
    id: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/**
 * A labelled form control with its hint and error, wired with `aria-invalid` and
 * `aria-describedby` so a screen reader hears the error on the field.
 *
 * @example
 * <Field label="Name" error={errors.name} cls={cls}>{(ids) => <input {...ids} />}</Field>
 */
export function Field({ label, error, hint, cls, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls('field')} data-state={error ? 'invalid' : 'valid'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <span id={`${id}-hint`} className={cls('hint')}>
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className={cls('error')}>
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * A fresh id for a new row, category or party, from its name: readable in exports and never
 * one an object inherits.
 *
 * @example
 * newId('Backup & DR', new Set(['backup-dr'])); // 'backup-dr-2'
 */
export function newId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback;
  const reserved = (id: string) => taken.has(id) || id in Object.prototype;
  if (!reserved(base)) return base;
  let n = 2;
  while (reserved(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** One save from a dialog: the changes, how to check them, and what to announce. */
export interface DialogEdit {
  changes: readonly MatrixChange[];
  /** Field labels by the field names the core's refusals use. */
  labels: Readonly<Record<string, string>>;
  /** Required fields and their values. */
  required: Readonly<Record<string, string>>;
  /** The saved item's name, for the duplicate check and the announcement. */
  name: string;
  /** Whether another item of the same kind already has this name. */
  clash: boolean;
  isNew: boolean;
}

/**
 * What every editor dialog does with its form: check an edit (required fields, a name used
 * twice, the core's own refusal), show the errors, or apply it as one undoable step and close;
 * and delete the item it edits.
 *
 * @example
 * const dialog = useDialogEdit(editor);
 * dialog.submit({ changes, labels, required: { name }, name, clash, isNew: true });
 */
export function useDialogEdit(editor: MatrixEditor) {
  const { messages } = editor;
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (edit: DialogEdit) => {
    const found: Record<string, string> = {
      ...checkEdit(
        internalsOf(editor).latest(),
        edit.changes,
        edit.labels,
        edit.required,
        messages,
      ),
    };
    if (!found.name && edit.clash) found.name = messages.duplicateName(edit.name);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const message = edit.isNew ? messages.added(edit.name) : messages.saved(edit.name);
    if (editor.dispatch(edit.changes, message)) editor.closeDialog();
  };
  const remove = (change: MatrixChange, name: string) => () => {
    if (editor.dispatch([change], messages.deleted(name))) editor.closeDialog();
  };
  return { errors, submit, remove };
}
