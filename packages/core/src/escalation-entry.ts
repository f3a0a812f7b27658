// The `@tandem/core/escalation` entry: ticket routing, escalation policies as a graph, their
// checks, simulation and PagerDuty/Opsgenie interop. Apart from the main entry because it brings
// the SLA engine for business-minute and SLA-threshold triggers.
export * from './escalation';
