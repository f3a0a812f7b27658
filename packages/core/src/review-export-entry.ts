// The `@tandem/core/review/export` entry: the service review as Markdown, HTML and an evidence
// CSV. Apart from `@tandem/core/review` so that hosts that only compute the review (or chart it)
// do not ship the renderers and their words; it takes the review as plain data and brings no
// part of the computation.
export * from './review/export';
