import type {
  EscalationFix,
  EscalationIssue,
  EscalationMessages,
  EscalationStep,
  RouteMatch,
  StepHold,
  StepRotation,
  TraceEntry,
  TransitionCondition,
  Trigger,
} from '@tandem/core/escalation';
import type { Severity } from '@tandem/core/validate';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';
import { englishPresenceMessages, type PresenceMessages } from '../presence/presence-messages';
import {
  englishAck,
  englishCondition,
  englishHold,
  englishRotation,
} from './model/condition-words';
import { englishDuration, englishMatch, englishReach, englishTrigger } from './model/trigger-words';
import { englishStepDialogMessages, type StepDialogMessages } from './step-dialog-messages';

/**
 * Names a drag is announced with: what the user sees, never ids.
 *
 * @example
 * const names: StepDragNames = { step: 'MSP engineering', lane: 'Northwind MSP', position: 2, count: 3 };
 */
export interface StepDragNames {
  readonly step: string;
  readonly lane: string;
  /** 1-based place along the flow, out of `count`. */
  readonly position: number;
  readonly count: number;
}

/**
 * Names a trace line is told with.
 *
 * @example
 * const names: TraceNames = { step: 'Tier 1', parties: 'Internal IT', trigger: 'after 30 min', time: 'Mon 10:00' };
 */
export interface TraceNames {
  readonly step: string;
  readonly parties: string;
  /** The label of the transition taken, for `escalated` lines. */
  readonly trigger: string;
  readonly time: string;
}

/**
 * Every string `<EscalationFlow>` shows or announces. Override any subset through `messages`;
 * functions receive names, never ids, so translations can reorder words.
 *
 * @example
 * const fr: EscalationFlowMessageOverrides = { undo: 'Annuler', trigger: (t) => describeInFrench(t) };
 */
export interface EscalationFlowMessages extends PresenceMessages {
  rootLabel: (policyName: string) => string;
  toolbarLabel: string;
  /** The scrolling diagram's accessible name. */
  diagramLabel: (policyName: string) => string;
  /** The zoom controls: the group's name, its buttons, the level shown and what is announced. */
  zoom: {
    label: string;
    zoomIn: string;
    zoomOut: string;
    /** Fits the diagram to the viewport's width (and keeps fitting as it resizes). */
    fit: string;
    /** Back to 100 %: its text should be the level it goes to. */
    reset: string;
    level: (percent: number) => string;
    zoomed: (percent: number) => string;
  };
  undo: string;
  redo: string;
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  readOnly: string;
  refused: (reason: string) => string;
  /** A lane whose party the host did not list. */
  unknownLane: (partyId: string) => string;
  /** The lane of steps with no target. */
  noTargetLane: string;
  tier: (tier: number | undefined) => string;
  action: Readonly<Record<EscalationStep['action'], string>>;
  start: string;
  terminal: string;
  /** Text for one way on from a step, read after its card. */
  wayOn: (trigger: string, to: string) => string;
  trigger: (trigger: Trigger) => string;
  /** Words on the link between a step and its other targets; empty for one target. */
  reach: (step: Pick<EscalationStep, 'targets' | 'mode'>) => string;
  repeat: (times: number) => string;
  duration: (minutes: number, business: boolean) => string;
  /** A rule's conditions; `name` turns ids into names. */
  match: (when: RouteMatch, name: (value: string) => string) => string;
  /** A transition's condition, after its trigger on the arrow; `name` turns ids into names. */
  condition: (condition: TransitionCondition, name: (id: string) => string) => string;
  /** A step that waits for working hours before it reaches its targets. */
  hold: (hold: StepHold, name: (id: string) => string) => string;
  /** Whether the first or every target of a parallel step must acknowledge. */
  ack: (ack: 'first' | 'all') => string;
  /** When a round-robin step passes the turn on. */
  rotation: (rotation: StepRotation) => string;

  dragRoleDescription: string;
  ruleRoleDescription: string;
  moveStep: (step: string) => string;
  connectStep: (step: string) => string;
  editStep: (step: string) => string;
  disconnect: (from: string, to: string) => string;
  dragInstructions: string;
  pickedUpStep: (names: StepDragNames) => string;
  stepOver: (names: StepDragNames) => string;
  droppedStep: (names: StepDragNames) => string;
  cancelledStep: (step: string) => string;
  pickedUpNew: (action: string) => string;
  newOver: (action: string, lane: string, position: number) => string;
  addedStep: (step: string, lane: string) => string;
  cancelledNew: string;
  pickedUpConnect: (from: string) => string;
  connectOver: (from: string, to: string) => string;
  connected: (from: string, to: string) => string;
  cancelledConnect: string;
  disconnected: (from: string, to: string) => string;
  nothingHere: string;

  paletteLabel: string;
  newStep: (action: string) => string;
  newStepName: (action: string) => string;

