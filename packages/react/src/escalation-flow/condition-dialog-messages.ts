import type { TransitionCondition } from '@tandem/core/escalation';

// The strings of the step dialog's condition fields. Their English defaults live here, loaded
// with the dialog rather than at first paint; hosts override them through `messages.dialog`.

/**
 * The condition fields' strings: a step's hold, acknowledgement and rotation, a way on's
 * conditions.
 *
 * @example
 * const de: Partial<ConditionDialogMessages> = { hold: 'Auf Arbeitszeit warten' };
 */
export interface ConditionDialogMessages {
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
}

/**
 * The English defaults of {@link ConditionDialogMessages}.
 *
 * @example
 * englishConditionDialogMessages.removeCondition('P1 or P2'); // 'Remove the condition P1 or P2'
 */
export const englishConditionDialogMessages: ConditionDialogMessages = {
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
};
