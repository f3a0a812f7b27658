import { useCallback, useState } from 'react';
import { useControllableState } from '../../hooks/use-controllable-state';
import type { MatrixFilter } from '../model/display-items';
import type { MatrixView, UseMatrixEditorOptions } from './use-matrix-editor.types';

const NO_FILTER: MatrixFilter = {};

/**
 * How the matrix is looked at, apart from the matrix itself: the view, the perspective and the
 * filter (each controlled or not) and the collapsed categories.
 *
 * @example
 * const look = useMatrixViewState(options);
 * look.setView('lanes');
 */
export function useMatrixViewState(options: UseMatrixEditorOptions) {
  const [view, setView] = useControllableState<MatrixView>({
    value: options.view,
    defaultValue: options.defaultView ?? 'grid',
    onChange: options.onViewChange,
    name: 'ResponsibilityMatrix view',
  });
  const [perspective, setPerspective] = useControllableState<string | null>({
    value: options.perspective,
    defaultValue: options.defaultPerspective ?? null,
    onChange: options.onPerspectiveChange,
    name: 'ResponsibilityMatrix perspective',
  });
  const [filter, setFilter] = useControllableState<MatrixFilter>({
    value: options.filter,
    defaultValue: options.defaultFilter ?? NO_FILTER,
    onChange: options.onFilterChange,
    name: 'ResponsibilityMatrix filter',
  });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggleCategory = useCallback(
    (categoryId: string) =>
      setCollapsed((previous) => {
        const next = new Set(previous);
        if (!next.delete(categoryId)) next.add(categoryId);
        return next;
      }),
    [],
  );
  return {
    view,
    setView,
    perspective,
    setPerspective,
    filter,
    setFilter,
    collapsed,
    toggleCategory,
  };
}
