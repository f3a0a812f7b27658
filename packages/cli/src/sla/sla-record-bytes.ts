// `tandem sla` reads a million records, nearly all in the one form PSAs and scripts write:
// `{"id":"T-1","history":[{"type":"created","at":"2026-03-02T09:00:00.000Z",…},…]}` — no
// spaces, no escapes, UTC instants. Decoding each to a string, JSON.parse and reading every
// instant's text cost about a quarter of the run. This reads that form straight from the bytes:
// the record's id and its events with instants already in epoch ms — the values JSON.parse and
// the date reading would give. Anything else (a space, an escape, another key, a number where
// text is expected, any other date form) answers `undefined`, and the record takes the text
// path, which also words the issues.

import type { ShapedTicketEvent } from '@tandem/core/sla/bulk';

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const MINUS = 0x2d;
const RETURN = 0x0d;
const ZERO = 0x30;

const encoder = new TextEncoder();

/**
 * The id and events of a record, as JSON.parse would read them (instants in epoch ms), each
 * event's keys in the one order `parseShapedTicketHistoryInBulk` takes.
 */
export interface SlaRecordBytes {
  readonly id: string | number | undefined;
  readonly history: ShapedTicketEvent[];
}

// The keys an event may have here, each its bytes with quotes and colon (`"type":`).
const EVENT_KEYS = ['type', 'at', 'priority', 'status', 'partyId', 'by'] as const;
const EVENT_KEY_BYTES = EVENT_KEYS.map((key) => encoder.encode(`"${key}":`));
const [TYPE, AT, PRIORITY, STATUS, PARTY, BY] = [0, 1, 2, 3, 4, 5] as const;
const ID_KEY = encoder.encode('"id":');
const HISTORY_KEY = encoder.encode('"history":');
const NULL = encoder.encode('null');

/**
 * Reads `bytes[start, end)` as an SLA record in the plain form, or `undefined` when it is in any
 * other (which JSON.parse must then read).
 *
 * @example
 * readSlaRecordBytes(utf8('{"id":"T-1","history":[]}'), 0, 26, strings); // { id: 'T-1', history: [] }
 */
export function readSlaRecordBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  strings: StringCache,
): SlaRecordBytes | undefined {
  let stop = end;
  if (stop > start && bytes[stop - 1] === RETURN) stop--;
  if (bytes[start] !== OPEN_OBJECT || bytes[stop - 1] !== CLOSE_OBJECT) return undefined;
  let at = start + 1;
  let id: string | number | undefined;
  let history: ShapedTicketEvent[] | undefined;
  for (;;) {
    if (id === undefined && matches(bytes, at, ID_KEY)) {
      at += ID_KEY.length;
      if (bytes[at] === QUOTE) {
        const close = plainStringEnd(bytes, at + 1, stop);
        if (close < 0) return undefined;
        id = latin1(bytes, at + 1, close);
        at = close + 1;
      } else {
        const close = integerEnd(bytes, at, stop);
        if (close < 0) return undefined;
        id = Number(latin1(bytes, at, close));
        at = close;
      }
    } else if (history === undefined && matches(bytes, at, HISTORY_KEY)) {
      at += HISTORY_KEY.length;
      history = [];
      at = readEvents(bytes, at, stop, strings, history);
      if (at < 0) return undefined;
    } else return undefined;
    if (bytes[at] === COMMA) at++;
    else break;
  }
  if (at !== stop - 1 || history === undefined) return undefined;
  return { id, history };
}

