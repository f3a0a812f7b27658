import { reviewQuarter as quarter, reviewParties, reviewSla } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../matrix/model';
import type { TicketHistory } from '../sla/history';
import type { SlaPolicy } from '../sla/policy';
import { quantile } from './percentile';
import { titleKey } from './recurring';
import { serviceReview } from './service-review';
import type { ReviewTicket } from './types';

// A quarter of four tickets whose every figure is worked out by hand below, on the round-the-
// clock calendar so business minutes are wall-clock minutes.
const MIN = 60_000;
const DAY = 86_400_000;
const t0 = Date.UTC(2026, 3, 6, 9); // Monday 6 April 2026, 09:00 UTC

const parties: Matrix['parties'] = reviewParties;
const rows = (backupDoer: string): Matrix['rows'] => [
  {
    id: 'backup',
    name: 'Backup monitoring',
    categoryId: 'ops',
    kind: 'task',
    cells: {
      [backupDoer]: { roles: ['R'] },
      'internal-it': { roles: backupDoer === 'internal-it' ? ['R', 'A'] : ['A'] },
    },
  },
  {
    id: 'patching',
    name: 'Server patching',
    categoryId: 'ops',
    kind: 'task',
    cells: { 'internal-it': { roles: ['R', 'A'] } },
  },
];
const matrix: Matrix = {
  name: 'Acme',
  variant: 'raci',
  parties,
  categories: [{ id: 'ops', name: 'Operations' }],
  rows: rows('msp-noc'),
};
// Last quarter internal IT did the backups; this quarter the MSP does: scope drift.
const lastQuarterMatrix: Matrix = { ...matrix, rows: rows('internal-it') };

const policy: SlaPolicy = reviewSla;

const ticket = (id: string, rowId: string, history: TicketHistory): ReviewTicket => ({
  id,
  title: `Ticket ${id}`,
  rowId,
  history,
});

const tickets: ReviewTicket[] = [
  // The MSP answers in 10 minutes and resolves in 100: both met.
  ticket('T1', 'backup', [
    { type: 'created', at: t0, priority: 'P1', partyId: 'msp-noc' },
    { type: 'responded', at: t0 + 10 * MIN, by: 'msp-noc' },
    { type: 'resolved', at: t0 + 100 * MIN, by: 'msp-noc' },
  ]),
  // Internal IT holds it 20 minutes (grey zone: the MSP does backups now), hands it to the MSP,
  // which answers at 40 (response breached at 30, on its watch) and resolves at 300 (breached at
  // 240). The hand-off cost 20 minutes: from letting go to the MSP's first action.
  ticket('T2', 'backup', [
    { type: 'created', at: t0 + DAY, priority: 'P1', partyId: 'internal-it' },
    { type: 'assigned', at: t0 + DAY + 20 * MIN, partyId: 'msp-noc', by: 'internal-it' },
    { type: 'responded', at: t0 + DAY + 40 * MIN, by: 'msp-noc' },
    { type: 'resolved', at: t0 + DAY + 300 * MIN, by: 'msp-noc' },
  ]),
  // Internal IT answers at 30, waits on the customer from 60 to 180, resolves at 300: 180
  // minutes on the resolution clock, met.
  ticket('T3', 'patching', [
    { type: 'created', at: t0 + 2 * DAY, priority: 'P2', partyId: 'internal-it' },
    { type: 'responded', at: t0 + 2 * DAY + 30 * MIN, by: 'internal-it' },
    { type: 'status', at: t0 + 2 * DAY + 60 * MIN, status: 'waiting-on-customer' },
    { type: 'status', at: t0 + 2 * DAY + 180 * MIN, status: 'in-progress' },
    { type: 'resolved', at: t0 + 2 * DAY + 300 * MIN, by: 'internal-it' },
  ]),
  // Opened an hour before the quarter ends and answered in 20 minutes; still open at the end.
  ticket('T4', 'patching', [
    { type: 'created', at: quarter.to - 60 * MIN, priority: 'P2', partyId: 'internal-it' },
    { type: 'responded', at: quarter.to - 40 * MIN, by: 'internal-it' },
  ]),
  // Last quarter: answered in 5 minutes, resolved after 500 (breached).
  ticket('P0', 'backup', [
    { type: 'created', at: Date.UTC(2026, 2, 2, 9), priority: 'P1', partyId: 'msp-noc' },
    { type: 'responded', at: Date.UTC(2026, 2, 2, 9, 5), by: 'msp-noc' },
    { type: 'resolved', at: Date.UTC(2026, 2, 2, 9) + 500 * MIN, by: 'msp-noc' },
  ]),
];

const quarterInput = {
  matrix,
  previousMatrix: lastQuarterMatrix,
  tickets,
  policies: [policy],
  period: quarter,
  options: { recurringAt: 2 },
};
const review = serviceReview(quarterInput);

