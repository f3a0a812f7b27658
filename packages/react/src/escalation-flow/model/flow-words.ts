import type { EscalationStep, Transition } from '@tandem/core/escalation';
import type { EscalationFlowMessages } from '../messages';

// The words of one transition and one step's conditions, from the messages: the arrow, the
// card, what screen readers hear and the trace all say them the same way.

type Name = (id: string) => string;

/**
 * A transition's trigger and conditions: `not acknowledged in 15 min · outside Contoso IT's hours`.
 *
 * @example
 * transitionWords(messages, transition, flow.nameOf); // 'after 0 min · P1 or P2'
 */
export function transitionWords(
  m: EscalationFlowMessages,
  t: Pick<Transition, 'trigger' | 'when'>,
  name: Name,
): string {
  return [m.trigger(t.trigger), ...(t.when ?? []).map((c) => m.condition(c, name))].join(' · ');
}

/**
 * A step's hold, acknowledgement and rotation in words; empty when it has none of them.
 *
 * @example
 * stepNotes(messages, { ...step, hold: { until: 'open' } }, flow.nameOf); // "waits for its targets' working hours"
 */
export function stepNotes(
  m: EscalationFlowMessages,
  step: Pick<EscalationStep, 'hold' | 'ack' | 'rotate' | 'mode'>,
  name: Name,
): string {
  const notes: string[] = [];
  if (step.hold) notes.push(m.hold(step.hold, name));
  if (step.ack && step.mode !== 'round-robin') notes.push(m.ack(step.ack));
  if (step.rotate && step.mode === 'round-robin') notes.push(m.rotation(step.rotate));
  return notes.join(' · ');
}
