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
  type DropNames,
  englishMatrixEditorMessages,
  type MatrixEditorMessageOverrides,
  type MatrixEditorMessages,
  resolveMatrixEditorMessages,
} from './matrix-editor/announcements';
export {
  type CategoryItem,
  type DisplayItem,
  type MatrixDisplay,
  type MatrixFilter,
  matrixDisplay,
  type RowItem,
} from './matrix-editor/display-items';
export {
  accepts,
  matrixCollisionDetection,
  matrixKeyboardCoordinates,
} from './matrix-editor/drag-targets';
export {
  type DragSubject,
  type DropPlan,
  type DropRefusal,
  type DropResult,
  type DropTarget,
  dropPlan,
} from './matrix-editor/drop-changes';
export {
  type MatrixCellAttributes,
  type MatrixHeaderAttributes,
  type MatrixRowAttributes,
  perspectiveOf,
} from './matrix-editor/grid-props';
export {
  ResponsibilityMatrix,
  type ResponsibilityMatrixProps,
} from './matrix-editor/responsibility-matrix';
export { changesToReplace, changesToStartFrom } from './matrix-editor/template-changes';
export { useMatrixDnd } from './matrix-editor/use-matrix-dnd';
export {
  type ActiveCell,
  type MatrixCellProps,
  type MatrixDialog,
  type MatrixEditor,
  type MatrixEditorActions,
  type MatrixEditorAnnouncements,
  type MatrixEditorPropGetters,
  type MatrixEditorState,
  type MatrixGridProps,
  type MatrixView,
  type UseMatrixEditorOptions,
  useMatrixEditor,
} from './matrix-editor/use-matrix-editor';
export {
  englishPresenceMessages,
  type PeerPlaceNames,
  type PresenceMessages,
} from './presence/presence-messages';
export type {
  LocalPresence,
  PresenceDrag,
  PresenceFocus,
  PresenceOptions,
  PresencePeer,
} from './presence/presence-types';
export { RoleChip, type RoleChipProps } from './role-chip/role-chip';
export { VisuallyHidden } from './visually-hidden/visually-hidden';
