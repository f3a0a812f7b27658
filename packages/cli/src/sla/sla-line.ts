import {
  SLA_TARGET_KINDS,
  type SlaClock,
  type SlaResult,
  type SlaTargetKind,
  type SlaWarning,
} from '@tandem/core/sla';
import { NUMBER_ROOM, type OutputBytes, putBytes, putNumber } from '../ndjson/output-bytes';

// `tandem sla` writes a million results of one fixed shape: JSON.stringify, then encoding the
// string, cost more than computing them. This writes the same bytes — keys in the order the
// core builds them, numbers and strings as JSON.stringify writes them — straight into the
// batch's output, room made once per clock rather than once per piece, the results' few
// recurring strings encoded once; only timeline segments (an option) go through JSON.stringify.

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

// Every key of a clock and of a result, in the order the core sets them. The `satisfies`
// checks break the build when the core adds a key this writer would leave out.
const CLOCK_KEYS = [
  'kind',
  'state',
  'calendarId',
  'targetMinutes',
  'elapsedMinutes',
  'remainingMinutes',
  'percent',
  'startedAt',
  'dueAt',
  'stoppedAt',
  'breachedAt',
  'breaches',
  'warnings',
  'segments',
] as const satisfies readonly (keyof SlaClock)[];
const RESULT_KEYS = [
  'policyId',
  'priority',
  'partyId',
  'paused',
  'resolved',
  'clocks',
] as const satisfies readonly (keyof SlaResult)[];
const WARNING_KEYS = ['percent', 'at', 'reached'] as const satisfies readonly (keyof SlaWarning)[];
type Unlisted =
  | Exclude<keyof SlaClock, (typeof CLOCK_KEYS)[number]>
  | Exclude<keyof SlaResult, (typeof RESULT_KEYS)[number]>
  | Exclude<keyof SlaWarning, (typeof WARNING_KEYS)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

const key = (name: string) => bytesOf(`,"${name}":`);
const STATE_KEY = key('state');
const CALENDAR = key('calendarId');
const TARGET = key('targetMinutes');
const ELAPSED = key('elapsedMinutes');
const REMAINING = key('remainingMinutes');
const PERCENT = key('percent');
const STARTED = key('startedAt');
const DUE = key('dueAt');
const STOPPED = key('stoppedAt');
const BREACHED_AT = key('breachedAt');
const BREACHES = key('breaches');
const WARNINGS = bytesOf(',"warnings":[');
const SEGMENTS = bytesOf('],"segments":');
const NO_SEGMENTS = bytesOf('],"segments":[]}');
// `"response":{"kind":"response","state":` and so on.
const CLOCK_OPEN = new Map<SlaTargetKind, Uint8Array>(
  SLA_TARGET_KINDS.map((kind) => [kind, bytesOf(`"${kind}":{"kind":"${kind}","state":`)]),
);
const KIND_AFTER_KEY = bytesOf(':{"kind":');
const POLICY = key('policyId');
const PRIORITY = key('priority');
const PARTY = key('partyId');
const PAUSED_TRUE = bytesOf(',"paused":true');
const PAUSED_FALSE = bytesOf(',"paused":false');
const RESOLVED_TRUE = bytesOf(',"resolved":true');
const RESOLVED_FALSE = bytesOf(',"resolved":false');
const CLOCKS = bytesOf(',"clocks":{');
const WARNING_OPEN = bytesOf('{"percent":');
const WARNING_AT = key('at');
const REACHED_TRUE = bytesOf(',"reached":true}');
const REACHED_FALSE = bytesOf(',"reached":false}');
const ID = bytesOf('{"id":');
const LINE = bytesOf('{"line":');
const NULL = bytesOf('null');
const COMMA = 0x2c;
const CLOSE = 0x7d;

// The most bytes of a clock besides its strings, warnings and segments: its keys and eleven
// numbers; and of a warning.
const CLOCK_ROOM =
  Math.max(...[...CLOCK_OPEN.values()].map((open) => open.length)) +
  KIND_AFTER_KEY.length +
  [CALENDAR, TARGET, ELAPSED, REMAINING, PERCENT, STARTED, DUE, STOPPED, BREACHED_AT, BREACHES]
    .map((name) => name.length + NUMBER_ROOM)
    .reduce((a, b) => a + b) +
  WARNINGS.length +
  NO_SEGMENTS.length +
  2;
const WARNING_ROOM =
  1 + WARNING_OPEN.length + WARNING_AT.length + 2 * NUMBER_ROOM + REACHED_FALSE.length;

// The JSON form (quotes, escapes) of the strings of results — states, calendars, policies,
// priorities, parties: a handful of values a million times — as bytes, each encoded once.
// Cleared when full: priorities and parties come from the tickets.
const quotedStrings = new Map<string, Uint8Array>();
function quoted(text: string): Uint8Array {
  let bytes = quotedStrings.get(text);
  if (bytes === undefined) {
    bytes = bytesOf(JSON.stringify(text));
    if (quotedStrings.size >= 1024) quotedStrings.clear();
    quotedStrings.set(text, bytes);
  }
  return bytes;
}

