import {
  officeCalendar,
  opsRows,
  reviewQuarter as quarter,
  reviewSla,
  slaParties,
} from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import type { EscalationPolicy, Routing } from '../escalation/model';
import { applyMatrixChanges } from '../matrix/apply';
import type { Matrix } from '../matrix/model';
import type { CalendarSpec } from '../sla/calendar-spec';
import type { SlaPolicy } from '../sla/policy';
import { serviceReview } from './service-review';
import { staleRows } from './stale-rows';
import type { ReviewTicket } from './types';

// The review's findings besides attainment and the clock — integrity flags, ownership gaps, the
// escalation replay, rows due for review and the agenda they make — on four tickets whose every
// figure is worked out by hand below. SLA clocks run round the clock; internal IT works office
// hours (Monday–Friday 09:00–17:00 UTC), the MSP round the clock.
const MIN = 60_000;
const DAY = 86_400_000;
const t0 = Date.UTC(2026, 3, 6, 10); // Monday 6 April 2026, 10:00 UTC

const office: CalendarSpec = officeCalendar();

const base: Matrix = {
  variant: 'raci',
  parties: slaParties,
  categories: [
    { id: 'ops', name: 'Operations' },
    { id: 'desk', name: 'Desk' },
  ],
  rows: [
    ...opsRows,
    {
      id: 'printers',
      name: 'Printers',
      categoryId: 'desk',
      kind: 'task',
      cells: { 'internal-it': { roles: ['R', 'A'] } },
    },
  ],
};
// Backups were gone over a month before the quarter's end, patching half a year before it,
// printers never: both of the last two are due (more than 90 days).
const marked = applyMatrixChanges(base, [
  { type: 'markRowsReviewed', rowIds: ['backup'], at: Date.UTC(2026, 5, 1) },
  { type: 'markRowsReviewed', rowIds: ['patching'], at: Date.UTC(2026, 0, 2) },
]);
if (!marked.ok) throw new Error(marked.error.message);
const matrix = marked.value;

const policy: SlaPolicy = reviewSla;

// Operations go to the MSP, which is Responsible for backups but not for patching; nothing
// catches the desk: printers are routed nowhere.
const routing: Routing = {
  rules: [
    {
      id: 'ops',
      when: { categoryIds: ['ops'] },
      queue: { partyId: 'msp-noc', tier: 1, policyId: 'standard' },
    },
  ],
};
const escalation: EscalationPolicy = {
  id: 'standard',
  startStepId: 't1',
  steps: [
    { id: 't1', action: 'assign', targets: [{ partyId: 'msp-noc', tier: 1 }] },
    {
      id: 'both',
      name: 'Both teams',
      action: 'notify',
      targets: [{ partyId: 'msp-noc' }, { partyId: 'internal-it' }],
      terminal: true,
    },
  ],
  transitions: [
    { id: 'late', from: 't1', to: 'both', trigger: { kind: 'not-resolved', minutes: 1000 } },
    { id: 'by-hand', from: 't1', to: 'both', trigger: { kind: 'manual' } },
  ],
};

const tickets: ReviewTicket[] = [
  // The customer answers at 80 (the ticket leaves "waiting on customer") and the MSP pauses it
  // again 3 minutes later, until 90: a pause after a reply. Paused 67 of 300 minutes: not mostly.
  {
    id: 'A1',
    rowId: 'backup',
    history: [
      { type: 'created', at: t0, priority: 'P2', partyId: 'msp-noc' },
      { type: 'responded', at: t0 + 10 * MIN, by: 'msp-noc' },
      { type: 'status', at: t0 + 20 * MIN, status: 'waiting-on-customer', by: 'msp-noc' },
      { type: 'status', at: t0 + 80 * MIN, status: 'in-progress' },
      { type: 'status', at: t0 + 83 * MIN, status: 'waiting-on-customer', by: 'msp-noc' },
      { type: 'status', at: t0 + 90 * MIN, status: 'in-progress' },
      { type: 'resolved', at: t0 + 300 * MIN, by: 'msp-noc' },
    ],
  },
  // Opened on Saturday 11 April at 10:00 and held by internal IT, which does not cover the
  // weekend: after hours. Resolved Monday 10:00, 2,880 minutes on the clock, of which Saturday
  // 10:00 to Monday 09:00 (2,820) outside internal IT's hours; late enough (1,000 minutes) to
  // page both teams.
  {
    id: 'A2',
    rowId: 'patching',
    history: [
      { type: 'created', at: t0 + 5 * DAY, priority: 'P2', partyId: 'internal-it' },
      { type: 'responded', at: t0 + 5 * DAY + 30 * MIN, by: 'internal-it' },
      { type: 'resolved', at: t0 + 7 * DAY, by: 'internal-it' },
    ],
  },
  // A printer ticket on Tuesday noon: nothing routes the desk.
  {
    id: 'A3',
    rowId: 'printers',
    history: [
      { type: 'created', at: t0 + DAY + 2 * 60 * MIN, priority: 'P2', partyId: 'internal-it' },
      { type: 'responded', at: t0 + DAY + 125 * MIN, by: 'internal-it' },
      { type: 'resolved', at: t0 + DAY + 180 * MIN, by: 'internal-it' },
    ],
  },
  // Waiting on the customer 300 of its 350 minutes (6/7); escalated to both teams by hand at 20.
  {
    id: 'A4',
    rowId: 'backup',
    history: [
      { type: 'created', at: t0 + 2 * DAY, priority: 'P2', partyId: 'msp-noc' },
      { type: 'responded', at: t0 + 2 * DAY + 5 * MIN, by: 'msp-noc' },
      { type: 'status', at: t0 + 2 * DAY + 10 * MIN, status: 'waiting-on-customer' },
      { type: 'status', at: t0 + 2 * DAY + 310 * MIN, status: 'in-progress' },
      { type: 'resolved', at: t0 + 2 * DAY + 350 * MIN, by: 'msp-noc' },
    ],
    escalations: [{ at: t0 + 2 * DAY + 20 * MIN, transitionId: 'by-hand', by: 'msp-noc' }],
  },
];

