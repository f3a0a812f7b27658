import type { Party, Row } from '@tandem/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import { focusTarget } from './focus-target';
import type { ActiveCell } from './use-matrix-editor.types';

/**
 * The grid's roving tab stop: which cell is active, moving focus to a cell after the render
 * that shows it, and asking a virtualised grid to render a row before focusing it. The tab stop
 * falls back to the first shown row's first cell when the active one is gone or filtered out.
 *
 * @example
 * const focus = useRovingFocus(display.rows, matrix.parties);
 * focus.focusCell({ rowId: 'backup', partyId: 'msp' });
 */
export function useRovingFocus(rows: readonly Row[], parties: readonly Party[]) {
  const [activeCell, setActiveCell] = useState<ActiveCell | null>(null);
  const active = useMemo<ActiveCell | null>(() => {
    const shown = activeCell && rows.some((row) => row.id === activeCell.rowId);
    const partyOk =
      activeCell?.partyId === null || parties.some((party) => party.id === activeCell?.partyId);
    if (activeCell && shown && partyOk) return activeCell;
    const [row] = rows;
    return row ? { rowId: row.id, partyId: parties[0]?.id ?? null } : null;
  }, [activeCell, rows, parties]);

  const gridRef = useRef<HTMLElement | null>(null);
  const pendingFocus = useRef<ActiveCell | null>(null);
  const revealRow = useRef<((rowId: string) => void) | null>(null);
  const setGridNode = useCallback((node: HTMLElement | null) => {
    gridRef.current = node;
  }, []);
  const focusCell = useCallback((cell: ActiveCell) => {
    setActiveCell(cell);
    pendingFocus.current = cell;
  }, []);
  // After each render: focus the cell asked for, or ask a virtualised grid to render its row.
  useIsomorphicLayoutEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted || !gridRef.current) return;
    const index = parties.findIndex((party) => party.id === wanted.partyId);
    const element = focusTarget(gridRef.current, wanted.rowId, wanted.partyId, index);
    if (element) {
      pendingFocus.current = null;
      element.focus();
      // focus() leaves a cell half in view; wholly in view, and beside a sticky first column
      // (the narrow layout's scroll-padding), the cell reached is always readable.
      element.scrollIntoView?.({ block: 'nearest' }); // inline: 'nearest' is the default
    } else revealRow.current?.(wanted.rowId);
  });

  return { active, setActiveCell, focusCell, setGridNode, revealRow };
}
