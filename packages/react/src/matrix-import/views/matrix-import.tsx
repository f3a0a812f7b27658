import * as Dialog from '@radix-ui/react-dialog';
import type { Matrix, MatrixChange } from '@tandem/core';
import type { CsvIssue, MatrixLayout, TableImportOptions } from '@tandem/core/io';
import { useMemo } from 'react';
import { useReturnFocus } from '../../hooks/use-return-focus';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import { useMatrixImport } from '../hooks/use-matrix-import';
import {
  type MatrixImportMessageOverrides,
  type MatrixImportMessages,
  resolveMatrixImportMessages,
} from '../messages';
import type { ImportFailure } from '../model/import-failure';
import type { ImportSource, WorkbookReader } from '../model/read-import';
import { LayoutPanel } from './layout-panel';
import { ResultPreview } from './result-preview';
import { SheetPreview } from './sheet-preview';

/**
 * What an import hands the host: the matrix, the ordinary changes that turn `value` into it
 * (apply them as one batch — `editor.dispatch(changes)`, or `commitChanges` on a core
 * history — and one undo takes the import back), its warnings and the layout it was read with.
 *
 * @example
 * const onImport = ({ changes }: MatrixImportOutcome) => editor.dispatch(changes, 'Imported.');
 */
export interface MatrixImportOutcome {
  readonly matrix: Matrix;
  readonly changes: readonly MatrixChange[];
  readonly warnings: readonly CsvIssue[];
  readonly layout: MatrixLayout;
  readonly fileName: string;
}

/** Props of {@link MatrixImport}. */
export interface MatrixImportProps {
  readonly open: boolean;
  /** Escape, Cancel, the close button, the overlay and a finished import ask to close. */
  readonly onOpenChange: (open: boolean) => void;
  /** A dropped or chosen `File`, CSV text, or bytes (CSV or xlsx). */
  readonly source: ImportSource | null | undefined;
  /** Shown in the title and messages; a `File`'s own name when left out. */
  readonly fileName?: string | undefined;
  /** The matrix the import replaces (the host's current one); empty when left out. */
  readonly value?: Matrix | undefined;
  readonly onImport: (outcome: MatrixImportOutcome) => void;
  /** Passed to the core's `matrixFromTable`: `parties` and `categories` to reuse, `sides` … */
  readonly importOptions?: TableImportOptions | undefined;
  /** Largest file read, in bytes; 10 MB when left out. */
  readonly maxBytes?: number | undefined;
  /** Most rows read; the matrix's row limit plus 1,000 when left out. */
  readonly maxRows?: number | undefined;
  /**
   * Reads a workbook; on the main thread (in stages) when left out. A large workbook takes
   * ~1 s there: pass a reader that runs the core's `xlsxToTable` in a worker to keep the page
   * answering. Keep its identity stable (a module-level function).
   */
  readonly readWorkbook?: WorkbookReader | undefined;
  readonly messages?: MatrixImportMessageOverrides | undefined;
  /** Where the dialog is portalled; `document.body` when left out. Put it inside the themed tree. */
  readonly container?: HTMLElement | null | undefined;
  /** Leaves out every `tandem-import-*` class. */
  readonly unstyled?: boolean | undefined;
  readonly className?: string | undefined;
  /** The element focus returns to on close, when the one that had it (a drop zone) is gone. */
  readonly returnFocusTo?: (() => HTMLElement | null | undefined) | undefined;
}

const sourceName = (source: ImportSource | null | undefined) =>
  source && typeof source === 'object' && 'name' in source && typeof source.name === 'string'
    ? source.name
    : 'the sheet';

/**
 * A dialog that imports a spreadsheet into a matrix: it reads the CSV or xlsx (the xlsx reader
 * loads only then), shows the sheet with the role the core's `detectMatrixLayout` gave each
 * column, lets the user change any role, the header row and the letters (or pick another
 * layout the detector weighed), previews the matrix it makes with its warnings and checks, and
 * hands the host the changes that replace `value` with it, as one batch. Reading goes in
 * stages with a progress line, refuses files past the limits with a message, and stops when
 * the dialog closes; focus returns to the opener.
 *
 * @example
 * <MatrixImport open={file !== null} onOpenChange={(o) => !o && setFile(null)} source={file}
 *   value={matrix} onImport={({ changes }) => editor.dispatch(changes)} />
 */
