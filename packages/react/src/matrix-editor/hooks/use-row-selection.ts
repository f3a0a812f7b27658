import type { Row } from '@tandem/core';
import { useCallback, useMemo, useRef } from 'react';
import { useControllableState } from '../../hooks/use-controllable-state';

const NONE: readonly string[] = [];

/** Options of {@link useRowSelection}. */
export interface UseRowSelectionOptions {
  selection?: readonly string[] | undefined;
  defaultSelection?: readonly string[] | undefined;
  onSelectionChange?: ((rowIds: readonly string[]) => void) | undefined;
  /** The rows shown, in order: a range selection spans these. */
  shown: readonly Row[];
  /** Every row id that exists, so ids of deleted rows drop out of the selection. */
  exists: (rowId: string) => boolean;
}

/**
 * Which rows are selected, for moving or deleting several at once. Controlled or not; a
 * range (Shift+click, Shift+Space) runs from the last row toggled over the rows shown.
 *
 * @example
 * const selection = useRowSelection({ shown: display.rows, exists: (id) => ids.has(id) });
 * selection.toggle('backup', false);
 */
export function useRowSelection(options: UseRowSelectionOptions) {
  const { shown, exists } = options;
  const [stored, setStored] = useControllableState<readonly string[]>({
    value: options.selection,
    defaultValue: options.defaultSelection ?? NONE,
    onChange: options.onSelectionChange,
    name: 'ResponsibilityMatrix selection',
  });
  const selected = useMemo(() => new Set(stored.filter(exists)), [stored, exists]);
  const anchor = useRef<string | null>(null);

  const toggle = useCallback(
    (rowId: string, range: boolean) => {
      const from = anchor.current === null ? -1 : shown.findIndex((r) => r.id === anchor.current);
      const to = shown.findIndex((row) => row.id === rowId);
      setStored((previous) => {
        const next = new Set(previous);
        if (range && from >= 0 && to >= 0) {
          const [start, end] = from < to ? [from, to] : [to, from];
          for (const row of shown.slice(start, end + 1)) next.add(row.id);
        } else if (next.has(rowId)) next.delete(rowId);
        else next.add(rowId);
        return [...next];
      });
      anchor.current = rowId;
    },
    [shown, setStored],
  );
  const clear = useCallback(() => setStored(NONE), [setStored]);
  const set = useCallback((rowIds: readonly string[]) => setStored(rowIds), [setStored]);

  return { selected, toggle, clear, set };
}
