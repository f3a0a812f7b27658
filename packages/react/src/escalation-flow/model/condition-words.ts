import type { StepHold, StepRotation, TransitionCondition } from '@tandem/core/escalation';
import { englishDuration } from './trigger-words';

// English words for the conditions of transitions and the hold, acknowledgement and rotation of
// steps: the defaults behind the flow's messages. `name` turns party and calendar ids into names.

/**
 * A transition's condition: `outside Contoso IT's hours`, `on a UK holiday`, `P1 or P2`.
 *
 * @example
 * englishCondition({ kind: 'hours', open: false, partyId: 'it' }, () => 'Contoso IT'); // "outside Contoso IT's hours"
 */
export function englishCondition(
  condition: TransitionCondition,
  name: (id: string) => string,
): string {
  if (condition.kind === 'priority') return condition.priorities.join(' or ') || '(no priority)';
  const { partyId, calendarId } = condition;
  if (condition.kind === 'hours') {
    const whose = calendarId
      ? `${name(calendarId)} hours`
      : partyId
        ? `${name(partyId)}'s hours`
        : "the holder's hours";
    return `${condition.open ? 'in' : 'outside'} ${whose}`;
  }
  const who = calendarId ?? partyId;
  const holiday = who ? `a ${name(who)} holiday` : "a holiday of the holder's";
  return `${condition.holiday ? 'on' : 'not on'} ${holiday}`;
}

/**
 * A step's hold: `waits for working hours`, or whose with a calendar.
 *
 * @example
 * englishHold({ until: 'open', calendarId: 'uk' }, () => 'UK office'); // 'waits for UK office working hours'
 */
export function englishHold(hold: StepHold, name: (id: string) => string): string {
  return hold.calendarId
    ? `waits for ${name(hold.calendarId)} working hours`
    : "waits for its targets' working hours";
}

/**
 * How a parallel step is acknowledged: by every target, or by the first.
 *
 * @example
 * englishAck('all'); // 'every target must acknowledge'
 */
export function englishAck(ack: 'first' | 'all'): string {
  return ack === 'all' ? 'every target must acknowledge' : 'first acknowledgement stops it';
}

/**
 * When a round robin passes the turn on: `rotates after 3 notifications`, `rotates every 1 h`.
 *
 * @example
 * englishRotation({ notifications: 2 }); // 'rotates after 2 notifications'
 */
export function englishRotation(rotation: StepRotation): string {
  if ('minutes' in rotation) return `rotates every ${englishDuration(rotation.minutes, false)}`;
  const n = rotation.notifications;
  return n === 1 ? 'rotates after each notification' : `rotates after ${n} notifications`;
}