  dialog: StepDialogMessages;
  saved: (step: string) => string;
  deleted: (step: string) => string;

  routingLabel: string;
  moveRule: (rule: string) => string;
  queue: (party: string, tier: number) => string;
  defaultQueue: string;
  noDefault: string;
  ruleState: Readonly<Record<'shadowed' | 'overlapping' | 'other-policy', string>>;
  pickedUpRule: (rule: string, position: number, count: number) => string;
  ruleOver: (rule: string, position: number, count: number) => string;
  droppedRule: (rule: string, position: number, count: number) => string;
  cancelledRule: (rule: string) => string;
  gap: string;

  issuesLabel: string;
  severity: Readonly<Record<Severity, { one: string; other: string }>>;
  summary: (counts: Readonly<Record<Severity, number>>) => string;
  /** The summary while the checks have not run yet (right after first paint). */
  checking: string;
  stepIssues: (count: number) => string;
  /** A fix's button; defaults to the core's label. */
  fixLabel: (fix: EscalationFix, issue: EscalationIssue) => string;
  fixApplied: (label: string) => string;
  /** Messages of the core's checks, passed through to them. */
  checks: Partial<EscalationMessages>;

  simulationLabel: string;
  simulationMode: string;
  sample: string;
  category: string;
  priority: string;
  anyValue: string;
  vip: string;
  /** The sample's opening time field, in `timeZone` (the SLA policy's calendar's, else UTC). */
  openedAt: (timeZone: string) => string;
  play: string;
  pause: string;
  restart: string;
  scrubber: string;
  traceLabel: string;
  /** A trace line's time, in `timeZone` (the SLA policy's calendar's, else UTC). */
  formatTime: (at: number, timeZone: string) => string;
  /** The short time a card shows when its step fired, in `timeZone`. */
  formatShortTime: (at: number, timeZone: string) => string;
  traceEntry: (kind: TraceEntry['kind'], names: TraceNames) => string;
  firedAt: (time: string) => string;
  /** Added to a trace line of a step that waited for working hours from `since`. */
  held: (since: string, until: string) => string;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const severityWords: EscalationFlowMessages['severity'] = {
  error: { one: 'error', other: 'errors' },
  warning: { one: 'warning', other: 'warnings' },
  info: { one: 'note', other: 'notes' },
};
// One formatter per zone and length, made when first asked for: building them is the slow part.
const formats = new Map<string, Intl.DateTimeFormat>();
const timeFormat = (timeZone: string, long?: boolean) => {
  const key = `${long}${timeZone}`;
  const format =
    formats.get(key) ??
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      ...(long && { day: 'numeric', month: 'short', timeZoneName: 'short' }),
    });
  formats.set(key, format);
  return format;
};

const TRACE_WORDS: Record<TraceEntry['kind'], (n: TraceNames) => string> = {
  routed: (n) => `Routed to ${n.parties}`,
  assigned: (n) => `${n.step}: assigned to ${n.parties}`,
  notified: (n) => `${n.step}: notified ${n.parties}`,
  escalated: (n) => `Escalated from ${n.step}, ${n.trigger}`,
  acknowledged: (n) => `Acknowledged by ${n.parties}`,
  resolved: (n) => `Resolved by ${n.parties}`,
  paused: () => 'SLA clocks paused',
  resumed: () => 'SLA clocks resumed',
  ended: () => 'Simulation ends',
};

/**
 * The English defaults of {@link EscalationFlowMessages}.
 *
 * @example
 * englishEscalationFlowMessages.trigger({ kind: 'after', minutes: 30, calendarId: 'office' }); // 'after 30 business min'
 */