// Reads `[{…},…]` at `at` into `events`; answers the index after `]`, or -1.
function readEvents(
  bytes: Uint8Array,
  from: number,
  stop: number,
  strings: StringCache,
  events: ShapedTicketEvent[],
): number {
  let at = from;
  if (bytes[at++] !== OPEN_LIST) return -1;
  if (bytes[at] === CLOSE_LIST) return at + 1;
  for (;;) {
    if (bytes[at++] !== OPEN_OBJECT) return -1;
    // The fields in locals (no array per event), then one object in one key order: every
    // event of a type then shares its shape (the values are what JSON.parse gives; the core
    // orders keys itself).
    let type: string | undefined;
    let priority: string | undefined;
    let status: string | undefined;
    let party: string | null | undefined;
    let by: string | undefined;
    let ms = Number.NaN;
    let seen = 0;
    for (;;) {
      const key = eventKeyAt(bytes, at);
      if (key < 0 || seen & (1 << key)) return -1;
      seen |= 1 << key;
      at += (EVENT_KEY_BYTES[key] as Uint8Array).length;
      if (bytes[at] === QUOTE) {
        // An instant's closing quote is where its form puts it; `utcInstantMsOf` then checks
        // every byte between (a quote or backslash there is no digit, so it fails as well).
        const close =
          key === AT && bytes[at + 21] === QUOTE && at + 21 < stop
            ? at + 21
            : key === AT && bytes[at + 25] === QUOTE && at + 25 < stop
              ? at + 25
              : plainStringEnd(bytes, at + 1, stop);
        if (close < 0) return -1;
        if (key === AT) {
          ms = utcInstantMsOf(bytes, at + 1, close) ?? Number.NaN;
          if (Number.isNaN(ms)) return -1;
        } else {
          const text = strings.get(bytes, at + 1, close);
          if (key === TYPE) type = text;
          else if (key === PRIORITY) priority = text;
          else if (key === STATUS) status = text;
          else if (key === PARTY) party = text;
          else by = text;
        }
        at = close + 1;
      } else if (key === PARTY && matches(bytes, at, NULL)) {
        party = null;
        at += NULL.length;
      } else return -1;
      if (bytes[at] === COMMA) at++;
      else break;
    }
    if (bytes[at++] !== CLOSE_OBJECT || !(seen & (1 << TYPE)) || !(seen & (1 << AT))) return -1;
    events.push(eventOf(seen, type as string, ms, priority, status, party, by));
    if (bytes[at] === COMMA) at++;
    else break;
  }
  return bytes[at] === CLOSE_LIST ? at + 1 : -1;
}

const [WITH_PRIORITY, WITH_STATUS, WITH_PARTY] = [1 << PRIORITY, 1 << STATUS, 1 << PARTY];
const BARE = (1 << TYPE) | (1 << AT);

// The event with the keys seen, in EVENT_KEYS' order. The usual shapes are object literals of
// their own — their fields in the object, no property store grown key by key.
function eventOf(
  seen: number,
  type: string,
  at: number,
  priority: string | undefined,
  status: string | undefined,
  partyId: string | null | undefined,
  by: string | undefined,
): ShapedTicketEvent {
  switch (seen) {
    case BARE:
      return { type, at } as ShapedTicketEvent;
    case BARE | WITH_PRIORITY:
      return { type, at, priority } as ShapedTicketEvent;
    case BARE | WITH_STATUS:
      return { type, at, status } as ShapedTicketEvent;
    case BARE | WITH_PARTY:
      return { type, at, partyId } as ShapedTicketEvent;
    case BARE | WITH_PRIORITY | WITH_PARTY:
      return { type, at, priority, partyId } as ShapedTicketEvent;
    case BARE | WITH_PRIORITY | WITH_STATUS | WITH_PARTY:
      return { type, at, priority, status, partyId } as ShapedTicketEvent;
  }
  const event: Record<string, unknown> = { type, at };
  if (seen & WITH_PRIORITY) event.priority = priority;
  if (seen & WITH_STATUS) event.status = status;
  if (seen & WITH_PARTY) event.partyId = partyId;
  if (seen & (1 << BY)) event.by = by;
  return event as unknown as ShapedTicketEvent;
}

// The index in EVENT_KEYS of the key at `at` (its quotes and colon included), or -1.
function eventKeyAt(bytes: Uint8Array, at: number): number {
  // The first letter tells all keys apart but `priority` and `partyId`.
  const letter = bytes[at + 1];
  const key =
    letter === 0x74
      ? TYPE
      : letter === 0x61
        ? AT
        : letter === 0x70
          ? bytes[at + 2] === 0x72
            ? PRIORITY
            : PARTY
          : letter === 0x73
            ? STATUS
            : letter === 0x62
              ? BY
              : -1;
  return key >= 0 && matches(bytes, at, EVENT_KEY_BYTES[key] as Uint8Array) ? key : -1;
}

function matches(bytes: Uint8Array, at: number, piece: Uint8Array): boolean {
  for (let i = 0; i < piece.length; i++) if (bytes[at + i] !== piece[i]) return false;
  return true;
}

// The index of the closing quote of a string of printable ASCII without escapes from `at`, or
// -1 (an escape, a control character or any non-ASCII byte: JSON.parse reads those).
function plainStringEnd(bytes: Uint8Array, from: number, stop: number): number {
  for (let at = from; at < stop; at++) {
    const c = bytes[at] as number;
    if (c === QUOTE) return at;
    if (c < 0x20 || c >= 0x7f || c === 0x5c) return -1;
  }
  return -1;
}

// The end of a JSON integer of up to 15 digits (exact as a double) from `at`, or -1.
function integerEnd(bytes: Uint8Array, from: number, stop: number): number {
  let at = from;
  if (bytes[at] === MINUS) at++;
  const first = at;
  while (at < stop && isDigit(bytes[at] as number)) at++;
  const digits = at - first;
  if (digits === 0 || digits > 15 || (digits > 1 && bytes[first] === ZERO)) return -1;
  return at;
}

