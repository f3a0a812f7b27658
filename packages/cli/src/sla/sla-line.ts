import {
  SLA_TARGET_KINDS,
  type SlaClock,
  type SlaResult,
  type SlaTargetKind,
  type SlaWarning,
} from '@tandem/core/sla';
import {
  NUMBER_ROOM,
  type OutputBytes,
  putBytes,
  putNumber,
  putWords,
  WORDS_SLACK,
  type Words,
  wordsOf,
} from '../ndjson/output-bytes';

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

const key = (name: string) => wordsOf(bytesOf(`,"${name}":`));
const REMAINING = key('remainingMinutes');
const PERCENT = key('percent');
const STARTED = key('startedAt');
const DUE = key('dueAt');
const STOPPED = key('stoppedAt');
const BREACHED_AT = key('breachedAt');
const BREACHES = key('breaches');
const WARNINGS = wordsOf(bytesOf(',"warnings":['));
const SEGMENTS = bytesOf('],"segments":');
const NO_SEGMENTS = wordsOf(bytesOf('],"segments":[]}'));
const WARNING_OPEN = wordsOf(bytesOf('{"percent":'));
const WARNING_AT = key('at');
const REACHED_TRUE = wordsOf(bytesOf(',"reached":true}'));
const REACHED_FALSE = wordsOf(bytesOf(',"reached":false}'));
const ID = bytesOf('{"id":');
const LINE = bytesOf('{"line":');
const NULL = wordsOf(bytesOf('null'));
const COMMA = 0x2c;
const CLOSE = 0x7d;

// The most bytes of a clock besides its head, strings, warnings and segments: its keys after
// the head and nine numbers; and of a warning.
const CLOCK_ROOM =
  [REMAINING, PERCENT, STARTED, DUE, STOPPED, BREACHED_AT, BREACHES]
    .map((name) => name.length + NUMBER_ROOM)
    .reduce((a, b) => a + b) +
  NUMBER_ROOM +
  WARNINGS.length +
  NO_SEGMENTS.length;
const WARNING_ROOM =
  1 + WARNING_OPEN.length + WARNING_AT.length + 2 * NUMBER_ROOM + REACHED_FALSE.length;

// Runs of bytes that only a few values make, each made once and then copied whole: a
// clock's first bytes up to its elapsed minutes (by kind, state, calendar and target) —
// `"response":{"kind":"response","state":"met","calendarId":"office","targetMinutes":60,
// "elapsedMinutes":` — and a result's after its id (by policy, priority, party, paused and
// resolved). Kept in a tree of maps, a level per value, and cleared when full: priorities,
// parties and their calendars come from the tickets.
type Runs = Map<unknown, unknown>;
const RUNS_KEPT = 4096;
let runsKept = 0;
let clockHeads: Runs = new Map();
let resultHeads: Runs = new Map();

function below(runs: Runs, key: unknown): Runs {
  let next = runs.get(key) as Runs | undefined;
  if (next === undefined) {
    next = new Map();
    runs.set(key, next);
  }
  return next;
}

// Keeps a new run under `key`, the tree started over first when full.
function kept(runs: Runs, key: unknown, text: string): Uint8Array {
  const run = bytesOf(text);
  if (runsKept >= RUNS_KEPT) {
    // The maps of this tree go with the rest; the run is used this once.
    clockHeads = new Map();
    resultHeads = new Map();
    runsKept = 0;
    return run;
  }
  runs.set(key, run);
  runsKept++;
  return run;
}

const json = (value: unknown) => JSON.stringify(value);

function clockHeadText(kind: SlaTargetKind, clock: SlaClock): string {
  return `${json(kind)}:{"kind":${json(clock.kind)},"state":${json(clock.state)},"calendarId":${json(clock.calendarId)},"targetMinutes":${json(clock.targetMinutes)},"elapsedMinutes":`;
}

function clockHead(kind: SlaTargetKind, clock: SlaClock): Uint8Array {
  if (clock.kind !== kind) return bytesOf(clockHeadText(kind, clock));
  const runs = below(below(below(clockHeads, kind), clock.state), clock.calendarId);
  const run = runs.get(clock.targetMinutes) as Uint8Array | undefined;
  return run ?? kept(runs, clock.targetMinutes, clockHeadText(kind, clock));
}

function resultHead(result: SlaResult): Uint8Array {
  const { policyId, priority, partyId, paused, resolved } = result;
  const runs = below(below(below(resultHeads, policyId), priority), partyId);
  const flags = (paused ? 2 : 0) + (resolved ? 1 : 0);
  const run = runs.get(flags) as Uint8Array | undefined;
  if (run !== undefined) return run;
  const party = partyId === undefined ? '' : `,"partyId":${json(partyId)}`;
  const text = `,"policyId":${json(policyId)},"priority":${json(priority)}${party},"paused":${paused},"resolved":${resolved},"clocks":{`;
  return kept(runs, flags, text);
}

// `key` then the number (or null).
function numberAt(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  name: Words,
  value: number | null,
): number {
  const end = putWords(view, at, name);
  return value === null ? putWords(view, end, NULL) : putNumber(bytes, end, value);
}

function writeClock(out: OutputBytes, kind: SlaTargetKind, clock: SlaClock) {
  const head = clockHead(kind, clock);
  const warnings = clock.warnings;
  const room = CLOCK_ROOM + head.length + warnings.length * WARNING_ROOM;
  const bytes = out.reserve(room + WORDS_SLACK);
  const view = out.view();
  let at = putBytes(bytes, out.size, head);
  at = putNumber(bytes, at, clock.elapsedMinutes);
  at = numberAt(bytes, view, at, REMAINING, clock.remainingMinutes);
  at = numberAt(bytes, view, at, PERCENT, clock.percent);
  at = numberAt(bytes, view, at, STARTED, clock.startedAt);
  at = numberAt(bytes, view, at, DUE, clock.dueAt);
  at = numberAt(bytes, view, at, STOPPED, clock.stoppedAt);
  at = numberAt(bytes, view, at, BREACHED_AT, clock.breachedAt);
  at = numberAt(bytes, view, at, BREACHES, clock.breaches);
  at = putWords(view, at, WARNINGS);
  for (let i = 0; i < warnings.length; i++) {
    const warning = warnings[i] as SlaWarning;
    if (i > 0) bytes[at++] = COMMA;
    at = putWords(view, at, WARNING_OPEN);
    at = putNumber(bytes, at, warning.percent);
    at = numberAt(bytes, view, at, WARNING_AT, warning.at);
    at = putWords(view, at, warning.reached ? REACHED_TRUE : REACHED_FALSE);
  }
  if (clock.segments.length === 0) {
    out.commit(putWords(view, at, NO_SEGMENTS));
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
  out.fragment(resultHead(result));
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
