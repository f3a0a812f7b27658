// The host the import stories render: it keeps the matrix in the core's undo history and
// applies an import's changes with one `commitChanges`, so one Undo takes the import back.
// Never shipped: only stories import this file.
import { commitChanges, createHistory, type Matrix, type MatrixHistory, undo } from '@tandem/core';
import { useRef, useState } from 'react';
import {
  MatrixImport,
  type MatrixImportOutcome,
  type MatrixImportProps,
} from '../views/matrix-import';

const EMPTY: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };

/** Props of {@link ImportStoryHost}: the dialog's, less what the host owns. */
export type ImportStoryHostProps = Omit<
  MatrixImportProps,
  'open' | 'onOpenChange' | 'value' | 'onImport'
> & { onImport: (outcome: MatrixImportOutcome) => void; value?: Matrix };

/**
 * Opens the dialog on its source at once; after an import lists the matrix's rows and offers
 * Undo and "Import again" (the opener focus returns to).
 *
 * @example
 * <ImportStoryHost source={csv} fileName="matrix.csv" onImport={fn()} />
 */
export function ImportStoryHost(props: ImportStoryHostProps) {
  const { onImport, value, ...rest } = props;
  const [history, setHistory] = useState<MatrixHistory>(() => createHistory(value ?? EMPTY));
  const [open, setOpen] = useState(true);
  const opener = useRef<HTMLButtonElement>(null);
  const take = (outcome: MatrixImportOutcome) => {
    onImport(outcome);
    const committed = commitChanges(history, outcome.changes, { actor: 'story', at: 0 });
    if (committed.ok) setHistory(committed.history);
  };
  const matrix = history.matrix;
  return (
    <div>
      <button ref={opener} type="button" onClick={() => setOpen(true)}>
        Import again
      </button>{' '}
      <button
        type="button"
        disabled={history.past.length === 0}
        onClick={() => setHistory(undo(history, { actor: 'story', at: 0 }).history)}
      >
        Undo
      </button>
      <p data-host-matrix="">
        {matrix.rows.length} rows, {matrix.parties.length} parties, {history.past.length} undo
        steps.
      </p>
      <ul aria-label="Imported rows">
        {matrix.rows.map((row) => (
          <li key={row.id}>{row.name}</li>
        ))}
      </ul>
      <MatrixImport
        {...rest}
        open={open}
        onOpenChange={setOpen}
        value={matrix}
        onImport={take}
        returnFocusTo={() => opener.current}
      />
    </div>
  );
}
