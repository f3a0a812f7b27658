import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributedClocks, attributionComputer } from './attribution';
import type { SlaPolicy } from './policy';
import { oracleAttributedClocks } from './testing/attribution-oracle';
import { calendars, HOUR, history, parties, policy } from './testing/random-tickets';

// One attribution computer held over many tickets must give each what the attribution as first
// written (one lookup per ticket and clock, kept in testing/attribution-oracle.ts) gives it alone:
// the same values, in the same key order (hosts serialise them).

const withUpdates: SlaPolicy = {
  ...policy,
  priorities: {
    ...policy.priorities,
    P1: { response: { minutes: 30 }, resolution: { minutes: 240 }, update: { minutes: 60 } },
  },
};

describe('attributionComputer over many random histories', () => {
  it('gives every ticket what the original attribution gives it alone, key order included', () => {
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 72 * HOUR }),
        fc.constantFrom(policy, withUpdates),
        fc.boolean(),
        (tickets, offset, chosen, withParties) => {
          const options = withParties ? { calendars, parties } : { calendars };
          const bulk = attributionComputer(chosen, options);
          for (const events of tickets) {
            const at = (events[0]?.at ?? 0) + offset;
            const expected = oracleAttributedClocks(chosen, events, at, options);
            const got = bulk(events, at);
            expect(got).toStrictEqual(expected);
            expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
            expect(attributedClocks(chosen, events, at, options)).toStrictEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
