// The `@tandem/core/review` entry: the service review pack. Apart from the other entries because
// it brings the SLA engine, attribution and the scope-drift report together.
export * from './review';
