import * as Dialog from '@radix-ui/react-dialog';
import { getCell, type KnownQualifier, roleLetters } from '@tandem/core';
import { type CSSProperties, useEffect, useId, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import { internalsOf } from '../hooks/editor-internals';
import { focusTarget } from '../hooks/focus-target';
import type { MatrixEditor } from '../hooks/use-matrix-editor';

type Cls = (name: string) => string | undefined;

const CUSTOM = '\u0000custom';
const QUALIFIERS: readonly KnownQualifier[] = [
  'overflow',
  'when-unavailable',
  'after-hours',
  'business-hours',
];

/**
 * The pointer's way to edit a cell (and the keyboard's, with Space or F2): a non-modal dialog
 * under the cell with a toggle per letter, the condition on them, and a note. Every control is
 * one edit, so each can be undone. One menu serves the whole grid, placed under the open cell.
 *
 * @example
 * <CellMenu editor={editor} cls={cls} container={rootElement} />
 */
export function CellMenu({
  editor,
  cls,
  container,
}: {
  editor: MatrixEditor;
  cls: Cls;
  container: HTMLElement | null;
}) {
  const { cellMenu, matrix, messages } = editor;
  const row = cellMenu && matrix.rows.find((candidate) => candidate.id === cellMenu.rowId);
  const party = cellMenu && matrix.parties.find((candidate) => candidate.id === cellMenu.partyId);
  const [position, setPosition] = useState<CSSProperties>({});
  // Placed under its cell by hand: a positioning engine would double the editor's weight.
  useIsomorphicLayoutEffect(() => {
    if (!cellMenu || !container) return;
    const index = matrix.parties.findIndex((p) => p.id === cellMenu.partyId);
    const cell = focusTarget(container, cellMenu.rowId, cellMenu.partyId, index);
    if (!cell) return;
    const box = cell.getBoundingClientRect();
    const base = container.getBoundingClientRect();
    setPosition({
      position: 'absolute',
      insetBlockStart: box.bottom - base.top + 4,
      left: Math.max(0, Math.min(box.left - base.left, base.width - 288)),
    });
  }, [cellMenu, container, matrix.parties]);
  if (!row || !party) return null;
  return (
    <Dialog.Root modal={false} open onOpenChange={(next) => !next && editor.closeCellMenu()}>
      <Dialog.Portal container={container}>
        <Dialog.Content
          className={cls('popover')}
          style={position}
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            editor.focusCell({ rowId: row.id, partyId: party.id });
          }}
        >
          <Dialog.Title className={cls('menu-title')}>
            {messages.cellMenuLabel({ party: party.name, row: row.name })}
          </Dialog.Title>
          <CellMenuBody editor={editor} cls={cls} rowId={row.id} partyId={party.id} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CellMenuBody({
  editor,
  cls,
  rowId,
  partyId,
}: {
  editor: MatrixEditor;
  cls: Cls;
  rowId: string;
  partyId: string;
}) {
  const { matrix, messages } = editor;
  const cell = getCell(matrix, rowId, partyId);
  const [note, setNote] = useState(cell.note ?? '');
  useEffect(() => setNote(cell.note ?? ''), [cell.note]);
  const custom = typeof cell.qualifier === 'object' ? cell.qualifier.custom : undefined;
  const qualifier = typeof cell.qualifier === 'string' ? cell.qualifier : custom ? CUSTOM : '';
  const write = (patch: { qualifier?: KnownQualifier | undefined; note?: string | undefined }) => {
    const {
      qualifier: q,
      note: n,
      ...rest
    } = getCell(internalsOf(editor).latest(), rowId, partyId);
    const next = {
      ...rest,
      ...('qualifier' in patch
        ? patch.qualifier
          ? { qualifier: patch.qualifier }
          : {}
        : q !== undefined
          ? { qualifier: q }
          : {}),
      ...('note' in patch
        ? patch.note
          ? { note: patch.note }
          : {}
        : n !== undefined
          ? { note: n }
          : {}),
    };
    editor.dispatch([{ type: 'setCell', rowId, partyId, cell: next }]);
  };
  // Two editors on one page may each have a menu open on the same cell ids.
  const noteId = useId();

  return (
    <div className={cls('menu')}>
      <fieldset className={cls('menu-letters')}>
        <legend>{messages.lettersLabel}</legend>
        {roleLetters(matrix.variant).map((letter) => (
          <button
            key={letter}
            type="button"
            className={cls('letter-toggle')}
            data-role={letter}
            aria-pressed={cell.roles.includes(letter)}
            onClick={() => editor.toggleLetter(rowId, partyId, letter)}
          >
            <span aria-hidden="true">{letter}</span> {messages.roleName(letter, matrix.variant)}
          </button>
        ))}
      </fieldset>
      <label className={cls('field')}>
        <span>{messages.qualifier}</span>
        <select
          value={qualifier}
          onChange={(event) =>
            event.target.value !== CUSTOM &&
            write({ qualifier: (event.target.value || undefined) as KnownQualifier | undefined })
          }
        >
          <option value="">{messages.noQualifier}</option>
          {custom && <option value={CUSTOM}>{custom}</option>}
          {QUALIFIERS.map((known) => (
            <option key={known} value={known}>
              {messages.qualifiers[known]}
            </option>
          ))}
        </select>
      </label>
      <label className={cls('field')} htmlFor={noteId}>
        <span>{messages.note}</span>
      </label>
      <textarea
        id={noteId}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        onBlur={() =>
          note.trim() !== (cell.note ?? '') && write({ note: note.trim() || undefined })
        }
      />
      <div className={cls('menu-actions')}>
        <button
          type="button"
          className={cls('button')}
          onClick={() => editor.clearCell(rowId, partyId)}
        >
          {messages.clearCellButton}
        </button>
        <Dialog.Close className={cls('button')}>{messages.close}</Dialog.Close>
      </div>
    </div>
  );
}
