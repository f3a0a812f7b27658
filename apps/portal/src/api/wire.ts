import { type Issue, type ParseResult, parseMatrix } from '@tandem/core';
import { parsePolicy, parseRouting } from '@tandem/react/escalation-flow';
import type { CalendarRegistry } from '@tandem/react/sla-timeline';
import { z } from 'zod';
import type { AuditRecord, MatrixVersion, SavedEscalation, SavedMatrix } from './types';

// Readers for the PSA's JSON bodies. zod checks each envelope; the core's parse functions read
// the domain data inside, so a bad payload becomes path-addressed issues, never a crash.

type Path = Issue['path'];

const zodIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    code: issue.code,
    message: issue.message,
  }));

/** Prefixes the paths of a nested result's issues. */
function at<T>(prefix: Path, result: ParseResult<T>): ParseResult<T> {
  return result.ok
    ? result
    : { ok: false, issues: result.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })) };
}

/** Reads each item with `read`, collecting every item's issues under its index. */
function each<I, T>(items: readonly I[], prefix: Path, read: (item: I) => ParseResult<T>) {
  const values: T[] = [];
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const result = at([...prefix, index], read(item));
    if (result.ok) values.push(result.value);
    else issues.push(...result.issues);
  });
  return issues.length > 0
    ? ({ ok: false, issues } as const)
    : ({ ok: true, value: values } as const);
}

const meta = {
  version: z.number().int().nonnegative(),
  savedAt: z.string(),
  savedBy: z.string(),
};
const matrixEnvelope = z.object({ ...meta, matrix: z.unknown() });

/** Reads `GET /matrix` (and a 409's `current`). */
export function readSavedMatrix(body: unknown): ParseResult<SavedMatrix> {
  const shape = matrixEnvelope.safeParse(body);
  if (!shape.success) return { ok: false, issues: zodIssues(shape.error) };
  const matrix = at(['matrix'], parseMatrix(shape.data.matrix));
  return matrix.ok ? { ok: true, value: { ...shape.data, matrix: matrix.value } } : matrix;
}

const versionsEnvelope = z.array(
  z.object({ ...meta, label: z.string().optional(), matrix: z.unknown() }),
);

/** Reads `GET /matrix/versions`, oldest first. */
export function readVersions(body: unknown): ParseResult<MatrixVersion[]> {
  const shape = versionsEnvelope.safeParse(body);
  if (!shape.success) return { ok: false, issues: zodIssues(shape.error) };
  return each(shape.data, [], (item) => {
    const matrix = at(['matrix'], parseMatrix(item.matrix));
    return matrix.ok ? { ok: true, value: { ...item, matrix: matrix.value } } : matrix;
  });
}

const auditEnvelope = z.array(
  z.object({
    id: z.string(),
    resource: z.enum(['matrix', 'escalation']),
    version: z.number().int().nullable(),
    actor: z.string(),
    at: z.string(),
    // Changes are replayed by nobody here, only described, so their shape is checked loosely.
    change: z.looseObject({ type: z.string() }),
  }),
);

/** Reads `GET /audit`, newest last. */
export function readAudit(body: unknown): ParseResult<AuditRecord[]> {
  const shape = auditEnvelope.safeParse(body);
  return shape.success
    ? { ok: true, value: shape.data as AuditRecord[] }
    : { ok: false, issues: zodIssues(shape.error) };
}

const escalationEnvelope = z.object({ ...meta, policy: z.unknown(), routing: z.unknown() });

/** Reads `GET /escalation`, checking calendar ids against `calendars`. */
export function readSavedEscalation(
  body: unknown,
  calendars?: CalendarRegistry,
): ParseResult<SavedEscalation> {
  const shape = escalationEnvelope.safeParse(body);
  if (!shape.success) return { ok: false, issues: zodIssues(shape.error) };
  const policy = at(['policy'], parsePolicy(shape.data.policy, calendars));
  const routing = at(['routing'], parseRouting(shape.data.routing, calendars));
  if (!policy.ok || !routing.ok)
    return {
      ok: false,
      issues: [...(policy.ok ? [] : policy.issues), ...(routing.ok ? [] : routing.issues)],
    };
  const { version, savedAt, savedBy } = shape.data;
  return {
    ok: true,
    value: { version, savedAt, savedBy, value: { policy: policy.value, routing: routing.value } },
  };
}
