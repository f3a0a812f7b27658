// Every public entry at once, for size-limit: what a host pays that embeds all three editors.
export * as escalationFlow from '../dist/escalation-flow.js';
export * as main from '../dist/index.js';
export * as matrixImport from '../dist/matrix-import.js';
export * as serviceReview from '../dist/service-review.js';
export * as slaTimeline from '../dist/sla-timeline.js';
