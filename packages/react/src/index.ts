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
  accepts,
  matrixCollisionDetection,
  matrixKeyboardCoordinates,
} from './matrix-editor/hooks/drag-targets';
export { useMatrixDnd } from './matrix-editor/hooks/use-matrix-dnd';
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
} from './matrix-editor/hooks/use-matrix-editor';
export {
  type DropNames,
  englishMatrixEditorMessages,
  type MatrixEditorMessageOverrides,
  type MatrixEditorMessages,
  resolveMatrixEditorMessages,
} from './matrix-editor/messages';
export {
  type CategoryItem,
  type DisplayItem,
  type MatrixDisplay,
  type MatrixFilter,
  matrixDisplay,
  type RowItem,
} from './matrix-editor/model/display-items';
export {
  type DragSubject,
  type DropPlan,
  type DropRefusal,
  type DropResult,
  type DropTarget,
  dropPlan,
} from './matrix-editor/model/drop-changes';
export {
  type MatrixCellAttributes,
  type MatrixHeaderAttributes,
  type MatrixRowAttributes,
  perspectiveOf,
} from './matrix-editor/model/grid-props';
export { changesToReplace, changesToStartFrom } from './matrix-editor/model/template-changes';
export {
  ResponsibilityMatrix,
  type ResponsibilityMatrixProps,
} from './matrix-editor/views/responsibility-matrix';
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