// `key` then the number (or null).
function numberAt(bytes: Uint8Array, at: number, name: Uint8Array, value: number | null): number {
  const end = putBytes(bytes, at, name);
  return value === null ? putBytes(bytes, end, NULL) : putNumber(bytes, end, value);
}

function writeClock(out: OutputBytes, kind: SlaTargetKind, clock: SlaClock) {
  const state = quoted(clock.state);
  const calendar = quoted(clock.calendarId);
  const warnings = clock.warnings;
  const other = clock.kind === kind ? undefined : [quoted(kind), quoted(clock.kind)];
  const room =
    CLOCK_ROOM +
    state.length +
    calendar.length +
    (other ? (other[0] as Uint8Array).length + (other[1] as Uint8Array).length : 0) +
    warnings.length * WARNING_ROOM;
  const bytes = out.reserve(room);
  let at = out.size;
  if (other === undefined) at = putBytes(bytes, at, CLOCK_OPEN.get(kind) as Uint8Array);
  else {
    at = putBytes(bytes, at, other[0] as Uint8Array);
    at = putBytes(bytes, at, KIND_AFTER_KEY);
    at = putBytes(bytes, at, other[1] as Uint8Array);
    at = putBytes(bytes, at, STATE_KEY);
  }
  at = putBytes(bytes, at, state);
  at = putBytes(bytes, at, CALENDAR);
  at = putBytes(bytes, at, calendar);
  at = numberAt(bytes, at, TARGET, clock.targetMinutes);
  at = numberAt(bytes, at, ELAPSED, clock.elapsedMinutes);
  at = numberAt(bytes, at, REMAINING, clock.remainingMinutes);
  at = numberAt(bytes, at, PERCENT, clock.percent);
  at = numberAt(bytes, at, STARTED, clock.startedAt);
  at = numberAt(bytes, at, DUE, clock.dueAt);
  at = numberAt(bytes, at, STOPPED, clock.stoppedAt);
  at = numberAt(bytes, at, BREACHED_AT, clock.breachedAt);
  at = numberAt(bytes, at, BREACHES, clock.breaches);
  at = putBytes(bytes, at, WARNINGS);
  for (let i = 0; i < warnings.length; i++) {
    const warning = warnings[i] as SlaWarning;
    if (i > 0) bytes[at++] = COMMA;
    at = putBytes(bytes, at, WARNING_OPEN);
    at = putNumber(bytes, at, warning.percent);
    at = numberAt(bytes, at, WARNING_AT, warning.at);
    at = putBytes(bytes, at, warning.reached ? REACHED_TRUE : REACHED_FALSE);
  }
  if (clock.segments.length === 0) {
    out.commit(putBytes(bytes, at, NO_SEGMENTS));
    return;
  }
  out.commit(putBytes(bytes, at, SEGMENTS));
  out.text(JSON.stringify(clock.segments));
  out.byte(CLOSE);
}

/**
 * Writes one output line of `tandem sla` (without its line break): the result with the record's
 * `id` in front, or its `line` when it has none — the bytes of
 * `JSON.stringify({ id, ...result })`.
 *
 * @example
 * writeSlaLine(out, 'T-1', 1, computer(history, now)); // {"id":"T-1","policyId":"standard",…}
 */
export function writeSlaLine(
  out: OutputBytes,
  id: string | number | undefined,
  line: number,
  result: SlaResult,
): void {
  if (id === undefined) {
    out.fragment(LINE);
    out.number(line);
  } else {
    out.fragment(ID);
    if (typeof id === 'string') out.string(id);
    else out.number(id);
  }
  writeSlaResult(out, result);
}

/**
 * Writes the rest of an output line after its `{"id":…` (or `{"line":…`): the result's keys
 * and the closing brace.
 *
 * @example
 * out.fragment(ID_OPEN); out.string(id); writeSlaResult(out, result);
 */
export function writeSlaResult(out: OutputBytes, result: SlaResult): void {
  const policy = quoted(result.policyId);
  const priority = quoted(result.priority);
  const party = result.partyId === undefined ? undefined : quoted(result.partyId);
  const room =
    POLICY.length +
    policy.length +
    PRIORITY.length +
    priority.length +
    (party ? PARTY.length + party.length : 0) +
    PAUSED_FALSE.length +
    RESOLVED_FALSE.length +
    CLOCKS.length;
  const bytes = out.reserve(room);
  let at = putBytes(bytes, out.size, POLICY);
  at = putBytes(bytes, at, policy);
  at = putBytes(bytes, at, PRIORITY);
  at = putBytes(bytes, at, priority);
  if (party) {
    at = putBytes(bytes, at, PARTY);
    at = putBytes(bytes, at, party);
  }
  at = putBytes(bytes, at, result.paused ? PAUSED_TRUE : PAUSED_FALSE);
  at = putBytes(bytes, at, result.resolved ? RESOLVED_TRUE : RESOLVED_FALSE);
  out.commit(putBytes(bytes, at, CLOCKS));
  let first = true;
  for (const kind of SLA_TARGET_KINDS) {
    const clock = result.clocks[kind];
    if (clock === undefined) continue;
    if (!first) out.byte(COMMA);
    first = false;
    writeClock(out, kind, clock);
  }
  out.byte(CLOSE);
  out.byte(CLOSE);
}
