import type { Matrix, MatrixChange } from '@tandem/core';
import { type CsvIssue, matrixToCsv, matrixToMarkdown } from '@tandem/core/io';
import { templates } from '@tandem/core/templates';
import { changesToReplace } from '@tandem/react';
import { MatrixImport, type MatrixImportOutcome } from '@tandem/react/matrix-import';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { downloadText, fileNameOf } from './download';
import { useFileDrop } from './use-file-drop';

type Outcome =
  | {
      kind: 'replaced';
      /** What replaced the matrix, for people: "Imported matrix.csv". */
      label: string;
      matrix: Matrix;
      warnings: readonly CsvIssue[];
      before: Matrix;
    }
  | { kind: 'exported'; fileName: string; losses: readonly string[] };

/** The files the import takes: CSV (and its tab and text kinds) and xlsx workbooks. */
const ACCEPTED =
  '.csv,.tsv,.txt,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The templates the portal offers, in the core's order. */
export const templateList = Object.values(templates);

/**
 * Spreadsheet in and out for the matrix: import a CSV or xlsx (the button, or a file dropped
 * anywhere on `children`) through `<MatrixImport>`, where the user checks each column's role
 * before importing, with its warnings shown and an undo; export CSV (with a BOM for Excel) and
 * Markdown; or start over from a template. Whatever replaces the matrix goes through `onEdit`
 * as ordinary changes, so it is audited, saved and undone like any edit.
 *
 * @example
 * <MatrixFiles matrix={draft} onEdit={edit}><ResponsibilityMatrix … /></MatrixFiles>
 */
export function MatrixFiles({
  matrix,
  onEdit,
  children,
}: {
  matrix: Matrix;
  onEdit: (next: Matrix, changes: readonly MatrixChange[]) => void;
  children: ReactNode;
}) {
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const title = matrix.name ?? 'Responsibility matrix';

  // The file being imported: the dialog reads it, and closing the dialog drops it.
  const [file, setFile] = useState<File | null>(null);
  const importFile = useCallback((chosen: File) => {
    setOutcome(undefined);
    setFile(chosen);
  }, []);
  // The draft's parties (ids, sides, calendars) and categories are reused where the sheet
  // names them, so an exported sheet edited in Excel comes back as the same matrix.
  const importOptions = useMemo(
    () => ({
      parties: matrix.parties,
      categories: matrix.categories,
      ...(matrix.name ? { name: matrix.name } : {}),
    }),
    [matrix.parties, matrix.categories, matrix.name],
  );
  const imported = ({ matrix: next, changes, warnings, fileName }: MatrixImportOutcome) => {
    // One edit: the whole import is one entry in the draft, undone by the notice's Undo.
    onEdit(next, changes);
    setOutcome({
      kind: 'replaced',
      label: `Imported ${fileName}`,
      matrix: next,
      warnings,
      before: matrix,
    });
  };
  const drop = useFileDrop((file) => void importFile(file));

  const [templateId, setTemplateId] = useState(templateList[0]?.id ?? '');
  const startFromTemplate = () => {
    const template = templateList.find((candidate) => candidate.id === templateId);
    if (!template) return;
    onEdit(template.matrix, changesToReplace(matrix, template.matrix));
    setOutcome({
      kind: 'replaced',
      label: `Started from the template “${template.name}”`,
      matrix: template.matrix,
      warnings: [],
      before: matrix,
    });
  };

  const undoImport = (before: Matrix) => {
    onEdit(before, changesToReplace(matrix, before));
    setOutcome(undefined);
  };

  const exportCsv = () => {
    const { text, losses } = matrixToCsv(matrix, { bom: true });
    const fileName = fileNameOf(title, 'csv');
    downloadText(fileName, text, 'text/csv');
    setOutcome({ kind: 'exported', fileName, losses: losses.map((loss) => loss.message) });
  };
  const exportMarkdown = () => {
    const fileName = fileNameOf(title, 'md');
    downloadText(fileName, matrixToMarkdown(matrix), 'text/markdown');
    setOutcome({ kind: 'exported', fileName, losses: [] });
  };

  return (
    <div className="matrix-files" {...drop.props} data-drop={drop.over ? 'over' : undefined}>
      <fieldset className="button-row">
        <legend className="sr-only">Spreadsheet import and export</legend>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Import CSV or xlsx…
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED}
          hidden
          aria-label="CSV or xlsx file to import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="button" onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" className="button" onClick={exportMarkdown}>
          Export Markdown
        </button>
        <span className="muted drop-hint">or drop a CSV or xlsx file on the matrix</span>
      </fieldset>
      <fieldset className="button-row">
        <legend className="sr-only">Templates</legend>
        <label className="template-choice">
          Start over from a template
          <select value={templateId} onChange={(event) => setTemplateId(event.currentTarget.value)}>
            {templateList.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={startFromTemplate}>
          Use template
        </button>
      </fieldset>
      <FilesOutcome outcome={outcome} onUndo={undoImport} onDismiss={() => setOutcome(undefined)} />
      <div className="drop-zone">
        {drop.over && (
          <p className="drop-overlay" aria-hidden="true">
            Drop the CSV or xlsx file to replace this matrix
          </p>
        )}
        {children}
      </div>
      <MatrixImport
        open={file !== null}
        onOpenChange={(open) => !open && setFile(null)}
        source={file}
        value={matrix}
        importOptions={importOptions}
        onImport={imported}
        returnFocusTo={() => input.current?.previousElementSibling as HTMLElement | null}
      />
    </div>
  );
}

function FilesOutcome({
  outcome,
  onUndo,
  onDismiss,
}: {
  outcome: Outcome | undefined;
  onUndo: (before: Matrix) => void;
  onDismiss: () => void;
}) {
  if (!outcome) return null;
  const dismiss = (
    <button type="button" className="button" onClick={onDismiss}>
      Dismiss
    </button>
  );
  if (outcome.kind === 'exported')
    return (
      <div className="notice" role="status">
        <p>
          Exported {outcome.fileName}.
          {outcome.losses.length > 0 && ' Some things a spreadsheet cannot hold were left out:'}
        </p>
        {outcome.losses.length > 0 && (
          <ul>
            {outcome.losses.map((loss) => (
              <li key={loss}>{loss}</li>
            ))}
          </ul>
        )}
        {dismiss}
      </div>
    );
  const { label, warnings, matrix, before } = outcome;
  return (
    <div className={`notice${warnings.length > 0 ? ' warning' : ''}`} role="status">
      <p>
        <strong>{label}:</strong> {matrix.rows.length} rows, {matrix.parties.length} parties.{' '}
        {warnings.length === 0
          ? 'Nothing needed attention.'
          : `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}:`}
      </p>
      {warnings.length > 0 && (
        <ul aria-label="Import warnings">
          {warnings.map((warning) => (
            <li key={`${warning.row}-${warning.column}-${warning.code}`}>{warning.message}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onUndo(before)}>
          Undo
        </button>
        {dismiss}
      </div>
    </div>
  );
}
