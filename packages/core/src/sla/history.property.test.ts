import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTicketHistory } from './history';
import {
  parseShapedTicketHistoryInBulk,
  parseTicketHistoryInBulk,
  type ShapedTicketEvent,
  utcInstantMs,
} from './history-fast';

// The bulk reader's hand-written check must be invisible: same values (keys in the same order),
// same issues, on well-formed histories and on every way a record can be slightly wrong.

const BASE = Date.UTC(2026, 2, 2, 9);
const id = fc.oneof(
  fc.constantFrom('P1', 'P2', 'msp', 'internal', 'waiting'),
  fc.string({ minLength: 0, maxLength: 3 }),
  fc.constant('x'.repeat(201)),
);
const iso = (ms: number) => new Date(ms).toISOString();
const at = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 48 }).map((h) => BASE + h * 3_600_000) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 48 }).map((h) => iso(BASE + h * 3_600_000)) },
  fc.constantFrom(
    '2026-03-02T09:00Z',
    '2026-03-02T10:00:00+01:00',
    '2026-03-02t09:00:00.5z',
    '2026-13-02T09:00:00Z',
    '2026-03-02T09:00:00',
    '2026-03-02',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    9e15,
    -0,
    1.5,
    null,
  ),
);
const types = fc.constantFrom(
  'created',
  'priority',
  'status',
  'assigned',
  'responded',
  'planned',
  'updated',
  'resolved',
  'reopened',
  'escalated',
);
// An optional field: mostly absent, sometimes a value, an id, or explicitly `undefined`.
const field = (value: fc.Arbitrary<unknown>) =>
  fc.option(fc.oneof(value, fc.constant(undefined), fc.integer()), { nil: Symbol.for('absent') });

const event = fc
  .record({
    type: fc.oneof({ weight: 9, arbitrary: types }, fc.constant(undefined), fc.integer()),
    at,
    priority: field(id),
    status: field(id),
    partyId: field(fc.oneof(id, fc.constant(null))),
    by: field(id),
    extra: fc.option(fc.string(), { freq: 8, nil: Symbol.for('absent') }),
  })
  .map((record) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (value !== Symbol.for('absent')) out[key] = value;
    }
    return out;
  });

const goodAt = fc.oneof(
  fc.integer({ min: 0, max: 48 }).map((h) => BASE + h * 3_600_000),
  fc.integer({ min: 0, max: 48 }).map((h) => iso(BASE + h * 3_600_000)),
);
const goodId = fc.constantFrom('P1', 'P2', 'msp', 'waiting');
const goodEvent = fc.oneof(
  fc.record({ type: fc.constant('priority'), at: goodAt, priority: goodId }),
  fc.record({ type: fc.constant('status'), at: goodAt, status: goodId, by: goodId }),
  fc.record({ type: fc.constant('assigned'), at: goodAt, partyId: fc.constantFrom('msp', null) }),
  fc.record(
    { type: fc.constantFrom('responded', 'resolved', 'updated'), at: goodAt, by: goodId },
    { requiredKeys: ['type', 'at'] },
  ),
);
const wellFormed = fc
  .tuple(
    fc.record(
      {
        type: fc.constant('created'),
        at: goodAt,
        priority: goodId,
        status: goodId,
        partyId: goodId,
      },
      { requiredKeys: ['type', 'at', 'priority'] },
    ),
    fc.array(goodEvent, { maxLength: 6 }),
  )
  .map(([created, rest]) => [created, ...rest]);

// A history that is mostly well formed: a `created` first, then events of the right shape.
const plausible = fc
  .tuple(
    fc.record({ at: fc.integer({ min: 0, max: 4 }).map((h) => BASE + h * 3_600_000), p: id }),
    fc.array(event, { maxLength: 6 }),
  )
  .map(([created, rest]) => [{ type: 'created', at: created.at, priority: created.p }, ...rest]);