export const englishEscalationFlowMessages: EscalationFlowMessages = {
  ...englishPresenceMessages,
  rootLabel: (name) => `Escalation flow: ${name}`,
  toolbarLabel: 'Flow editing',
  diagramLabel: (name) => `Diagram of ${name}`,
  zoom: {
    label: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to width',
    reset: '100 %',
    level: (percent) => `${percent} %`,
    zoomed: (percent) => `Zoom ${percent} %.`,
  },
  undo: 'Undo',
  redo: 'Redo',
  undone: 'Undone.',
  redone: 'Redone.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  readOnly: 'This flow is read-only.',
  refused: (reason) => `Not changed: ${reason}`,
  unknownLane: (id) => `${id} (not a party)`,
  noTargetLane: 'No target',
  tier: (tier) => (tier === undefined ? 'Any tier' : `Tier ${tier}`),
  action: { assign: 'Assign', notify: 'Notify' },
  start: 'Start',
  terminal: 'Ends here',
  wayOn: (trigger, to) => `${trigger}, on to ${to}`,
  trigger: englishTrigger,
  reach: englishReach,
  repeat: (times) => `up to ${times}×`,
  duration: englishDuration,
  match: englishMatch,
  condition: englishCondition,
  hold: englishHold,
  ack: englishAck,
  rotation: englishRotation,

  dragRoleDescription: 'movable step',
  ruleRoleDescription: 'movable rule',
  moveStep: (step) => `Move ${step}`,
  connectStep: (step) => `Connect ${step} to another step`,
  editStep: (step) => `Edit ${step}`,
  disconnect: (from, to) => `Disconnect ${from} from ${to}`,
  dragInstructions:
    'To pick up, press Space or Enter. Use the arrow keys to move along the flow or to another lane. Press Space or Enter to drop, or Escape to cancel.',
  pickedUpStep: (n) =>
    `Picked up ${n.step}. In the ${n.lane} lane, position ${n.position} of ${n.count}.`,
  stepOver: (n) => `${n.step} is over the ${n.lane} lane, position ${n.position} of ${n.count}.`,
  droppedStep: (n) =>
    `Dropped ${n.step} in the ${n.lane} lane, position ${n.position} of ${n.count}.`,
  cancelledStep: (step) => `Cancelled. ${step} is back where it was.`,
  pickedUpNew: (action) => `Picked up a new ${action} step.`,
  newOver: (action, lane, position) =>
    `New ${action} step over the ${lane} lane, position ${position}.`,
  addedStep: (step, lane) => `Added ${step} to the ${lane} lane.`,
  cancelledNew: 'Cancelled. No step was added.',
  pickedUpConnect: (from) => `Connecting from ${from}. Move to the step it should lead to.`,
  connectOver: (from, to) => `${from} would lead to ${to}.`,
  connected: (from, to) => `${from} now leads to ${to}.`,
  cancelledConnect: 'Cancelled. Nothing was connected.',
  disconnected: (from, to) => `${from} no longer leads to ${to}.`,
  nothingHere: 'Not over a place to drop.',

  paletteLabel: 'Add a step',
  newStep: (action) => `${action} step`,
  newStepName: (action) => `New ${action.toLowerCase()} step`,

  dialog: englishStepDialogMessages,
  saved: (step) => `Saved ${step}.`,
  deleted: (step) => `Deleted ${step}.`,

  routingLabel: 'Routing rules',
  moveRule: (rule) => `Move rule ${rule}`,
  queue: (party, tier) => `${party}, tier ${tier}`,
  defaultQueue: 'Everything else',
  noDefault: 'No default queue: unmatched tickets go nowhere',
  ruleState: {
    shadowed: 'never matches',
    overlapping: 'overlaps an earlier rule',
    'other-policy': 'another policy',
  },
  pickedUpRule: (rule, p, n) => `Picked up rule ${rule}, position ${p} of ${n}.`,
  ruleOver: (rule, p, n) => `Rule ${rule} moved to position ${p} of ${n}.`,
  droppedRule: (rule, p, n) => `Dropped rule ${rule} at position ${p} of ${n}.`,
  cancelledRule: (rule) => `Cancelled. Rule ${rule} is back where it was.`,
  gap: 'Gap',

  issuesLabel: 'Checks',
  severity: severityWords,
  summary: (c) =>
    c.error + c.warning + c.info === 0
      ? 'No problems found.'
      : `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${plural(c.info, 'note', 'notes')}.`,
  checking: 'Checking…',
  stepIssues: (n) => plural(n, 'problem', 'problems'),
  fixLabel: (fix) => fix.label,
  fixApplied: (label) => `Applied: ${label}.`,
  checks: {},

  simulationLabel: 'Simulate a ticket',
  simulationMode: 'Simulation',
  sample: 'Sample ticket',
  category: 'Category',
  priority: 'Priority',
  anyValue: '(none)',
  vip: 'VIP requester',
  openedAt: (zone) => `Opened (${zone})`,
  play: 'Play',
  pause: 'Pause',
  restart: 'Restart',
  scrubber: 'Point in the trace',
  traceLabel: 'What happens',
  formatTime: (at, timeZone) => timeFormat(timeZone, true).format(at),
  formatShortTime: (at, timeZone) => timeFormat(timeZone).format(at),
  traceEntry: (kind, names) => TRACE_WORDS[kind](names),
  firedAt: (time) => `fires ${time}`,
  held: (since, until) => `held from ${since} until ${until} (outside hours)`,
};

/**
 * What a host may pass as `messages`: any subset, nested records merged key by key.
 *
 * @example
 * const overrides: EscalationFlowMessageOverrides = { action: { notify: 'Inform' }, dialog: { save: 'Apply' } };
 */
export type EscalationFlowMessageOverrides = MessageOverrides<EscalationFlowMessages>;

/**
 * Merges a host's overrides over the English defaults.
 *
 * @example
 * resolveEscalationFlowMessages({ action: { notify: 'Inform' } }).action.assign; // 'Assign'
 */
export function resolveEscalationFlowMessages(
  overrides: EscalationFlowMessageOverrides | undefined,
): EscalationFlowMessages {
  return mergeMessages(englishEscalationFlowMessages, overrides);
}
