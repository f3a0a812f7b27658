'use client';

// The escalation flow editor's public API: the component, its hooks, the types they take and
// return, and the messages. The layout and the change builders the views are made of stay inside
// the package. Styles: the package's styles.css.

// One install for hosts: the part of the core this component works on comes with it.
export * from '@tandem/core/escalation';
export type { PeerPlaceNames, PresenceMessages } from '../presence/presence-messages';
export type {
  LocalPresence,
  PresenceDrag,
  PresenceFocus,
  PresenceOptions,
  PresencePeer,
} from '../presence/presence-types';
export {
  type ConditionDialogMessages,
  englishConditionDialogMessages,
} from './condition-dialog-messages';
export {
  type EscalationFlowState,
  type FlowLaneProps,
  type UseEscalationFlowOptions,
  useEscalationFlow,
} from './hooks/use-escalation-flow';
export {
  type FlowCheckContext,
  type FlowChecks,
  useFlowChecks,
  worstIssueSeverity,
} from './hooks/use-flow-checks';
export { type FlowDnd, type FlowDragItem, useFlowDnd } from './hooks/use-flow-dnd';
export {
  type FlowSimulation,
  type SimulationPath,
  type SimulationSample,
  useFlowSimulation,
} from './hooks/use-flow-simulation';
export { type FlowZoom, useFlowZoom } from './hooks/use-flow-zoom';
export {
  type EscalationFlowMessageOverrides,
  type EscalationFlowMessages,
  englishEscalationFlowMessages,
  resolveEscalationFlowMessages,
  type StepDragNames,
  type TraceNames,
} from './messages';
export {
  englishAck,
  englishCondition,
  englishHold,
  englishRotation,
} from './model/condition-words';
export type { FlowEdge } from './model/edge-paths';
export {
  commitFlowChanges,
  createFlowHistory,
  type FlowHistory,
  type FlowHistoryStep,
  redoFlow,
  undoFlow,
} from './model/flow-history';
export {
  applyFlowChanges,
  type EscalationFlowValue,
  invertFlowChange,
  isRoutingChange,
} from './model/flow-value';
export type {
  FlowCard,
  FlowEcho,
  FlowLane,
  FlowLaneInput,
  FlowLayout,
  FlowOrientation,
  FlowRect,
  FlowSizes,
  FlowSlot,
} from './model/layout';
export type { StepDraft, WayOnDraft } from './model/step-draft';
export { englishDuration, englishMatch, englishReach, englishTrigger } from './model/trigger-words';
export { englishStepDialogMessages, type StepDialogMessages } from './step-dialog-messages';
export { EscalationFlow, type EscalationFlowProps } from './views/escalation-flow';
