// @tandem/core/escalation: ticket routing, escalation policies as a graph, their checks and
// simulation.
export {
  applyEscalationChanges,
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationDocument,
  invertEscalationChange,
  invertPolicyChange,
  isRoutingChange,
  type PolicyApplyResult,
  type PolicyChange,
  type PolicyChangeError,
} from './changes';
export { checkAgainstMatrix } from './check-matrix';
export { checkPolicy, type PolicyCheckOptions } from './check-policy';
export { checkRouting } from './check-routing';
export { type CalendarOfWho, conditionsHold, onHoliday } from './conditions';
export { describeMatch } from './dimensions';
export { escalationHistory } from './history';
export type { Carried, CarriedTarget, JsonValue } from './interop-carry';
export {
  type ChainLink,
  type ExternalMapping,
  type ExternalRef,
  type ImportResult,
  type InteropReport,
  type InteropResult,
  policyChain,
} from './interop-chain';
export {
  ESCALATION_MESSAGES,
  type EscalationFix,
  type EscalationIssue,
  type EscalationMessages,
} from './issues';
export type {
  EscalationPolicy,
  EscalationStep,
  Queue,
  RouteMatch,
  Routing,
  RoutingRule,
  StepHold,
  StepRotation,
  StepTarget,
  Ticket,
  TicketSource,
  Transition,
  TransitionCondition,
  Trigger,
} from './model';
export {
  type OpsgenieDelay,
  type OpsgeniePolicy,
  type OpsgenieRecipient,
  type OpsgenieRepeat,
  type OpsgenieRule,
  policyFromOpsgenie,
  policyToOpsgenie,
} from './opsgenie';
export {
  type PagerDutyAssignment,
  type PagerDutyPolicy,
  type PagerDutyRef,
  policyFromPagerDuty,
  policyToPagerDuty,
} from './pagerduty';
export { parsePolicy, parseRouting } from './parse';
export { type RouteDecision, routeTicket } from './route';
export {
  ESCALATION_LIMITS,
  policySchema,
  routingSchema,
  stepSchema,
  transitionSchema,
} from './schema';
export {
  MAX_SIMULATED_STEPS,
  type SimulatedTicket,
  type SimulationContext,
  simulateEscalation,
  type TicketSimEvent,
  type TraceEntry,
} from './simulate';
