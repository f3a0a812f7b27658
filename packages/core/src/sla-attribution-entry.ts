// The `@tandem/core/sla/attribution` entry: who held each SLA clock — minutes per party, pauses,
// hand-offs across sides, the holder at each breach. Apart from `@tandem/core/sla` so that hosts
// computing deadlines in bulk do not carry it; it brings the clocks it shares out.
export {
  type SlaAttribution,
  type SlaAttributionOptions,
  type SlaHandoff,
  type SlaHolding,
  type SlaPause,
  type SlaTargetAttribution,
  type SlaWatch,
  slaAttribution,
} from './sla/attribution';
