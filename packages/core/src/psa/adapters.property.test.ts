import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyFromAutotask } from './autotask/sla';
import { autotaskTicketHistory } from './autotask/ticket';
import { calendarFromConnectWise } from './connectwise/calendar';
import { policyFromConnectWise } from './connectwise/sla';
import { connectwiseTicketHistory } from './connectwise/ticket';
import {
  connectwiseAuditSchema,
  connectwiseTicketSchema,
  isConnectWiseAudit,
  isConnectWiseTicket,
} from './connectwise/ticket-schema';
import { atHistory, atLabels, atSla, atSlaResults, atTicket } from './fixtures/autotask';
import { cwAudit, cwTicket } from './fixtures/connectwise';
import {
  haloActions,
  haloLabels,
  haloPriorities,
  haloSla,
  haloTicket,
  haloWorkday,
} from './fixtures/halo';
import { calendarFromHalo } from './halo/calendar';
import { policyFromHalo } from './halo/sla';
import { haloTicketHistory } from './halo/ticket';
import type { PsaResult } from './report';

// Arbitrary JSON, and the fixtures with arbitrary JSON put in at any one place.
const json = fc.jsonValue({ maxDepth: 4 });
const mutated = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(base)), json)
    .map(([key, value]) => ({ ...base, [key]: value }));
// A list with one entry mutated at one key.
const mutatedList = (base: readonly Record<string, unknown>[]) =>
  fc
    .tuple(fc.nat({ max: base.length - 1 }), fc.constantFrom(...Object.keys(base[0] ?? {})), json)
    .map(([index, key, value]) => base.map((e, i) => (i === index ? { ...e, [key]: value } : e)));

// Either converted with a report, or failed with issues that have paths — never a throw.
function sound(result: PsaResult<unknown>) {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
  } else {
    expect(Array.isArray(result.report.lost)).toBe(true);
    expect(Array.isArray(result.report.inferred)).toBe(true);
  }
}

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

  it('Autotask and HaloPSA adapters never throw on anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          json,
          mutated(atTicket),
          mutated(atSla),
          mutated(haloTicket),
          mutated(haloWorkday),
          mutated(haloSla),
        ),
        fc.oneof(
          json,
          mutatedList(atHistory),
          mutatedList(haloActions),
          mutatedList(haloPriorities),
        ),
        (a, b) => {
          sound(autotaskTicketHistory(a, b, { labels: atLabels }, atSlaResults));
          sound(haloTicketHistory(a, b, { labels: haloLabels }));
          sound(calendarFromHalo(a));
          sound(policyFromAutotask(a, { priorities: atLabels.priorities }));
          sound(policyFromHalo(a, b));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Every entry either becomes events or is reported: with one entry made unreadable for SLA
  // purposes (an unknown field), the conversion still succeeds and names that entry.
  it('report every history entry they drop, by its path', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: atHistory.length - 1 }),
        fc.nat({ max: haloActions.length - 1 }),
        (i, k) => {
          const history = atHistory.map((e, j) =>
            j === i ? { ...e, action: 'Zebra Changed', id: 999 } : e,
          );
          const at = autotaskTicketHistory(atTicket, history, { labels: atLabels });
          expect(at.ok).toBe(true);
          if (at.ok) expect(at.report.lost.map((l) => l.message).join('\n')).toContain('"Zebra"');
          const actions = haloActions.map((e, j) =>
            j === k
              ? { id: 900 + j, ticket_id: 1042, outcome: 'Zebra', datetime: '2026-03-02T12:00:00' }
              : e,
          );
          const halo = haloTicketHistory(haloTicket, actions, { labels: haloLabels });
          expect(halo.ok).toBe(true);
          if (halo.ok)
            expect(halo.report.lost).toContainEqual({
              path: ['actions', k],
              message: `Action ${k} ("Zebra") changes nothing an SLA reads; left out.`,
            });
          return true;
        },
      ),
      { numRuns: 50 },
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
