import type { TransitionCondition, Trigger } from '@tandem/core/escalation';

/**
 * The strings of the step dialog (name, targets, ways on); part of `EscalationFlowMessages`.
 *
 * @example
 * const de: Partial<StepDialogMessages> = { save: 'Speichern', cancel: 'Abbrechen' };
 */
export interface StepDialogMessages {
  title: (step: string) => string;
  description: string;
  name: string;
  action: string;
  mode: string;
  modes: Readonly<Record<'all' | 'round-robin', string>>;
  terminal: string;
  start: string;
  targets: string;
  party: string;
  tierField: string;
  anyTier: string;
  addTarget: string;
  removeTarget: (party: string) => string;
  waysOn: string;
  to: string;
  triggerKind: string;
  triggerKinds: Readonly<Record<Trigger['kind'], string>>;
  minutes: string;
  calendar: string;
  wallClock: string;
  holderCalendar: string;
  slaTarget: string;
  slaTargets: Readonly<Record<'response' | 'resolution', string>>;
  percent: string;
  repeatField: string;
  addWayOn: string;
  removeWayOn: (to: string) => string;
  /** The step's hold: a checkbox, and whose hours it waits for. */
  hold: string;
  holdCalendar: string;
  targetsCalendars: string;
  ack: string;
  acks: Readonly<Record<'first' | 'all', string>>;
  rotation: string;
  rotations: Readonly<Record<'none' | 'notifications' | 'minutes', string>>;
  rotationCount: string;
  /** A way on's conditions: kind, state, whose calendar, priorities. */
  conditions: string;
  conditionKind: string;
  conditionKinds: Readonly<Record<TransitionCondition['kind'], string>>;
  /** The yes/no choice of an hours (`in`/`outside`) or holiday (`on`/`not on`) condition. */
  conditionStates: Readonly<Record<'hours' | 'holiday', Readonly<Record<'yes' | 'no', string>>>>;
  conditionState: string;
  whose: string;
  holder: string;
  priorities: string;
  addCondition: string;
  removeCondition: (condition: string) => string;
  save: string;
  cancel: string;
  deleteStep: string;
}

/**
 * The English defaults of {@link StepDialogMessages}.
 *
 * @example
 * englishStepDialogMessages.title('Tier 1'); // 'Edit Tier 1'
 */
export const englishStepDialogMessages: StepDialogMessages = {
  title: (step) => `Edit ${step}`,
  description: 'Who this step reaches, and what moves the ticket on from here.',
  name: 'Name',
  action: 'Action',
  mode: 'Reach targets',
  modes: { all: 'All at once', 'round-robin': 'One at a time, in turn' },
  terminal: 'The policy ends here',
  start: 'Tickets start here',
  targets: 'Targets',
  party: 'Party',
  tierField: 'Tier',
  anyTier: 'Any',
  addTarget: 'Add target',
  removeTarget: (party) => `Remove ${party}`,
  waysOn: 'Ways on',
  to: 'On to',
  triggerKind: 'When',
  triggerKinds: {
    after: 'After a delay',
    'not-acknowledged': 'Not acknowledged within',
    'not-resolved': 'Not resolved within',
    sla: 'At a share of an SLA target',
    manual: 'By hand',
  },
  minutes: 'Minutes',
  calendar: 'Counted in',
  wallClock: 'Wall-clock minutes',
  holderCalendar: "The holder's business hours",
  slaTarget: 'SLA target',
  slaTargets: { response: 'Response', resolution: 'Resolution' },
  percent: 'Percent',
  repeatField: 'Most times taken',
  addWayOn: 'Add a way on',
  removeWayOn: (to) => `Remove the way on to ${to}`,
  hold: 'Wait for working hours',
  holdCalendar: 'Whose hours',
  targetsCalendars: "The targets' calendars",
  ack: 'Acknowledged by',
  acks: { first: 'The first target', all: 'Every target' },
  rotation: 'Turn passes on',
  rotations: { none: 'Each visit', notifications: 'After notifications', minutes: 'Every minutes' },
  rotationCount: 'How many',
  conditions: 'Only if',
  conditionKind: 'Condition',
  conditionKinds: { hours: 'Working hours', holiday: 'Holiday', priority: 'Priority' },
  conditionStates: {
    hours: { yes: 'Open', no: 'Closed' },
    holiday: { yes: 'A holiday', no: 'Not a holiday' },
  },
  conditionState: 'Is',
  whose: 'Whose',
  holder: "The holder's",
  priorities: 'Priorities, comma-separated',
  addCondition: 'Add a condition',
  removeCondition: (condition) => `Remove the condition ${condition}`,
  save: 'Save',
  cancel: 'Cancel',
  deleteStep: 'Delete step',
};
