// The `@tandem/core/sla` entry: business calendars, business-time arithmetic and SLA clocks.
// Apart from the main entry so that hosts that only edit matrices do not carry the SLA engine.
export * from './sla';