const isDigit = (c: number) => c >= ZERO && c <= ZERO + 9;

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let at = from; at < to; at++) text += String.fromCharCode(bytes[at] as number);
  return text;
}

function num(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let at = from; at < to; at++) {
    const c = bytes[at] as number;
    if (!isDigit(c)) return Number.NaN;
    n = n * 10 + c - ZERO;
  }
  return n;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.mmmZ` in `bytes[from, to)` — the
 * core's reading of that form (`Date.UTC`, years from 100, real dates only) — else `undefined`.
 *
 * @example
 * utcInstantMsOf(utf8('2026-03-02T09:00:00Z'), 0, 20); // 1772442000000
 */
export function utcInstantMsOf(bytes: Uint8Array, from: number, to: number): number | undefined {
  const length = to - from;
  if (length !== 20 && length !== 24) return undefined;
  // The time of day: `HH:MM:SS`, then `Z` or `.mmmZ`. A non-digit makes a value out of range
  // (`digit` answers 1000 for one), which fails the checks below.
  if (
    bytes[from + 10] !== 0x54 ||
    bytes[from + 13] !== 0x3a ||
    bytes[from + 16] !== 0x3a ||
    bytes[to - 1] !== 0x5a ||
    (length === 24 && bytes[from + 19] !== 0x2e)
  ) {
    return undefined;
  }
  const hour = twoDigits(bytes, from + 11);
  const minute = twoDigits(bytes, from + 14);
  const second = twoDigits(bytes, from + 17);
  const ms =
    length === 24 ? twoDigits(bytes, from + 20) * 10 + digit(bytes[from + 22] as number) : 0;
  if (!(hour <= 23 && minute <= 59 && second <= 59 && ms <= 999)) return undefined;
  // Events of a ticket mostly fall on a few days: a day's start is worked out (and its date
  // checked) once, then known by its ten bytes.
  let day = lastDay;
  let same = lastDateBytes[0] !== 0;
  for (let i = 0; same && i < 10; i++) same = bytes[from + i] === lastDateBytes[i];
  if (!same) {
    const start = dayStartOf(bytes, from);
    if (start === undefined) return undefined;
    for (let i = 0; i < 10; i++) lastDateBytes[i] = bytes[from + i] as number;
    lastDay = start;
    day = start;
  }
  return day + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}
// The last date read (`YYYY-MM-DD`, zeros at first: no date) and its start in epoch ms.
const lastDateBytes = new Uint8Array(10);
let lastDay = 0;

// A digit's value, or 1000 for any other byte (so that any field with one fails its range check).
const digit = (c: number) => (c >= ZERO && c <= ZERO + 9 ? c - ZERO : 1000);
const twoDigits = (bytes: Uint8Array, at: number) =>
  digit(bytes[at] as number) * 10 + digit(bytes[at + 1] as number);

// Epoch ms of the start of the day `YYYY-MM-DD` at `from` (years from 100, real dates only,
// as the core reads them), or undefined.
function dayStartOf(bytes: Uint8Array, from: number): number | undefined {
  if (bytes[from + 4] !== MINUS || bytes[from + 7] !== MINUS) return undefined;
  const year = num(bytes, from, from + 4);
  const month = num(bytes, from + 5, from + 7);
  const day = num(bytes, from + 8, from + 10);
  // NaN (a non-digit) fails every comparison below.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= days)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/**
 * Strings read from bytes, kept by their bytes: an event's type, priority, status and party
 * repeat across a million records, so each is made once rather than once per event.
 *
 * @example
 * const strings = stringCache();
 * strings.get(bytes, 10, 17); // 'created', the same string every time
 */
export interface StringCache {
  get(bytes: Uint8Array, from: number, to: number): string;
}

/**
 * A `StringCache` of at most `limit` strings (cleared when full, so a stream of made-up values
 * cannot grow it).
 *
 * @example
 * const strings = stringCache(4096);
 */
export function stringCache(limit = 4096): StringCache {
  const byHash = new Map<number, string>();
  return {
    get(bytes, from, to) {
      // FNV-1a over the bytes, the length mixed in.
      let hash = 0x811c9dc5 ^ (to - from);
      for (let at = from; at < to; at++) hash = Math.imul(hash ^ (bytes[at] as number), 0x01000193);
      const known = byHash.get(hash);
      if (known !== undefined && known.length === to - from) {
        let same = true;
        for (let i = 0; same && i < known.length; i++) {
          same = known.charCodeAt(i) === bytes[from + i];
        }
        if (same) return known;
      }
      const text = latin1(bytes, from, to);
      if (byHash.size >= limit) byHash.clear();
      byHash.set(hash, text);
      return text;
    },
  };
}
