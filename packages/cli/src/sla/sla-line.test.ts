import { SLA_TARGET_KINDS, type SlaClock, type SlaResult } from '@tandem/core/sla';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputBytes } from '../ndjson/output-bytes';
import { writeSlaLine } from './sla-line';

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  fc.integer({ min: -100_000, max: 100_000 }),
);
const instant = fc.oneof(number, fc.constant(null));
const clock = (kind: SlaClock['kind']) =>
  fc.record({
    kind: fc.constant(kind),
    state: fc.constantFrom('running', 'paused', 'met', 'breached'),
    calendarId: text,
    targetMinutes: number,
    elapsedMinutes: number,
    remainingMinutes: number,
    percent: number,
    startedAt: number,
    dueAt: instant,
    stoppedAt: instant,
    breachedAt: instant,
    breaches: fc.nat(),
    warnings: fc.array(fc.record({ percent: number, at: number, reached: fc.boolean() }), {
      maxLength: 4,
    }),
    segments: fc.array(
      fc.record(
        {
          from: number,
          to: number,
          state: fc.constantFrom('open', 'closed', 'paused'),
          priority: text,
          partyId: text,
          projected: fc.constant(true),
        },
        { requiredKeys: ['from', 'to', 'state', 'priority'] },
      ),
      { maxLength: 3 },
    ),
  }) as fc.Arbitrary<SlaClock>;
const clocks = fc
  .subarray([...SLA_TARGET_KINDS])
  .chain((kinds) => fc.tuple(...kinds.map((kind) => clock(kind))))
  .map((list) => Object.fromEntries(list.map((c) => [c.kind, c])));
const result = fc.record(
  {
    policyId: text,
    priority: text,
    partyId: text,
    paused: fc.boolean(),
    resolved: fc.boolean(),
    clocks,
  },
  { requiredKeys: ['policyId', 'priority', 'paused', 'resolved', 'clocks'] },
) as fc.Arbitrary<SlaResult>;
const id = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.constant(undefined));

describe('writeSlaLine', () => {
  it('writes the bytes of JSON.stringify({ id, ...result }), or { line, ...result } without an id', () => {
    fc.assert(
      fc.property(id, fc.integer({ min: 1 }), result, (id, line, sla) => {
        const out = outputBytes(16);
        writeSlaLine(out, id, line, sla);
        const key = id === undefined ? { line } : { id };
        expect(new TextDecoder().decode(out.take())).toBe(JSON.stringify({ ...key, ...sla }));
      }),
      { numRuns: 400 },
    );
  });
});