describe('serviceReview', () => {
  it('counts the tickets created in the period and in the one before it', () => {
    expect(review.ticketCount).toBe(4);
    expect(review.previousTicketCount).toBe(1);
    expect(review.previousPeriod).toEqual({ from: quarter.from - 91 * DAY, to: quarter.from });
    expect(review.skipped).toEqual([]);
  });

  it('works out attainment per target with medians, 90th percentiles and the trend', () => {
    const [response, resolution] = review.attainment.overall;
    expect(response).toEqual({
      kind: 'response',
      measured: 4,
      met: 3,
      breached: 1,
      open: 0,
      metPercent: 75,
      medianMinutes: 25,
      p90Minutes: 37,
      previousMetPercent: 100,
      trend: -25,
      breachedTicketIds: ['T2'],
    });
    expect(resolution).toMatchObject({
      kind: 'resolution',
      measured: 3,
      met: 2,
      breached: 1,
      open: 1,
      medianMinutes: 180,
      p90Minutes: 276,
      previousMetPercent: 0,
      breachedTicketIds: ['T2'],
    });
    expect(resolution?.metPercent).toBeCloseTo(200 / 3, 10);
    expect(resolution?.trend).toBeCloseTo(200 / 3, 10);
  });

  it('splits attainment by priority and by the party that held each clock', () => {
    const figure = (list: typeof review.attainment.byParty, kind: string, key: string) =>
      list.find((a) => a.kind === kind && (a.priority ?? a.partyId) === key);
    const { byPriority, byParty } = review.attainment;
    expect(figure(byPriority, 'response', 'P1')).toMatchObject({
      met: 1,
      breached: 1,
      metPercent: 50,
      trend: -50,
    });
    expect(figure(byPriority, 'response', 'P2')).toMatchObject({
      met: 2,
      metPercent: 100,
      trend: null,
    });
    expect(figure(byPriority, 'resolution', 'P2')).toMatchObject({
      met: 1,
      open: 1,
      metPercent: 100,
    });
    expect(figure(byParty, 'response', 'msp-noc')).toMatchObject({
      met: 1,
      breached: 1,
      metPercent: 50,
    });
    expect(figure(byParty, 'response', 'internal-it')).toMatchObject({ met: 2, metPercent: 100 });
    // The open clock counts for whoever holds the ticket at the period's end.
    expect(figure(byParty, 'resolution', 'internal-it')).toMatchObject({
      met: 1,
      open: 1,
      measured: 1,
    });
    expect(figure(byParty, 'resolution', 'msp-noc')).toMatchObject({ met: 1, breached: 1 });
  });

  it('shares the clock out by party, with breaches on each watch and the hand-offs across', () => {
    expect(review.clock.byParty).toEqual([
      {
        partyId: 'msp-noc',
        side: 'provider',
        minutes: 380,
        tickets: 2,
        breaches: 2,
        breachedTicketIds: ['T2'],
      },
      {
        partyId: 'internal-it',
        side: 'internal',
        minutes: 260,
        tickets: 3,
        breaches: 0,
        breachedTicketIds: [],
      },
    ]);
    expect(review.clock.unassignedMinutes).toBe(0);
    expect(review.clock.crossings).toEqual([
      { from: 'internal', to: 'provider', count: 1, minutes: 20, ticketIds: ['T2'] },
    ]);
  });

  it('finds the grey zone, recurring issues and scope drift', () => {
    expect(review.greyZone).toEqual([
      { ticketId: 'T2', partyId: 'internal-it', rowId: 'backup', minutes: 20 },
    ]);
    expect(
      review.recurring.map(({ key, count, ticketIds }) => ({ key, count, ticketIds })),
    ).toEqual([
      { key: 'row:backup', count: 2, ticketIds: ['T1', 'T2'] },
      { key: 'row:patching', count: 2, ticketIds: ['T3', 'T4'] },
    ]);
    expect(review.drift.map(({ rowId, severity }) => ({ rowId, severity }))).toEqual([
      { rowId: 'backup', severity: 'high' },
    ]);
  });

  it('ranks the agenda: missed service levels, then drift, then falling trends and the grey zone', () => {
    expect(
      review.agenda.map(({ kind, severity, figure, target, priority }) => [
        kind,
        severity,
        figure,
        target,
        priority,
      ]),
    ).toEqual([
      ['attainment-below-goal', 'high', 50, 'response', 'P1'],
      ['attainment-below-goal', 'high', 50, 'resolution', 'P1'],
      ['scope-drift', 'high', 1, undefined, undefined],
      ['attainment-falling', 'medium', -50, 'response', 'P1'],
      ['grey-zone', 'medium', 20, undefined, undefined],
      ['recurring-issue', 'low', 2, undefined, undefined],
      ['recurring-issue', 'low', 2, undefined, undefined],
      // Neither row was ever marked reviewed.
      ['rows-not-reviewed', 'low', 2, undefined, undefined],
    ]);
    expect(review.agenda[0]?.ticketIds).toEqual(['T2']);
  });

  it('gives the same review for the same input, as plain JSON', () => {
    const again = serviceReview(structuredClone(quarterInput));
    expect(again).toEqual(review);
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });

  it('lists tickets it cannot read instead of dropping them', () => {
    const acmeOnly: SlaPolicy = { ...policy, when: { customer: 'acme' } };
    const other = serviceReview({
      matrix,
      tickets: [{ ...(tickets[0] as ReviewTicket), attributes: { customer: 'globex' } }],
      policies: [acmeOnly],
      period: quarter,
    });
    expect(other.skipped).toEqual([{ ticketId: 'T1', reason: 'no-policy' }]);
    expect(other.attainment.overall).toEqual([]);
  });
});

describe('quantile', () => {
  it('interpolates between ranks like PERCENTILE.INC', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.9)).toBeCloseTo(37, 10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('titleKey', () => {
  it('sets numbers, case, spacing and trailing punctuation aside', () => {
    expect(titleKey('Backup job 4411  failed!')).toBe('backup job # failed');
    expect(titleKey('backup JOB 12 failed')).toBe('backup job # failed');
  });
});
