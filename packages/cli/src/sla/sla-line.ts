import {
  SLA_TARGET_KINDS,
  type SlaClock,
  type SlaResult,
  type SlaTargetKind,
  type SlaWarning,
} from '@tandem/core/sla';
import type { OutputBytes } from '../ndjson/output-bytes';

// `tandem sla` writes a million results of one fixed shape: JSON.stringify, then encoding the
// string, cost more than computing them. This writes the same bytes — keys in the order the
// core builds them, numbers and strings as JSON.stringify writes them — straight into the
// batch's output; only timeline segments (an option) go through JSON.stringify.

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
const KIND = bytesOf(':{"kind":');
const STATE = key('state');
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
const POLICY = key('policyId');
const PRIORITY = key('priority');
const PARTY = key('partyId');
const PAUSED = key('paused');
const RESOLVED = key('resolved');
const CLOCKS = bytesOf(',"clocks":{');
const WARNING_OPEN = bytesOf('{"percent":');
const WARNING_AT = key('at');
const WARNING_REACHED = key('reached');
const ID = bytesOf('{"id":');
const LINE = bytesOf('{"line":');
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const NULL = bytesOf('null');
const COMMA = 0x2c;
const CLOSE = 0x7d;

// A key (its comma and colon included) and its value.
function numberAt(out: OutputBytes, name: Uint8Array, value: number | null) {
  out.fragment(name);
  if (value === null) out.fragment(NULL);
  else out.number(value);
}
function stringAt(out: OutputBytes, name: Uint8Array, value: string) {
  out.fragment(name);
  out.string(value);
}
function booleanAt(out: OutputBytes, name: Uint8Array, value: boolean) {
  out.fragment(name);
  out.fragment(value ? TRUE : FALSE);
}

function writeWarnings(out: OutputBytes, warnings: readonly SlaWarning[]) {
  for (let i = 0; i < warnings.length; i++) {
    const warning = warnings[i] as SlaWarning;
    if (i > 0) out.byte(COMMA);
    out.fragment(WARNING_OPEN);
    out.number(warning.percent);
    numberAt(out, WARNING_AT, warning.at);
    booleanAt(out, WARNING_REACHED, warning.reached);
    out.byte(CLOSE);
  }
}

function writeClock(out: OutputBytes, kind: SlaTargetKind, clock: SlaClock) {
  if (clock.kind === kind) out.fragment(CLOCK_OPEN.get(kind) as Uint8Array);
  else {
    out.string(kind);
    out.fragment(KIND);
    out.string(clock.kind);
    out.fragment(STATE);
  }
  out.string(clock.state);
  stringAt(out, CALENDAR, clock.calendarId);
  numberAt(out, TARGET, clock.targetMinutes);
  numberAt(out, ELAPSED, clock.elapsedMinutes);
  numberAt(out, REMAINING, clock.remainingMinutes);
  numberAt(out, PERCENT, clock.percent);
  numberAt(out, STARTED, clock.startedAt);
  numberAt(out, DUE, clock.dueAt);
  numberAt(out, STOPPED, clock.stoppedAt);
  numberAt(out, BREACHED_AT, clock.breachedAt);
  numberAt(out, BREACHES, clock.breaches);
  out.fragment(WARNINGS);
  writeWarnings(out, clock.warnings);
  if (clock.segments.length === 0) out.fragment(NO_SEGMENTS);
  else {
    out.fragment(SEGMENTS);
    out.text(JSON.stringify(clock.segments));
    out.byte(CLOSE);
  }
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
  stringAt(out, POLICY, result.policyId);
  stringAt(out, PRIORITY, result.priority);
  if (result.partyId !== undefined) stringAt(out, PARTY, result.partyId);
  booleanAt(out, PAUSED, result.paused);
  booleanAt(out, RESOLVED, result.resolved);
  out.fragment(CLOCKS);
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
