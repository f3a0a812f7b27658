import type { EscalationStep, RouteMatch, Trigger } from '@tandem/core/escalation';

// English words for triggers, durations and rule conditions: the defaults behind the flow's
// messages. The core's trace reasons stay the core's; the diagram speaks its own words.

/**
 * A duration in plain words: `30 min`, `2 h`, `1 h 30 min`; with `business`, `30 business min`,
 * `4 business hours`.
 *
 * @example
 * englishDuration(90, false); // '1 h 30 min'
 */
export function englishDuration(minutes: number, business: boolean): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (business) {
    if (rest === 0 && hours > 0) return `${hours} business ${hours === 1 ? 'hour' : 'hours'}`;
    return `${minutes} business min`;
  }
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * A trigger as an arrow's label: `after 30 business min`, `at 75 % of response SLA`,
 * `not acknowledged in 15 min`, `by hand`.
 *
 * @example
 * englishTrigger({ kind: 'sla', target: 'response', percent: 75 }); // 'at 75 % of response SLA'
 */
export function englishTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'manual':
      return 'by hand';
    case 'sla':
      return `at ${trigger.percent} % of ${trigger.target} SLA`;
    default: {
      const time = englishDuration(trigger.minutes, trigger.calendarId !== undefined);
      if (trigger.kind === 'after') return `after ${time}`;
      return `${trigger.kind === 'not-acknowledged' ? 'not acknowledged' : 'not resolved'} in ${time}`;
    }
  }
}

/**
 * How a step with several targets reaches them: `both teams at once`, `all 3 at once`, `in turn`;
 * empty for a single target.
 *
 * @example
 * englishReach({ id: 'b', action: 'notify', targets: [{ partyId: 'it' }, { partyId: 'msp' }] }); // 'both teams at once'
 */
export function englishReach(step: Pick<EscalationStep, 'targets' | 'mode'>): string {
  const n = step.targets.length;
  if (n < 2) return '';
  if (step.mode === 'round-robin') return 'in turn';
  return n === 2 ? 'both teams at once' : `all ${n} at once`;
}

const LABELS: readonly [keyof RouteMatch, string][] = [
  ['categoryIds', 'category'],
  ['priorities', 'priority'],
  ['impacts', 'impact'],
  ['urgencies', 'urgency'],
  ['siteIds', 'site'],
  ['sources', 'source'],
];

/**
 * A rule's conditions in words, naming values through `name` (category ids become names).
 *
 * @example
 * englishMatch({ vip: true, priorities: ['P1'] }, (id) => id); // 'priority P1 · VIP'
 */
export function englishMatch(when: RouteMatch, name: (value: string) => string): string {
  const parts: string[] = [];
  for (const [key, label] of LABELS) {
    const values = when[key] as readonly string[] | undefined;
    if (values) parts.push(`${label} ${values.map(name).join(' or ') || '(none)'}`);
  }
  if (when.vip !== undefined) parts.push(when.vip ? 'VIP' : 'not VIP');
  if (when.hours)
    parts.push(`${when.hours.open ? 'in' : 'outside'} ${name(when.hours.calendarId)} hours`);
  return parts.length > 0 ? parts.join(' · ') : 'any ticket';
}
