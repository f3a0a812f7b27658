import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFromConnectWise } from './connectwise/calendar';
import { policyFromConnectWise } from './connectwise/sla';
import { connectwiseTicketHistory } from './connectwise/ticket';
import {
  connectwiseAuditSchema,
  connectwiseTicketSchema,
  isConnectWiseAudit,
  isConnectWiseTicket,
} from './connectwise/ticket-schema';
import { cwAudit, cwTicket } from './fixtures/connectwise';

// Arbitrary JSON, and the fixtures with arbitrary JSON put in at any one place.
const json = fc.jsonValue({ maxDepth: 4 });
const mutated = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(base)), json)
    .map(([key, value]) => ({ ...base, [key]: value }));

describe('PSA adapters on arbitrary input', () => {
  it('never throw, and always say ok or give issues with paths', () => {
    fc.assert(
      fc.property(
        fc.oneof(json, mutated(cwTicket)),
        fc.oneof(json, fc.constant(cwAudit)),
        (ticket, audit) => {
          for (const result of [
            connectwiseTicketHistory(ticket, audit),
            policyFromConnectWise(ticket, audit),
            calendarFromConnectWise(ticket, audit, { timeZone: 'UTC' }),
          ]) {
            if (!result.ok)
              for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
            else expect(Array.isArray(result.report.lost)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('let through fast only what the zod schemas accept', () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.oneof(json, mutated(cwTicket)),
        fc.oneof(json, fc.constant(cwAudit)),
        (ticket, audit) => {
          if (isConnectWiseTicket(ticket)) {
            fast++;
            expect(connectwiseTicketSchema.safeParse(ticket).success).toBe(true);
          }
          if (isConnectWiseAudit(audit))
            expect(connectwiseAuditSchema.safeParse(audit).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    // Not vacuous: the fast path was taken.
    expect(fast).toBeGreaterThan(0);
  });
});
