'use client';

// One install for hosts: the whole core comes through the React package.
export * from '@tandem/core';
export * from '@tandem/core/validate';
export {
  type Updater,
  type UseControllableStateOptions,
  useControllableState,
} from './hooks/use-controllable-state';
export {
  englishMatrixEditorMessages,
  type MatrixEditorMessageOverrides,
  type MatrixEditorMessages,
  resolveMatrixEditorMessages,
} from './matrix-editor/announcements';
export {
  ResponsibilityMatrix,
  type ResponsibilityMatrixProps,
} from './matrix-editor/responsibility-matrix';
export {
  type ActiveCell,
  type MatrixEditor,
  type UseMatrixEditorOptions,
  useMatrixEditor,
} from './matrix-editor/use-matrix-editor';
export { RoleChip, type RoleChipProps } from './role-chip/role-chip';
export { VisuallyHidden } from './visually-hidden/visually-hidden';
