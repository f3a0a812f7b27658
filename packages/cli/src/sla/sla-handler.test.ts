import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slaRecordSchema, wellFormedEnvelope } from './sla-handler';

const id = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(200)),
  fc.constant('x'.repeat(201)),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
);
const attributes = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue()),
  fc.array(fc.string()),
  fc.constant(null),
  fc.string(),
);
// JSON-shaped records: keys present or absent, right or wrong types, an extra key now and then.
const record = fc
  .record({ id, history: fc.jsonValue(), attributes, other: fc.jsonValue() }, { requiredKeys: [] })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('wellFormedEnvelope', () => {
  it('accepts only what the schema accepts, and reads it as the schema does', () => {
    const seen = { quick: 0, schema: 0 };
    fc.assert(
      fc.property(fc.oneof(record, fc.jsonValue()), (value) => {
        const quick = wellFormedEnvelope(value);
        if (!quick) {
          seen.schema++;
          return;
        }
        seen.quick++;
        const parsed = slaRecordSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        const { id, history, attributes } = parsed.data ?? {};
        expect(quick).toEqual({ id, history, attributes });
      }),
      { numRuns: 500 },
    );
    // Not vacuous: both ways were taken.
    expect(seen.quick).toBeGreaterThan(20);
    expect(seen.schema).toBeGreaterThan(20);
  });
});
