import type { Party } from '../model';
import { BUSINESS_HOURS_CALENDAR_ID } from './business-hours';

/**
 * The parties the built-in templates draw from. Internal and business parties work to the
 * `business-hours` calendar; provider parties that the source says cover nights and weekends
 * work to `24x7`; a provider party without a calendar is one whose source leaves its hours open.
 *
 * @example
 * const parties = [PARTIES.internalIt, PARTIES.msp];
 */
export const PARTIES = {
  internalIt: {
    id: 'internal-it',
    name: 'Internal IT',
    side: 'internal',
    calendarId: BUSINESS_HOURS_CALENDAR_ID,
  },
  internalItLead: {
    id: 'internal-it-lead',
    name: 'Internal IT lead',
    side: 'internal',
    calendarId: BUSINESS_HOURS_CALENDAR_ID,
  },
  internalHelpdesk: {
    id: 'internal-helpdesk',
    name: 'Internal helpdesk',
    side: 'internal',
    calendarId: BUSINESS_HOURS_CALENDAR_ID,
  },
  leadership: {
    id: 'leadership',
    name: 'Leadership',
    side: 'business',
    calendarId: BUSINESS_HOURS_CALENDAR_ID,
  },
  msp: { id: 'msp', name: 'MSP', side: 'provider', calendarId: '24x7' },
  mspServiceDesk: {
    id: 'msp-service-desk',
    name: 'MSP service desk',
    side: 'provider',
    calendarId: '24x7',
  },
  mspNoc: { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
  mspSoc: { id: 'msp-soc', name: 'MSP SOC', side: 'provider', calendarId: '24x7' },
  mspEngineering: { id: 'msp-engineering', name: 'MSP engineering', side: 'provider' },
} as const satisfies Record<string, Party>;
