import type { Issue } from '@tandem/core';
import * as z from 'zod';
import { INSTANT_EXPECTED, ISO_INSTANT, instantMs } from './instant';

/**
 * Issues of a zod parse as the core's `Issue`s, paths under `prefix`. The CLI's own record
 * envelopes are parsed with classic zod, whose English messages are fine for a terminal.
 *
 * @example
 * zodIssues(result.error, ['events']);
 */
export function zodIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * An instant from a record or an option: epoch ms, or ISO 8601 with an offset (a local time
 * would silently take the machine's zone). Read into epoch ms.
 *
 * @example
 * instantSchema.parse('2026-03-02T09:00:00Z'); // 1772442000000
 */
export const instantSchema = z
  .union([z.number().int(), z.string().regex(ISO_INSTANT, { error: INSTANT_EXPECTED })])
  .transform((value, context) => {
    const ms = instantMs(value);
    if (ms === undefined) context.addIssue({ code: 'custom', message: `${value} is no date.` });
    return ms ?? Number.NaN;
  });

/** A record's own id, echoed in its output line so results can be joined back. */
export const recordIdSchema = z.union([z.string().min(1).max(200), z.number()]);

/**
 * One NDJSON record read with a schema: JSON syntax errors and schema issues both come back as
 * the record's issues, with their paths.
 *
 * @example
 * const record = parseRecord(text, routeRecordSchema);
 * if (!record.ok) return record;
 */
export function parseRecord<T extends z.ZodType>(
  text: string,
  schema: T,
): { ok: true; value: z.output<T> } | { ok: false; issues: readonly Issue[] } {
  const json = parseRecordJson(text);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: zodIssues(parsed.error) };
}

/**
 * Parses one record's JSON; a syntax error is the record's issue.
 *
 * @example
 * const json = parseRecordJson(text);
 * if (!json.ok) return json;
 */
export function parseRecordJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issues: readonly Issue[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: [], code: 'invalid_json', message: `Not valid JSON: ${reason}` }],
    };
  }
}
