import type { Trigger } from '@tandem/core/escalation';
import type { ConditionDialogMessages } from './condition-dialog-messages';

/**
 * The strings of the step dialog (name, targets, ways on); part of `EscalationFlowMessages`.
 * The condition fields' strings are optional here: their defaults load with the dialog.
 *
 * @example
 * const de: Partial<StepDialogMessages> = { save: 'Speichern', cancel: 'Abbrechen' };
 */
export interface StepDialogMessages extends Partial<ConditionDialogMessages> {
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
  save: 'Save',
  cancel: 'Cancel',
  deleteStep: 'Delete step',
};