const input = fc.oneof(
  { weight: 6, arbitrary: wellFormed },
  { weight: 6, arbitrary: plausible },
  { weight: 2, arbitrary: fc.array(event, { maxLength: 6 }) },
  fc.anything(),
  fc.array(fc.anything(), { maxLength: 3 }),
  plausible.map((list) => [...list, Object.assign(Object.create(null), list[0])]),
);

const keysOf = (result: ReturnType<typeof parseTicketHistory>) =>
  result.ok ? result.value.map((e) => Object.keys(e)) : undefined;

describe('parseTicketHistoryInBulk', () => {
  it('gives exactly what parseTicketHistory (the schema alone) gives, values, key order and issues', () => {
    const seen = { ok: 0, bad: 0 };
    fc.assert(
      fc.property(input, (value) => {
        const fast = parseTicketHistoryInBulk(value);
        const reference = parseTicketHistory(value);
        expect(fast).toStrictEqual(reference);
        expect(keysOf(fast)).toEqual(keysOf(reference));
        seen[fast.ok ? 'ok' : 'bad']++;
      }),
      { numRuns: 400 },
    );
    // Not vacuous: both well-formed and broken histories were compared.
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.bad).toBeGreaterThan(20);
  });
});

const SHAPE_KEYS = ['type', 'at', 'priority', 'status', 'partyId', 'by'];

// The events as a byte reader shapes them (keys in one order, instants in ms), when they fit
// that shape at all.
function shaped(value: unknown): ShapedTicketEvent[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const events: ShapedTicketEvent[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const e = item as Record<string, unknown>;
    if (Object.keys(e).some((key) => !SHAPE_KEYS.includes(key))) return undefined;
    const at = typeof e.at === 'string' ? Date.parse(e.at) : e.at;
    if (typeof e.type !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) {
      return undefined;
    }
    const event: Record<string, unknown> = { type: e.type, at };
    for (const key of SHAPE_KEYS.slice(2)) {
      const field = e[key];
      if (!(key in e)) continue;
      if (!(typeof field === 'string' || (key === 'partyId' && field === null))) return undefined;
      event[key] = field;
    }
    events.push(event as unknown as ShapedTicketEvent);
  }
  return events;
}

describe('parseShapedTicketHistoryInBulk', () => {
  it('gives what parseTicketHistory gives for every history it accepts, and accepts every valid one', () => {
    const seen = { ok: 0, left: 0 };
    fc.assert(
      fc.property(input, (value) => {
        const events = shaped(value);
        if (!events) return;
        const fast = parseShapedTicketHistoryInBulk(events);
        const reference = parseTicketHistory(value);
        if (reference.ok) {
          expect(fast).toStrictEqual(reference.value);
          expect(fast?.map((e) => Object.keys(e))).toEqual(keysOf(reference));
          seen.ok++;
        } else {
          expect(fast).toBeUndefined();
          seen.left++;
        }
      }),
      { numRuns: 1000 },
    );
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.left).toBeGreaterThan(20);
  });
});

describe('utcInstantMs', () => {
  it('reads every toISOString text of years 100–9999 as Date.parse does', () => {
    fc.assert(
      fc.property(
        // 0100-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
        fc.integer({ min: -59_011_459_200_000, max: 253_402_300_799_999 }),
        fc.boolean(),
        (ms, millis) => {
          const text = new Date(ms).toISOString();
          const form = millis ? text : `${text.slice(0, 19)}Z`;
          expect(utcInstantMs(form)).toBe(Date.parse(form));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads nothing Date.parse would read otherwise, impossible dates included', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const text = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(19),
        two(39),
        two(29),
        two(69),
        two(69),
        fc.constantFrom('', '.000', '.5', '.999', '.1234'),
        fc.constantFrom('Z', 'z', '+00:00', ''),
      )
      .map(([y, mo, d, h, mi, s, frac, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`);
    let read = 0;
    fc.assert(
      fc.property(text, (value) => {
        const ms = utcInstantMs(value);
        if (ms === undefined) return;
        read++;
        expect(ms).toBe(Date.parse(value));
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(20);
  });
});
