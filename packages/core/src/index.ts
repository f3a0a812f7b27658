export { isTandemError, type TandemError, tandemError } from './errors';
export {
  type ChangeAuditEntry,
  type ChangeHistory,
  type ChangeModel,
  type ChangeStep,
  type CommitResult,
  defineHistory,
  type HistoryOps,
  type StepResult,
} from './history/change-history';
export { type ApplyResult, applyMatrixChanges } from './matrix/apply';
export type { MatrixChangeError, MatrixChangeErrorCode } from './matrix/change-error';
export type * from './matrix/changes';
export { matrixChangesBetween } from './matrix/changes-between';
export { type CellView, cellOf, findCell, getCell, isEmptyCell } from './matrix/get-cell';
export {
  type AuditEntry,
  canRedo,
  canUndo,
  commitChanges,
  createHistory,
  type EditMeta,
  type HistoryResult,
  type HistoryStep,
  type MatrixHistory,
  matrixHistory,
  redo,
  undo,
} from './matrix/history';
export { idProblem } from './matrix/ids';
export { invertChange } from './matrix/invert';
export { type LaneMoveResult, laneMoveChanges, type TargetLane } from './matrix/lane-move';
export type * from './matrix/model';
export { parseMatrix } from './matrix/parse';
export {
  isRoleLetter,
  ROLE_VARIANTS,
  type RoleLetter,
  type RoleVariant,
  roleLetters,
  roleName,
  sortRoles,
} from './matrix/roles';
export { findRow } from './matrix/row-index';
export {
  categorySchema,
  cellSchema,
  MATRIX_LIMITS,
  matrixSchema,
  partySchema,
  qualifierSchema,
  roleLetterSchema,
  rowSchema,
} from './matrix/schema';
export {
  isBackupQualifier,
  isOwningCell,
  type Lane,
  laneOfRow,
  laneOfSide,
  ownershipLanes,
  type PartyLoad,
  partyLoads,
  raciSummary,
  rowLane,
} from './matrix/views';
export { fail, formatPath, type Issue, ok, type ParseResult } from './result';
export { sameJson } from './same-json';
