// The generic change history: undo, redo and the audit trail of any document.
export {
  type ChangeAuditEntry,
  type ChangeHistory,
  type ChangeModel,
  type ChangeStep,
  type CommitResult,
  defineHistory,
  type EditMeta,
  type HistoryOps,
  type StepResult,
} from './change-history';
