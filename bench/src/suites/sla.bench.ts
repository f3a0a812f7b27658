import { addBusinessTime, computeSla } from '@tandem/core/sla';
import { slaAttribution } from '@tandem/core/sla/attribution';
import type { BenchGroup, BenchSuite } from '../suite';
import {
  dayjsDeadlines,
  momentDeadlines,
  POLICY,
  type SHIFTS,
  SLA_CONTEXT,
  tandemCalendar,
  tandemDeadlines,
  ticketHistories,
  ticketStarts,
} from './sla-workload';

// SLA deadlines: Tandem's addBusinessTime against moment-business-time and dayjs-business-time
// on one New York workload (Monday–Friday, 10 holidays; see sla-workload.ts). The libraries walk
// the calendar, so their cost grows with the deadline and the ticket counts shrink with it to keep
// a run within minutes; within a group every case computes the same deadlines. Tandem-only groups
// at 1,000 tickets show that a 40-business-day deadline costs what a 30-minute one does.
//
// This machine's zone is UTC (Intl.DateTimeFormat().resolvedOptions().timeZone), so the New York
// calendar is honoured through each library's time-zone support, not the host's.

const BUSINESS_DAY = 9 * 60;

function compare(
  shift: keyof typeof SHIFTS,
  label: string,
  minutes: number,
  tickets: number,
  peers: readonly ('moment' | 'dayjs')[] = ['moment', 'dayjs'],
): BenchGroup {
  const starts = ticketStarts(tickets);
  const tandem = tandemDeadlines(shift);
  const moment = momentDeadlines(shift);
  const dayjs = dayjsDeadlines(shift);
  const name = `sla: ${shift === 'split' ? 'split shift, ' : ''}deadline ${label} (${tickets.toLocaleString('en')} tickets)`;
  return {
    name,
    cases: [
      { name: '@tandem/core addBusinessTime', subject: true, run: () => tandem(starts, minutes) },
      ...(peers.includes('moment')
        ? [{ name: 'moment-business-time', run: () => moment(starts, minutes) }]
        : []),
      ...(peers.includes('dayjs')
        ? [{ name: 'dayjs-business-time', run: () => dayjs(starts, minutes) }]
        : []),
    ],
  };
}

function tandemOnly(label: string, minutes: number): BenchGroup {
  const starts = ticketStarts(1_000);
  const tandem = tandemDeadlines('office');
  return {
    name: `sla: deadline ${label} (1,000 tickets, Tandem only)`,
    cases: [
      { name: '@tandem/core addBusinessTime', subject: true, run: () => tandem(starts, minutes) },
    ],
  };
}

// A million tickets, deadlines from 30 minutes to 40 business days, on one core.
const MILLION = 1_000_000;
const lengths = [30, 240, BUSINESS_DAY, 5 * BUSINESS_DAY, 40 * BUSINESS_DAY];
const millionStarts = ticketStarts(MILLION);
const office = tandemCalendar('office');

// Whole SLA clocks from event histories, a day after each ticket was created.
const histories = ticketHistories(1_000);
const clocks = (timeline: boolean) => () =>
  histories.map((events) =>
    computeSla(POLICY, events, (events[0]?.at ?? 0) + 86_400_000, { ...SLA_CONTEXT, timeline }),
  );

// Who held each clock, for the same histories: computeSla's clocks shared out by holder, with the
// pauses, hand-offs and breaches. Issue 19's target is at most twice computeSla with timelines:
// that group's median was 24.5 ms here (attribution 47 ms), so the budget is 50 ms.
// The workload's parties carry their sides, which attribution reads.
const ATTRIBUTION_CONTEXT = SLA_CONTEXT;
const attributions = () =>
  histories.map((events) =>
    slaAttribution(POLICY, events, (events[0]?.at ?? 0) + 86_400_000, ATTRIBUTION_CONTEXT),
  );

export const slaSuite: BenchSuite = {
  name: 'sla',
  groups: [
    compare('office', '30 min', 30, 200),
    compare('office', '4 business hours', 240, 100),
    compare('office', '1 business day', BUSINESS_DAY, 100),
    compare('office', '5 business days', 5 * BUSINESS_DAY, 20),
    compare('office', '40 business days', 40 * BUSINESS_DAY, 10),
    compare('split', '30 min', 30, 200),
    compare('split', '1 business day', BUSINESS_DAY, 50),
    // dayjs-business-time takes about 0.4 s per deadline here; moment alone keeps the run short.
    compare('split', '40 business days', 40 * BUSINESS_DAY, 20, ['moment']),
    tandemOnly('30 min', 30),
    tandemOnly('40 business days', 40 * BUSINESS_DAY),
    {
      name: 'sla: computeSla, 1,000 ticket histories (Tandem only)',
      cases: [{ name: '@tandem/core computeSla', subject: true, run: clocks(true) }],
    },
    {
      name: 'sla: computeSla without timelines, 1,000 ticket histories (Tandem only)',
      cases: [{ name: '@tandem/core computeSla', subject: true, run: clocks(false) }],
    },
    {
      name: 'sla: slaAttribution, 1,000 ticket histories (Tandem only; at most 2× computeSla)',
      budgetNs: 50e6,
      cases: [{ name: '@tandem/core slaAttribution', subject: true, run: attributions }],
    },
    {
      name: 'sla: 1,000,000 deadlines, 30 min to 40 business days',
      budgetNs: 1e9,
      cases: [
        {
          name: '@tandem/core addBusinessTime',
          subject: true,
          run: () => {
            const deadlines = new Float64Array(MILLION);
            for (let i = 0; i < MILLION; i++) {
              const minutes = lengths[i % lengths.length] as number;
              deadlines[i] = addBusinessTime(office, millionStarts[i] as number, minutes).getTime();
            }
            // A checksum keeps the harness's equality check cheap; the deadlines are all computed.
            return deadlines.reduce((sum, deadline) => sum + deadline / MILLION, 0);
          },
        },
      ],
    },
  ],
};