const input = {
  matrix,
  tickets,
  policies: [policy],
  calendars: [office],
  routing,
  escalation: [escalation],
  period: quarter,
  options: { afterHoursCalendarId: 'office' },
};
const review = serviceReview(input);

describe('serviceReview findings', () => {
  it('flags a pause right after a reply, a ticket paused most of its life, and hours outside the holder’s own', () => {
    expect(review.integrity).toEqual([
      {
        ticketId: 'A1',
        kind: 'pause-after-reply',
        at: t0 + 83 * MIN,
        minutes: 3,
        partyId: 'msp-noc',
      },
      { ticketId: 'A2', kind: 'outside-holder-hours', partyId: 'internal-it', minutes: 2820 },
      { ticketId: 'A4', kind: 'mostly-paused', minutes: 300, share: 300 / 350 },
    ]);
  });

  it('finds rows the routing cannot deliver and after-hours tickets held without night cover', () => {
    expect(review.ownership).toEqual({
      unroutedRows: [
        {
          rowId: 'patching',
          categoryId: 'ops',
          reason: 'no-responsible-route',
          partyIds: ['msp-noc'],
          ticketIds: ['A2'],
        },
        {
          rowId: 'printers',
          categoryId: 'desk',
          reason: 'no-route',
          partyIds: [],
          ticketIds: ['A3'],
        },
      ],
      afterHours: [
        { ticketId: 'A2', partyId: 'internal-it', at: t0 + 5 * DAY, calendarId: 'office' },
      ],
    });
  });

  it('replays escalations: the step that fired, both teams paged, by hand, and what routing missed', () => {
    expect(review.escalations).toEqual({
      simulated: 3,
      steps: [
        {
          policyId: 'standard',
          stepId: 'both',
          name: 'Both teams',
          count: 2,
          manual: 1,
          ticketIds: ['A2', 'A4'],
        },
      ],
      bothTeams: { count: 2, ticketIds: ['A2', 'A4'] },
      manual: { count: 1, ticketIds: ['A4'] },
      notRouted: ['A3'],
    });
  });

  it('lists rows not reviewed for more than the window, as of the period’s end', () => {
    expect(review.staleRows).toEqual([
      { rowId: 'patching', reviewedAt: Date.UTC(2026, 0, 2), days: 180 },
      { rowId: 'printers', reviewedAt: null, days: null },
    ]);
    const longer = serviceReview({ ...input, options: { ...input.options, staleRowDays: 180 } });
    expect(longer.staleRows.map((row) => row.rowId)).toEqual(['printers']);
  });

  it('puts every finding on the agenda with its evidence, by severity then kind', () => {
    expect(
      review.agenda.map(({ kind, severity, figure, ticketIds, rowIds, partyIds }) => [
        kind,
        severity,
        figure,
        ticketIds,
        rowIds,
        partyIds,
      ]),
    ).toEqual([
      // Resolution P2: A1, A3 and A4 met, A2 (2,880 minutes of 480) breached: 75 % < 90 %.
      ['attainment-below-goal', 'high', 75, ['A2'], [], []],
      ['unrouted-row', 'high', 1, ['A3'], ['printers'], []],
      ['unrouted-row', 'medium', 1, ['A2'], ['patching'], ['msp-noc']],
      ['after-hours-uncovered', 'medium', 1, ['A2'], [], ['internal-it']],
      ['pause-after-reply', 'medium', 1, ['A1'], [], ['msp-noc']],
      ['mostly-paused', 'low', 1, ['A4'], [], []],
      // Minutes, not tickets: the figure of time spent outside the holder's hours.
      ['outside-holder-hours', 'low', 2820, ['A2'], [], ['internal-it']],
      ['both-teams-paged', 'low', 2, ['A2', 'A4'], [], []],
      ['manual-escalations', 'low', 1, ['A4'], [], []],
      ['rows-not-reviewed', 'low', 2, [], ['patching', 'printers'], []],
    ]);
  });

  it('leaves the routing findings out without routing, and stays plain, repeatable data', () => {
    const { routing: _, escalation: __, ...rest } = input;
    const bare = serviceReview(rest);
    expect(bare.ownership.unroutedRows).toEqual([]);
    expect(bare.escalations).toBeNull();
    expect(serviceReview(structuredClone(input))).toEqual(review);
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});

describe('staleRows', () => {
  it('counts whole days and keeps a row reviewed exactly the window ago', () => {
    const asOf = Date.UTC(2026, 6, 1);
    const at = (reviewedAt: number): Matrix => ({
      ...base,
      rows: [{ ...(base.rows[0] as Matrix['rows'][number]), reviewedAt }],
    });
    expect(staleRows(at(asOf - 90 * DAY), asOf, 90)).toEqual([]);
    expect(staleRows(at(asOf - 91 * DAY + 1), asOf, 90)).toEqual([]);
    expect(staleRows(at(asOf - 91 * DAY), asOf, 90)).toEqual([
      { rowId: 'backup', reviewedAt: asOf - 91 * DAY, days: 91 },
    ]);
  });
});
