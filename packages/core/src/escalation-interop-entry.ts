// The `@tandem/core/escalation/interop` entry: moving whole accounts between on-call tools —
// list responses, JSM Operations, incident.io and Grafana OnCall, parties from their names.
// Apart from `@tandem/core/escalation` so that hosts which only render a policy do not pay.

export { policyFromGrafanaOnCall } from './escalation/grafana-oncall';
export { type IncidentIoImportResult, policyFromIncidentIo } from './escalation/incident-io';
export type { ListImportResult } from './escalation/interop-chain';
export {
  type JsmOpsPolicy,
  policiesFromJsmOpsList,
  policyFromJsmOps,
  policyToJsmOps,
} from './escalation/jsm-ops';
export { policiesFromOpsgenieList } from './escalation/opsgenie';
export { policiesFromPagerDutyList } from './escalation/pagerduty';
export {
  type ExternalTarget,
  externalTargets,
  type MappingSuggestion,
  type SuggestMappingOptions,
  suggestMapping,
} from './escalation/suggest-mapping';
