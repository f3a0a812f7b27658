import type { Severity } from '../validate/types';
import type { PolicyChange } from './changes';
import type { Ticket } from './model';

/**
 * A suggested repair: policy or routing changes, ready for `applyPolicyChanges` or
 * `applyRoutingChanges` (and the editor's undo stack).
 *
 * @example
 * const fix: EscalationFix = { label: 'Mark "Notify" as terminal', changes: [{ type: 'updateStep', stepId: 'notify', patch: { terminal: true } }] };
 */
export interface EscalationFix {
  readonly label: string;
  readonly changes: readonly PolicyChange[];
}

/**
 * One problem in a routing table or policy, in the matrix issues' format: a rule id, a severity,
 * a message naming steps and parties by name, what it concerns, and suggested fixes. Gap issues
 * carry example tickets no rule catches.
 *
 * @example
 * const issue: EscalationIssue = {
 *   ruleId: 'unreachable-step', severity: 'warning', message: 'Step "SOC" can never be reached.',
 *   stepIds: ['soc'], ruleIds: [], partyIds: [], fixes: [],
 * };
 */
export interface EscalationIssue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly stepIds: readonly string[];
  readonly ruleIds: readonly string[];
  readonly partyIds: readonly string[];
  readonly examples?: readonly Ticket[];
  readonly fixes: readonly EscalationFix[];
  /** Where in the policy it was found (`['transitions', 3]`), for the working-hours checks. */
  readonly path?: readonly (string | number)[];
}

/**
 * Every message the checks produce, by check id; pass a partial map to override (i18n).
 * Arguments are names (already resolved from ids) and numbers.
 *
 * @example
 * checkPolicy(policy, { messages: { 'dead-end': (step) => `« ${step} » ne mène nulle part.` } });
 */
export const ESCALATION_MESSAGES = {
  'routing-gap': (examples: string, more: number) =>
    `No rule catches ${examples}${more > 0 ? ` (and ${more} more combinations)` : ''}, and there is no default queue.`,
  'routing-gap-unknown': () =>
    'The table is too intricate to prove every ticket is caught, and there is no default queue.',
  'shadowed-rule': (rule: string, by: string) =>
    `Rule "${rule}" never matches: ${by} catch every ticket it would.`,
  'overlapping-rules': (rule: string, by: string) =>
    `Rule "${rule}" overlaps ${by}, which come first and send tickets elsewhere.`,
  'unreachable-step': (step: string) => `Step "${step}" can never be reached from the start.`,
  'dead-end': (step: string) =>
    `Step "${step}" has no way on and is not marked terminal; tickets stop there.`,
  'owned-by-nobody': (step: string) =>
    `A ticket can stop at "${step}" without ever being assigned: nobody owns it.`,
  'unbounded-cycle': (steps: string) => `Steps ${steps} form a loop with no repeat limit.`,
  'trigger-after-breach': (transition: string, target: string, priority: string) =>
    `Transition "${transition}" fires only after the ${target} target of ${priority} has breached.`,
  'unknown-party': (party: string, where: string) =>
    `${where} names "${party}", which is not a party of the matrix.`,
  'route-not-responsible': (rule: string, party: string, category: string) =>
    `Rule "${rule}" sends ${category} tickets to ${party}, which is not Responsible for any ${category} row.`,
  'after-hours-closed': (rule: string, party: string) =>
    `Rule "${rule}" sends after-hours tickets to ${party}, whose calendar is closed for part of that time.`,
  'no-coverage-when-fired': (step: string, party: string) =>
    `Step "${step}" can fire while ${party} has no coverage.`,
  'fires-while-closed': (step: string, parties: string, at: string) =>
    `Step "${step}" can fire while ${parties} ${parties.includes(', ') ? 'are' : 'is'} closed (${at}), and nothing covers it.`,
  'holiday-leaves-nobody': (date: string, owner: string, step: string, parties: string) =>
    `On ${date}, a holiday of ${owner}'s calendar, step "${step}" can fire with nobody open (${parties} closed).`,
};

/**
 * The message map's type: one function per check id.
 *
 * @example
 * const fr: Partial<EscalationMessages> = { 'dead-end': (step) => `« ${step} » ne mène nulle part.` };
 */
export type EscalationMessages = typeof ESCALATION_MESSAGES;

/**
 * Builds an issue, filling empty lists.
 *
 * @example
 * issue('dead-end', 'warning', 'Step "x" …', { stepIds: ['x'] });
 */
export function issue(
  ruleId: string,
  severity: Severity,
  message: string,
  about: Partial<Omit<EscalationIssue, 'ruleId' | 'severity' | 'message'>>,
): EscalationIssue {
  return { ruleId, severity, message, stepIds: [], ruleIds: [], partyIds: [], fixes: [], ...about };
}
