/** One implementation of a task, timed against the others in its group. */
export interface BenchCase {
  /** Shown in the report, e.g. `@tandem/core addBusinessTime` or `business-hours.js`. */
  name: string;
  /** The work to time. Its return value is compared across the group by the harness test. */
  run: () => unknown;
  /** Marks Tandem's own implementation: ratios are given against it. */
  subject?: boolean;
}

/** Several implementations of the same task, with an optional budget for the subject. */
export interface BenchGroup {
  name: string;
  cases: BenchCase[];
  /** The budget for the subject's median, in nanoseconds. */
  budgetNs?: number;
  /**
   * A floor to measure the subject against: the case named `name` (often a bare pass over the
   * same data) and at most how many times its median the subject may take. Machines differ in
   * speed, but a ratio of two figures from one run much less so.
   */
  baseline?: { name: string; maxRatio: number };
  /**
   * Whether every case must return equal results (deep equality). Off for tasks whose outputs
   * differ in form but not in meaning; then `normalise` maps them to one form first.
   */
  normalise?: (result: unknown) => unknown;
}

/** A named set of groups, usually one area of the core. */
export interface BenchSuite {
  name: string;
  groups: BenchGroup[];
}
