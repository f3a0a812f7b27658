import type { PartyMapping } from '@tandem/core/psa';

// How this portal reads its ConnectWise: which party of the matrix each member and team is,
// which of ConnectWise's calendars are the matrix's calendars (the matrix and the escalation
// policy name calendars `office` and `extended`), where a calendar's holidays come from, and
// which board statuses pause an SLA (ConnectWise keeps that on the board, not the SLA). Plain
// data, the one place to change for another PSA tenant.

/** ConnectWise members and teams → the matrix's parties. */
export const connectwiseParties: PartyMapping = {
  members: {
    dwhitfield: 'internal-it',
    pnair: 'internal-it',
    sokafor: 'msp-desk',
    nocauto: 'msp-noc',
  },
  teams: {
    'Contoso IT': 'internal-it',
    'Fabrikam IT': 'internal-it',
    'Northwind Service Desk': 'msp-desk',
    'Northwind NOC': 'msp-noc',
  },
};

/**
 * A ConnectWise calendar as the portal uses it: the id the matrix knows it by, and the
 * iCalendar feed its holidays come from when ConnectWise has no holiday list for it.
 */
export interface CalendarBinding {
  readonly id: string;
  readonly holidayFeed?: string;
}

/** By ConnectWise calendar id. Calendars not listed are not used by the portal. */
export const connectwiseCalendars: Readonly<Record<number, CalendarBinding>> = {
  7: { id: 'office' },
  8: { id: 'extended' },
  9: { id: 'uk-office', holidayFeed: '/api/psa/bank-holidays/england-and-wales.ics' },
};

/** The MSP's own calendar, for SLAs based on "MyCalendar". */
export const MY_CALENDAR_ID = 'extended';

/** The board statuses whose SLA status is "Waiting": the clocks stop while a ticket has one. */
export const PAUSE_STATUSES = ['Waiting on Customer', 'Scheduled'] as const;

/** ConnectWise ticket types → the matrix's categories, for routing. */
export const categoryOfType: Readonly<Record<string, string>> = {
  'Help Desk': 'helpdesk',
  Security: 'security',
  Infrastructure: 'infrastructure',
  Backup: 'backup-dr',
};

/** ConnectWise ticket sources → the routing table's sources; anything else is a user's. */
export const sourceOfSource: Readonly<Record<string, 'monitoring' | 'backup' | 'security'>> = {
  Monitoring: 'monitoring',
  Backup: 'backup',
  Security: 'security',
};
