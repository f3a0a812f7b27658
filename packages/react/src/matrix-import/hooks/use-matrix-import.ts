import type { Matrix, PartySide, RoleLetter, RoleVariant } from '@tandem/core';
import { columnName, type MatrixLayout, type TableImportOptions } from '@tandem/core/io';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useAnnouncer } from '../../hooks/use-announcer';
import type { ColumnChoice, MatrixImportMessages } from '../messages';
import type { ImportFailure } from '../model/import-failure';
import { type ImportPreview, previewImport } from '../model/import-preview';
import {
  letterColumns,
  withColumnChoice,
  withHeaderRow,
  withLetterMapping,
} from '../model/layout-edits';
import {
  type ImportRead,
  type ImportSource,
  type ImportStage,
  readImport,
  type WorkbookReader,
} from '../model/read-import';

const EMPTY_MATRIX: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };

/** Options of {@link useMatrixImport}. */
export interface UseMatrixImportOptions {
  /** Reading starts when the dialog is open with a source, and stops when it closes. */
  readonly open: boolean;
  readonly source: ImportSource | null | undefined;
  readonly fileName: string;
  /** The matrix the import replaces; the changes are computed against it. */
  readonly current?: Matrix | undefined;
  /** Passed to the core's `matrixFromTable`, e.g. the current `parties` to keep their ids. */
  readonly importOptions?: TableImportOptions | undefined;
  readonly maxBytes?: number | undefined;
  readonly maxRows?: number | undefined;
  /** Reads a workbook (e.g. in a worker); on the main thread when left out. */
  readonly readWorkbook?: WorkbookReader | undefined;
  readonly messages: MatrixImportMessages;
}

/** Where a read stands. */
export type ImportPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly stage: ImportStage }
  | { readonly phase: 'failed'; readonly failure: ImportFailure }
  | { readonly phase: 'ready'; readonly read: Extract<ImportRead, { ok: true }> };

type Ready = Extract<ImportRead, { ok: true }>;

/**
 * The state of an import dialog: the read (staged, abortable), the layout the user is
 * correcting, the live preview of the matrix it makes, and the actions that change it — each
 * announced with what the result now holds. `<MatrixImport>` is built only from this.
 *
 * @example
 * const state = useMatrixImport({ open, source: file, fileName: file.name, current, messages });
 * if (state.preview?.ok) onImport(state.preview.changes);
 */
export function useMatrixImport(options: UseMatrixImportOptions) {
  const { open, source, fileName, current = EMPTY_MATRIX, importOptions, messages } = options;
  const [status, setStatus] = useState<ImportPhase>({ phase: 'idle' });
  const [sheet, setSheet] = useState<string | undefined>();
  const [layout, setLayout] = useState<MatrixLayout | undefined>();
  const [variant, setVariant] = useState<RoleVariant | undefined>();
  const [sides, setSides] = useState<Readonly<Record<string, PartySide>>>({});
  const { announcement, announce } = useAnnouncer();

  // A new source starts over on its first sheet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the source is the trigger.
  useEffect(() => setSheet(undefined), [source]);

  const { maxBytes, maxRows, readWorkbook } = options;
  useEffect(() => {
    if (!open || source === null || source === undefined) {
      setStatus({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    setStatus({ phase: 'reading', stage: 'bytes' });
    void readImport(source, fileName, {
      maxBytes,
      maxRows,
      sheet,
      readWorkbook,
      signal: controller.signal,
      onStage: (stage) => !controller.signal.aborted && setStatus({ phase: 'reading', stage }),
    }).then((read) => {
      if (!read || controller.signal.aborted) return;
      if (!read.ok) {
        setStatus({ phase: 'failed', failure: read.failure });
        announce(messages.failed(fileName));
        return;
      }
      setLayout(read.detection.layout);
      setVariant(undefined);
      setSides({});
      setStatus({ phase: 'ready', read });
    });
    return () => controller.abort();
  }, [open, source, fileName, sheet, maxBytes, maxRows, readWorkbook, announce, messages]);

  const ready: Ready | undefined = status.phase === 'ready' ? status.read : undefined;
  // The menus answer at once; the preview (a read of every row) follows when React has time.
  const shownLayout = useDeferredValue(layout);
  const preview: ImportPreview | undefined = useMemo(() => {
    if (!ready || !shownLayout) return undefined;
    const given = { ...importOptions, ...(variant ? { variant } : {}) };
    const withSides = { ...given, sides: { ...importOptions?.sides, ...sides } };
    return previewImport(ready.table, shownLayout, current, withSides, ready.warnings);
  }, [ready, shownLayout, current, importOptions, variant, sides]);

  // Announce once the preview shows the change, so the counts are the new ones.
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    const what = pending.current;
    if (what === undefined || !preview || shownLayout !== layout) return;
    pending.current = undefined;
    if (preview.ok)
      announce(
        messages.layoutChanged(
          what,
          preview.matrix.rows.length,
          preview.matrix.parties.length,
          preview.warnings.length,
        ),
      );
    else announce(`${what} ${messages.notImportable}`);
  }, [preview, shownLayout, layout, announce, messages]);

  const letters = useMemo(
    () => (ready ? letterColumns(ready.detection) : new Map<number, readonly RoleLetter[]>()),
    [ready],
  );
  const change = useCallback((next: MatrixLayout, what: string) => {
    pending.current = what;
    setLayout(next);
  }, []);

  const setColumn = (column: number, choice: ColumnChoice) => {
    if (!layout) return;
    const header = layout.columns.find((c) => c.column === column)?.header ?? '';
    const what = messages.columnChanged(columnName(column), header, messages.roles[choice]);
    change(withColumnChoice(layout, column, choice, letters), what);
  };
  const setHeaderRow = (row: number) => {
    if (!layout || !ready || !Number.isInteger(row) || row < 1) return;
    if (row > ready.table.rows.length) return;
    change(withHeaderRow(ready.table, layout, row), messages.headerRowChanged(row));
  };
  const chooseAlternative = (index: number) => {
    const option =
      ready?.detection.alternatives[index] ?? (index === -1 ? ready?.detection : undefined);
    if (!option) return;
    change(
      option.layout,
      messages.alternativeChosen(messages.orientations[option.layout.orientation]),
    );
  };
  const setLetter = (letter: string, to: readonly RoleLetter[]) => {
    if (layout) change(withLetterMapping(layout, letter, to), messages.lettersChanged);
  };
  const chooseVariant = (next: RoleVariant) => {
    pending.current = messages.lettersChanged;
    setVariant(next);
  };
  const setPartySide = (name: string, side: PartySide) => {
    pending.current = messages.sideChanged(name, messages.sides[side]);
    setSides((before) => ({ ...before, [name]: side }));
  };
  const chooseSheet = (name: string) => {
    setSheet(name);
    announce(messages.sheetChosen(name));
  };

  return {
    status,
    layout,
    /** True while the preview still shows the layout before the last change. */
    stale: shownLayout !== layout,
    preview,
    variant,
    sheet,
    announcement,
    announce,
    letterColumns: letters,
    setColumn,
    setHeaderRow,
    chooseAlternative,
    setLetter,
    chooseVariant,
    setPartySide,
    chooseSheet,
  };
}

/** What {@link useMatrixImport} returns. */
export type MatrixImportState = ReturnType<typeof useMatrixImport>;
