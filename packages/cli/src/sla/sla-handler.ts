import type { Issue } from '@tandem/core';
import {
  type CalendarRegistry,
  createCalendarRegistry,
  type SlaPolicy,
  type SlaResult,
  selectSlaPolicy,
  slaComputer,
  type TicketHistory,
} from '@tandem/core/sla';
import { parseShapedTicketHistoryInBulk, parseTicketHistoryInBulk } from '@tandem/core/sla/bulk';
import * as z from 'zod';
import { type BytesHandler, type LineHandler, WRITTEN } from '../ndjson/run-batch';
import { parseRecordJson, recordIdSchema, zodIssues } from '../records';
import type { SlaJob } from './sla-job';
import { writeSlaLine } from './sla-line';
import { readSlaRecordBytes, stringCache } from './sla-record-bytes';

/**
 * One ticket of `tandem sla`'s input: its id (echoed in the output), its event history as
 * `parseTicketHistory` reads it, and the attributes SLA policies select on (`when`). A bare
 * array is read as the history of a ticket without id or attributes. Other keys are ignored.
 *
 * @example
 * {"id":"T-1042","attributes":{"contract":"gold"},"history":[{"type":"created","at":"2026-03-02T09:00:00Z","priority":"P2"}]}
 */
export const slaRecordSchema = z.looseObject({
  id: recordIdSchema.optional(),
  // The history's own shape is the core's to check (`parseTicketHistory`), with its paths.
  history: z.unknown(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});

type SlaRecord = z.infer<typeof slaRecordSchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A record's envelope as `slaRecordSchema` would read it, when it certainly passes (else
 * `undefined`): a million records are a million schema runs saved. Anything else goes to the
 * schema, which words the issues.
 *
 * @example
 * wellFormedEnvelope({ id: 'T-1', history: [] }); // { id: 'T-1', history: [], attributes: undefined }
 */
export function wellFormedEnvelope(value: unknown): SlaRecord | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, history, attributes } = value;
  const idOk =
    id === undefined ||
    (typeof id === 'string' && id.length >= 1 && id.length <= 200) ||
    (typeof id === 'number' && Number.isFinite(id));
  if (!idOk || !('history' in value) || !(attributes === undefined || isPlainObject(attributes))) {
    return undefined;
  }
  return { id, history, attributes };
}

function envelopeOf(
  value: unknown,
):
  | { ok: true; value: SlaRecord; historyPath: readonly string[] }
  | { ok: false; issues: readonly Issue[] } {
  if (Array.isArray(value)) return { ok: true, value: { history: value }, historyPath: [] };
  if (typeof value === 'object' && value !== null && !('history' in value)) {
    const message = 'A ticket needs its "history": the list of its events.';
    return { ok: false, issues: [{ path: ['history'], code: 'invalid_type', message }] };
  }
  const quick = wellFormedEnvelope(value);
  if (quick) return { ok: true, value: quick, historyPath: ['history'] };
  const parsed = slaRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  return { ok: true, value: parsed.data, historyPath: ['history'] };
}

/**
 * The per-line work of `tandem sla`, run in each worker: parse the record (envelope, then the
 * history with the core's bulk parser, issue paths inside the record), select its policy and
 * compute its clocks with the policy's `slaComputer` at the job's instant. The output line,
 * written straight to the batch's bytes (`writeSlaLine`), is the `SlaResult` with the record's
 * `id` (or, without one, its `line`) in front. `bytes` reads records in the plain form straight
 * from the batch (`readSlaRecordBytes`) and leaves any other record, or one with a problem, to
 * `text`, which words the issues.
 *
 * @example
 * const sla = slaHandler(job);
 * sla.text('{"id":"T-1","history":[…]}', 1, out); // WRITTEN, out holds '{"id":"T-1","policyId":"standard",…}'
 */
export function slaHandler(job: SlaJob): { text: LineHandler; bytes: BytesHandler } {
  const calendars: CalendarRegistry = createCalendarRegistry(job.calendars);
  const options = { calendars, parties: job.parties, timeline: job.timeline };
  // One computer per policy, made on first use: the policy's calendar lookups are shared by
  // every ticket it applies to.
  const computers = new Map<SlaPolicy, (history: TicketHistory, now: number) => SlaResult>();
  const computerOf = (policy: SlaPolicy) => {
    let computer = computers.get(policy);
    if (!computer) {
      computer = slaComputer(policy, options);
      computers.set(policy, computer);
    }
    return computer;
  };
  const text: LineHandler = (text, line, out) => {
    const json = parseRecordJson(text);
    if (!json.ok) return json;
    const record = envelopeOf(json.value);
    if (!record.ok) return record;
    const { id, history, attributes } = record.value;
    const events = parseTicketHistoryInBulk(history);
    if (!events.ok) {
      const issues = events.issues.map((issue) => ({
        ...issue,
        path: [...record.historyPath, ...issue.path],
      }));
      return { ok: false, issues };
    }
    const policy = selectSlaPolicy(job.policies, attributes ?? {});
    if (!policy) {
      const message =
        'No SLA policy applies to this ticket (no policy\'s "when" matches its attributes).';
      return {
        ok: false,
        issues: [
          { path: record.historyPath.length > 0 ? ['attributes'] : [], code: 'no_policy', message },
        ],
      };
    }
    writeSlaLine(out, id, line, computerOf(policy)(events.value, job.now));
    return WRITTEN;
  };
  // Records of the plain form have no attributes: their policy is always this one.
  const plainPolicy = selectSlaPolicy(job.policies, {});
  const strings = stringCache();
  const bytes: BytesHandler = (bytes, start, end, line, out) => {
    if (!plainPolicy) return undefined;
    const read = readSlaRecordBytes(bytes, start, end, strings);
    const record = read && wellFormedEnvelope(read);
    if (!read || !record) return undefined;
    // The events are already in the core's shape: the core checks them without reading each
    // one again. Any it does not accept go the text way, which words the issues.
    const events = parseShapedTicketHistoryInBulk(read.history);
    if (!events) return undefined;
    writeSlaLine(out, record.id, line, computerOf(plainPolicy)(events, job.now));
    return WRITTEN;
  };
  return { text, bytes };
}
