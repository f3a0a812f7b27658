import type { Issue } from '../result';
import { toIssues } from '../schema-issues';

/**
 * One thing an adapter could not carry over, or carried over only by inferring it: where in the
 * input it was, and why.
 *
 * @example
 * const item: PsaLost = { path: ['audit', 3], message: 'Audit entry "Summary has been changed…" says nothing an SLA reads; left out.' };
 */
export interface PsaLost {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What an adapter could not carry over (`lost`) and what it had to infer (`inferred`: the time
 * zone of local times, a status taken as closed). Neither stops the conversion; both are data.
 *
 * @example
 * if (result.ok) for (const item of [...result.report.lost, ...result.report.inferred]) log(item.message);
 */
export interface PsaReport {
  readonly lost: readonly PsaLost[];
  readonly inferred: readonly PsaLost[];
}

/**
 * An adapter's outcome: the converted value and its report, or the issues that stopped it (the
 * input's shape, a time zone it could not know). Adapters never throw.
 *
 * @example
 * const result = connectwiseTicketHistory(ticket, audit, { parties });
 * if (result.ok) computeSla(policy, result.value.history, Date.now());
 * else console.table(result.issues);
 */
export type PsaResult<T> =
  | { readonly ok: true; readonly value: T; readonly report: PsaReport }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A mutable report for adapters to fill. */
export interface ReportBuilder {
  readonly lost: PsaLost[];
  readonly inferred: PsaLost[];
}

/**
 * A new, empty report to fill while converting.
 *
 * @example
 * const report = newReport();
 * report.lost.push({ path: ['sla'], message: 'No SLA.' });
 */
export function newReport(): ReportBuilder {
  return { lost: [], inferred: [] };
}

/**
 * Runs an adapter body, turning anything it throws into an `unreadable` issue — adapters take
 * arbitrary JSON, and a host must be able to hand them anything.
 *
 * @example
 * return guarded(() => convert(json));
 */
export function guarded<T>(run: () => PsaResult<T>): PsaResult<T> {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return {
      ok: false,
      issues: [
        { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
      ],
    };
  }
}

/**
 * Wraps issues as a failed {@link PsaResult}.
 *
 * @example
 * return failed([{ path: ['ticket', 'id'], code: 'invalid_type', message: 'Expected a number.' }]);
 */
export function failed<T = never>(issues: readonly Issue[]): PsaResult<T> {
  return { ok: false, issues };
}

interface SafeParser<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly Parameters<typeof toIssues>[0][number][] } };
}

/**
 * Reads the payloads an adapter takes (a ticket and its trail, an SLA and its priorities, a
 * calendar and its holidays), each with its schema, every issue under the payload's name.
 *
 * @example
 * const read = readInputs({ sla: [slaSchema, sla], priorities: [prioritiesSchema, priorities] });
 * if (!read.ok) return read;
 * read.values.sla;
 */
export function readInputs<T extends Record<string, readonly [SafeParser<unknown>, unknown]>>(
  inputs: T,
):
  | { ok: true; values: { [K in keyof T]: T[K][0] extends SafeParser<infer V> ? V : never } }
  | { ok: false; issues: readonly Issue[] } {
  const values: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [name, [schema, input]] of Object.entries(inputs)) {
    const read = schema.safeParse(input);
    if (read.success) values[name] = read.data;
    else issues.push(...toIssues(read.error.issues, [name]));
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    values: values as { [K in keyof T]: T[K][0] extends SafeParser<infer V> ? V : never },
  };
}
