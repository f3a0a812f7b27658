'use client';

// The escalation flow editor's public API: the component, its hooks and the pure helpers they
// are made of. Styles: the package's styles.css.

// One install for hosts: the part of the core this component works on comes with it.
export * from '@tandem/core/escalation';

export {
  connectChanges,
  moveStepChanges,
  newStepChanges,
  removeStepChanges,
  uniqueId,
} from './drop-changes';
export { type FlowEdge, flowEdges } from './edge-paths';
export { EscalationFlow, type EscalationFlowProps } from './escalation-flow';
export {
  commitFlowChanges,
  createFlowHistory,
  type FlowHistory,
  type FlowHistoryStep,
  redoFlow,
  undoFlow,
} from './flow-history';
export {
  applyFlowChanges,
  type EscalationFlowValue,
  invertFlowChange,
  isRoutingChange,
} from './flow-value';
export { neighbourSlot } from './keyboard-slots';
export {
  computeFlowLayout,
  DEFAULT_FLOW_SIZES,
  type FlowCard,
  type FlowEcho,
  type FlowLane,
  type FlowLaneInput,
  type FlowLayout,
  type FlowOrientation,
  type FlowRect,
  type FlowSizes,
  type FlowSlot,
  NO_TARGET_LANE,
  slotId,
} from './layout';
export {
  type EscalationFlowMessageOverrides,
  type EscalationFlowMessages,
  englishEscalationFlowMessages,
  resolveEscalationFlowMessages,
  type StepDragNames,
  type TraceNames,
} from './messages';
export { ruleState } from './routing-table';
export { englishStepDialogMessages, type StepDialogMessages } from './step-dialog-messages';
export { draftChanges, draftOf, retrigger, type StepDraft, type WayOnDraft } from './step-draft';
export { englishDuration, englishMatch, englishReach, englishTrigger } from './trigger-words';
export {
  type EscalationFlowState,
  type UseEscalationFlowOptions,
  useEscalationFlow,
} from './use-escalation-flow';
export {
  type FlowCheckContext,
  type FlowChecks,
  useFlowChecks,
  worstIssueSeverity,
} from './use-flow-checks';
export { dragId, type FlowDnd, type FlowDragItem, useFlowDnd } from './use-flow-dnd';
export {
  describeEntry,
  type FlowSimulation,
  pathAt,
  type SimulationPath,
  type SimulationSample,
  useFlowSimulation,
} from './use-flow-simulation';
export { type FlowZoom, useFlowZoom } from './use-flow-zoom';
