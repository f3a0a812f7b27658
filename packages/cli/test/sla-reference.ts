import {
  type CalendarRegistry,
  computeSla,
  parseTicketHistory,
  type SlaPolicy,
  selectSlaPolicy,
} from '@tandem/core/sla';
import fc from 'fast-check';

// What `tandem sla` must write, computed the plain way — each record through JSON.parse, the
// core's schema parse of the history, computeSla and JSON.stringify — so the binary's fast
// paths (hand-checked records, results written straight as bytes) can be held to it byte for
// byte. Bad records give no line here; the binary reports them on stderr.

/**
 * The output lines `tandem sla` writes for an NDJSON input, or `undefined` for a bad record.
 *
 * @example
 * referenceSlaLines(text, policies, { calendars, parties: [] }, now).filter(Boolean).join('\n');
 */
export function referenceSlaLines(
  input: string,
  policies: readonly SlaPolicy[],
  options: {
    calendars: CalendarRegistry;
    parties: readonly { id: string; calendarId?: string }[];
  },
  now: number,
): (string | undefined)[] {
  const lines: (string | undefined)[] = [];
  input.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      lines.push(undefined);
      return;
    }
    const envelope = (Array.isArray(record) ? { history: record } : record) as Record<
      string,
      unknown
    >;
    const history = parseTicketHistory(envelope.history);
    const attributes = (envelope.attributes ?? {}) as Record<string, unknown>;
    const policy = selectSlaPolicy(policies, attributes);
    if (!history.ok || !policy) {
      lines.push(undefined);
      return;
    }
    const result = computeSla(policy, history.value, now, { ...options, timeline: false });
    const key = envelope.id === undefined ? { line: index + 1 } : { id: envelope.id };
    lines.push(JSON.stringify({ ...key, ...result }));
  });
  return lines;
}

const HOUR = 3_600_000;
const when = fc.integer({ min: 0, max: 10 * HOUR });
const laterEvent = fc.oneof(
  fc.record({ type: fc.constant('priority'), priority: fc.constantFrom('P1', 'P2', 'P3') }),
  fc.record({
    type: fc.constant('status'),
    status: fc.constantFrom('waiting-on-customer', 'in-progress'),
  }),
  fc.record({
    type: fc.constant('assigned'),
    partyId: fc.constantFrom('internal-it', 'msp-noc', 'Zoë "night" desk', null),
  }),
  fc.record({
    type: fc.constantFrom('responded', 'planned', 'updated', 'resolved', 'reopened'),
  }),
);
// Instants as exports write them: toISOString, no milliseconds, an offset, epoch ms.
const instant = (ms: number, form: number) =>
  form === 0
    ? new Date(ms).toISOString()
    : form === 1
      ? new Date(ms).toISOString().replace('.000Z', 'Z')
      : form === 2
        ? new Date(ms + HOUR).toISOString().replace('.000Z', '+01:00')
        : ms;

/**
 * Random `tandem sla` records as NDJSON lines: ids of every kind (text with quotes and accents,
 * numbers, none), gold and standard attributes, bare histories, blank lines and a bad record
 * now and then, over March 2026 (the US DST change included).
 *
 * @example
 * const text = randomSlaRecords(500, 42).join('\n');
 */
export function randomSlaRecords(count: number, seed: number): string[] {
  const record = fc.record({
    id: fc.oneof(
      fc.nat().map((n) => `T-${n}`),
      fc.constantFrom('Zoë', 'a "quoted" id', 'back\\slash', '東京', 'tab\tid'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(undefined),
    ),
    gold: fc.boolean(),
    bare: fc.integer({ min: 0, max: 9 }),
    bad: fc.integer({ min: 0, max: 29 }),
    start: fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 20) }),
    priority: fc.constantFrom('P1', 'P2'),
    form: fc.integer({ min: 0, max: 3 }),
    events: fc.array(fc.tuple(when, laterEvent), { maxLength: 10 }),
  });
  return fc.sample(record, { numRuns: count, seed }).map((r) => {
    if (r.bad === 0) return '';
    if (r.bad === 1) return '{"id":"broken","history":[';
    let t = r.start;
    const history: unknown[] = [
      { type: 'created', at: instant(t, r.form), priority: r.priority, partyId: 'internal-it' },
    ];
    for (const [gap, event] of r.events) {
      t += gap;
      history.push({ ...event, at: instant(t, r.form) });
    }
    if (r.bad === 2) history.shift();
    if (r.bare === 0) return JSON.stringify(history);
    const attributes = r.gold ? { contract: 'gold' } : undefined;
    return JSON.stringify({ id: r.id, attributes, history });
  });
}
