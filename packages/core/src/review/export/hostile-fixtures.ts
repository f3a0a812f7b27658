import type { Matrix } from '../../matrix/model';
import type { ServiceReview } from '../types';
import { exportMatrix, smallReview } from './export-fixtures';

// The small review with names and ids chosen to break each format: a pipe and a line break for
// Markdown tables, a script tag for HTML, a formula for spreadsheets opening the CSV.

export const HOSTILE_PARTY = 'MSP | <script>alert(1)</script>\nNOC';
export const HOSTILE_ROW = '*Backup* [x](javascript:alert(1))';
export const FORMULA_TICKET = "=cmd|' /C calc'!A0";

export const hostileMatrix: Matrix = {
  ...exportMatrix,
  parties: exportMatrix.parties.map((party) =>
    party.id === 'msp-noc' ? { ...party, name: HOSTILE_PARTY } : party,
  ),
  rows: exportMatrix.rows.map((row) => (row.id === 'backup' ? { ...row, name: HOSTILE_ROW } : row)),
};

const swap = (ids: readonly string[]) => ids.map((id) => (id === 'T2' ? FORMULA_TICKET : id));

export const hostileReview: ServiceReview = {
  ...smallReview,
  attainment: {
    overall: smallReview.attainment.overall.map((a) => ({
      ...a,
      breachedTicketIds: swap(a.breachedTicketIds),
    })),
    byPriority: smallReview.attainment.byPriority.map((a) => ({
      ...a,
      breachedTicketIds: swap(a.breachedTicketIds),
    })),
    byParty: smallReview.attainment.byParty.map((a) => ({
      ...a,
      breachedTicketIds: swap(a.breachedTicketIds),
    })),
  },
  greyZone: smallReview.greyZone.map((gap) => ({ ...gap, ticketId: FORMULA_TICKET })),
  recurring: [
    { key: 'title:x', title: '<img src=x onerror=alert(1)>', count: 2, ticketIds: ['T|9', 'T3'] },
  ],
  agenda: smallReview.agenda.map((item) => ({ ...item, ticketIds: swap(item.ticketIds) })),
};