export function MatrixImport(props: MatrixImportProps) {
  const { open, onOpenChange, source, unstyled = false } = props;
  const messages = useMemo(() => resolveMatrixImportMessages(props.messages), [props.messages]);
  const fileName = props.fileName ?? sourceName(source);
  const state = useMatrixImport({
    open,
    source,
    fileName,
    current: props.value,
    importOptions: props.importOptions,
    maxBytes: props.maxBytes,
    maxRows: props.maxRows,
    readWorkbook: props.readWorkbook,
    messages,
  });
  const opener = useReturnFocus(open, props.returnFocusTo);
  // A dialog opened by a drop has no opener with focus (the body had it): the host's target,
  // when it names one, is where focus goes back.
  const returnFocus = {
    onCloseAutoFocus: (event: Event) => {
      const target = props.returnFocusTo?.();
      if (!target?.isConnected) return opener.onCloseAutoFocus(event);
      event.preventDefault();
      target.focus();
    },
  };
  const cls = (name: string) => (unstyled ? undefined : `tandem-import-${name}`);
  const rootClass = [unstyled ? undefined : 'tandem-import', props.className]
    .filter(Boolean)
    .join(' ');
  const { status, preview, layout } = state;
  const ready = status.phase === 'ready' ? status.read : undefined;
  const partySides = useMemo(
    () => new Map(preview?.ok ? preview.matrix.parties.map((p) => [p.name, p.side]) : []),
    [preview],
  );
  const importable = ready && layout && preview?.ok && !state.stale ? preview : undefined;

  const submit = () => {
    if (!importable || !layout) return;
    props.onImport({
      matrix: importable.matrix,
      changes: importable.changes,
      warnings: importable.warnings,
      layout,
      fileName,
    });
    onOpenChange(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={props.container ?? undefined}>
        <div className={rootClass || undefined} data-state={status.phase}>
          <Dialog.Overlay className={cls('overlay')} />
          <Dialog.Content className={cls('dialog')} {...returnFocus}>
            <Dialog.Title className={cls('title')}>{messages.title(fileName)}</Dialog.Title>
            <Dialog.Description className={cls('description')}>
              {messages.description}
            </Dialog.Description>
            {status.phase === 'reading' && (
              <div className={cls('progress')} role="status">
                <progress aria-label={messages.reading(fileName)} />
                <span>{messages.stages[status.stage]}</span>
              </div>
            )}
            {status.phase === 'failed' && (
              <Failure failure={status.failure} fileName={fileName} messages={messages} cls={cls} />
            )}
            {ready && layout && (
              <>
                <LayoutPanel
                  detection={ready.detection}
                  layout={layout}
                  rowCount={ready.table.rows.length}
                  sheets={ready.sheets}
                  sheet={state.sheet}
                  variant={state.variant ?? (preview?.ok ? preview.matrix.variant : 'raci')}
                  messages={messages}
                  cls={cls}
                  onSheet={state.chooseSheet}
                  onHeaderRow={state.setHeaderRow}
                  onAlternative={state.chooseAlternative}
                  onLetter={state.setLetter}
                  onVariant={state.chooseVariant}
                />
                <SheetPreview
                  table={ready.table}
                  layout={layout}
                  canBeLetter={state.letterColumns}
                  sides={partySides}
                  messages={messages}
                  cls={cls}
                  onColumnChange={state.setColumn}
                />
                {preview && (
                  <ResultPreview
                    preview={preview}
                    stale={state.stale}
                    partySides={
                      layout.orientation === 'transposed' || layout.orientation === 'responsibility'
                    }
                    messages={messages}
                    cls={cls}
                    unstyled={unstyled}
                    onPartySide={state.setPartySide}
                  />
                )}
              </>
            )}
            <div className={cls('actions')}>
              <Dialog.Close type="button" className={cls('button')}>
                {status.phase === 'failed' ? messages.close : messages.cancel}
              </Dialog.Close>
              {status.phase !== 'failed' && (
                <button
                  type="button"
                  className={cls('button')}
                  data-variant="primary"
                  disabled={!importable}
                  onClick={submit}
                >
                  {messages.import}
                </button>
              )}
            </div>
            <div role="status" aria-live="polite" aria-atomic="true" data-announcer="">
              <VisuallyHidden>{state.announcement}</VisuallyHidden>
            </div>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Failure({
  failure,
  fileName,
  messages,
  cls,
}: {
  failure: ImportFailure;
  fileName: string;
  messages: MatrixImportMessages;
  cls: (name: string) => string | undefined;
}) {
  const detail = { fileName, limit: failure.limit, found: failure.found };
  return (
    <div className={cls('failure')} role="alert" data-code={failure.code}>
      <p>{messages.failures[failure.code](detail)}</p>
      {failure.issues.length > 0 && (
        <ul>
          {failure.issues.map((issue) => (
            <li key={`${issue.row}-${issue.column}-${issue.code}`} data-code={issue.code}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
