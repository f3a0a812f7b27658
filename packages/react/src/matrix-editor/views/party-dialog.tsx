import type { MatrixChange, Party, PartySide } from '@tandem/core';
import { useState } from 'react';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import { EditorDialog, Field, newId, useDialogEdit } from './editor-dialog';

type Cls = (name: string) => string | undefined;

const SIDES: readonly PartySide[] = ['internal', 'provider', 'vendor', 'business'];

/**
 * Creates, edits or deletes a party (a column): name, side, coverage calendar and colour.
 * Deleting says how many cells go with it.
 *
 * @example
 * <PartyDialog editor={editor} cls={cls} container={root} partyId="msp" />
 */
export function PartyDialog({
  editor,
  cls,
  container,
  partyId,
}: {
  editor: MatrixEditor;
  cls: Cls;
  container: HTMLElement | null;
  partyId?: string | undefined;
}) {
  const { matrix, messages } = editor;
  const existing = partyId ? matrix.parties.find((p) => p.id === partyId) : undefined;
  const [name, setName] = useState(existing?.name ?? '');
  const [side, setSide] = useState<PartySide>(existing?.side ?? 'internal');
  const [calendarId, setCalendarId] = useState(existing?.calendarId ?? '');
  const [color, setColor] = useState(existing?.color ?? '');
  const dialog = useDialogEdit(editor);
  const { errors } = dialog;
  const cells = existing
    ? matrix.rows.filter((row) => Object.hasOwn(row.cells, existing.id)).length
    : 0;

  const save = () => {
    const trimmed = name.trim();
    const candidate: Party = {
      id: existing?.id ?? newId(trimmed, new Set(matrix.parties.map((p) => p.id)), 'party'),
      name: trimmed,
      side,
      ...(calendarId.trim() ? { calendarId: calendarId.trim() } : {}),
      ...(color.trim() ? { color: color.trim() } : {}),
    };
    const labels = { name: messages.name, calendarId: messages.calendar, color: messages.color };
    const changes: MatrixChange[] = existing
      ? [
          {
            type: 'updateParty',
            partyId: existing.id,
            patch: {
              name: trimmed,
              side,
              calendarId: candidate.calendarId ?? null,
              color: candidate.color ?? null,
            },
          },
        ]
      : [{ type: 'addParty', party: candidate }];
    dialog.submit({
      changes,
      labels,
      required: { name: trimmed },
      name: trimmed,
      clash: matrix.parties.some((p) => p.id !== candidate.id && p.name === trimmed),
      isNew: !existing,
    });
  };

  return (
    <EditorDialog
      title={existing ? messages.editParty(existing.name) : messages.newParty}
      messages={messages}
      cls={cls}
      container={container}
      onClose={editor.closeDialog}
      onSubmit={save}
      onDelete={
        existing
          ? dialog.remove({ type: 'removeParty', partyId: existing.id }, existing.name)
          : undefined
      }
      deleteNote={existing ? messages.deletePartyWarning(cells) : undefined}
    >
      <Field label={messages.name} error={errors.name} cls={cls}>
        {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={messages.side} cls={cls}>
        {(ids) => (
          <select {...ids} value={side} onChange={(e) => setSide(e.target.value as PartySide)}>
            {SIDES.map((option) => (
              <option key={option} value={option}>
                {messages.sides[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={messages.calendar} error={errors.calendarId} cls={cls}>
        {(ids) => (
          <input {...ids} value={calendarId} onChange={(e) => setCalendarId(e.target.value)} />
        )}
      </Field>
      <Field label={messages.color} error={errors.color} cls={cls}>
        {(ids) => (
          <input
            {...ids}
            value={color}
            placeholder="#0f766e"
            onChange={(e) => setColor(e.target.value)}
          />
        )}
      </Field>
    </EditorDialog>
  );
}
