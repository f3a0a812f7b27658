import { opsRows, reviewQuarter as quarter, reviewParties } from '@tandem/fixtures';
import type { Matrix } from '../../matrix/model';
import type { ServiceReview } from '../types';

// A small review, written out by hand, that the export tests render: three tickets of one
// quarter, one breach of the MSP's response, one grey-zone hand-off, one integrity flag, one
// drifted row and one row never reviewed. Plain data, so each test can change one part of it.

export const exportMatrix: Matrix = {
  name: 'Acme',
  variant: 'raci',
  parties: reviewParties,
  categories: [{ id: 'ops', name: 'Operations' }],
  rows: [...opsRows],
};

export const smallReview: ServiceReview = {
  period: quarter,
  previousPeriod: { from: Date.UTC(2025, 11, 31), to: quarter.from },
  ticketCount: 3,
  previousTicketCount: 2,
  attainment: {
    overall: [
      {
        kind: 'response',
        measured: 3,
        met: 2,
        breached: 1,
        open: 0,
        metPercent: 66.66666666666667,
        medianMinutes: 25,
        p90Minutes: 37,
        previousMetPercent: 100,
        trend: -33.33333333333333,
        breachedTicketIds: ['T2'],
      },
      {
        kind: 'resolution',
        measured: 2,
        met: 2,
        breached: 0,
        open: 1,
        metPercent: 100,
        medianMinutes: 140,
        p90Minutes: 172,
        previousMetPercent: null,
        trend: null,
        breachedTicketIds: [],
      },
    ],
    byPriority: [
      {
        kind: 'response',
        priority: 'P1',
        measured: 2,
        met: 1,
        breached: 1,
        open: 0,
        metPercent: 50,
        medianMinutes: 25,
        p90Minutes: 37,
        previousMetPercent: 100,
        trend: -50,
        breachedTicketIds: ['T2'],
      },
    ],
    byParty: [
      {
        kind: 'response',
        partyId: 'msp-noc',
        measured: 2,
        met: 1,
        breached: 1,
        open: 0,
        metPercent: 50,
        medianMinutes: 25,
        p90Minutes: 37,
        previousMetPercent: null,
        trend: null,
        breachedTicketIds: ['T2'],
      },
    ],
  },
  clock: {
    byParty: [
      {
        partyId: 'msp-noc',
        side: 'provider',
        minutes: 380,
        tickets: 2,
        breaches: 1,
        breachedTicketIds: ['T2'],
      },
      {
        partyId: 'internal-it',
        side: 'internal',
        minutes: 20,
        tickets: 1,
        breaches: 0,
        breachedTicketIds: [],
      },
    ],
    unassignedMinutes: 0,
    crossings: [
      { from: 'internal', to: 'provider', count: 1, minutes: 20, ticketIds: ['T2'] },
      { from: 'provider', to: 'internal', count: 0, minutes: 0, ticketIds: [] },
    ],
  },
  greyZone: [
    { ticketId: 'T2', partyId: 'internal-it', rowId: 'backup', categoryId: 'ops', minutes: 20 },
  ],
  recurring: [],
  drift: [
    {
      kind: 'responsible-moved',
      severity: 'high',
      rowId: 'backup',
      rowName: 'Backup monitoring',
      message: '"Backup monitoring": Responsible moved from Internal IT to MSP NOC.',
      from: 'internal',
      to: 'provider',
      before: { 'internal-it': { roles: ['R', 'A'] } },
      after: { 'msp-noc': { roles: ['R'] }, 'internal-it': { roles: ['A'] } },
    },
  ],
  integrity: [{ ticketId: 'T3', kind: 'pause-after-reply', minutes: 3, partyId: 'internal-it' }],
  ownership: { unroutedRows: [], afterHours: [] },
  escalations: null,
  staleRows: [{ rowId: 'patching', reviewedAt: null, days: null }],
  agenda: [
    {
      kind: 'attainment-below-goal',
      severity: 'high',
      figure: 50,
      target: 'response',
      priority: 'P1',
      ticketIds: ['T2'],
      rowIds: [],
      partyIds: [],
    },
    {
      kind: 'grey-zone',
      severity: 'medium',
      figure: 20,
      ticketIds: ['T2'],
      rowIds: ['backup'],
      partyIds: ['internal-it'],
    },
  ],
  skipped: [],
};
