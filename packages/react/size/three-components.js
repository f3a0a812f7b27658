// The three main components at once, for size-limit: what a host pays that embeds the matrix
// editor, the escalation flow and the SLA timeline and queue on one page (issue 18: ≤ 90 kB).

export { EscalationFlow } from '../dist/escalation-flow.js';
export { ResponsibilityMatrix } from '../dist/index.js';
export { SlaQueue, SlaTimeline } from '../dist/sla-timeline.js';
