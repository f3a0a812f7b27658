import { newYorkOffice } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../sla/calendar-spec';
import { computeSla } from '../../sla/clock';
import { parseSlaPolicy } from '../../sla/policy';
import { createCalendarRegistry } from '../../sla/registry';
import {
  cwAudit,
  cwCalendar,
  cwHolidays,
  cwSla,
  cwSlaPriorities,
  cwTicket,
} from '../fixtures/connectwise';
import { calendarFromConnectWise } from './calendar';
import { policyFromConnectWise } from './sla';
import { connectwiseTicketHistory } from './ticket';
import { connectwiseTimeZone } from './time-zone';

const office = calendarFromConnectWise(cwCalendar, cwHolidays, {
  timeZoneName: 'GMT-5/Eastern Time: US & Canada',
});
const policy = policyFromConnectWise(cwSla, cwSlaPriorities, {
  myCalendarId: 'connectwise-calendar-7',
  pauseStatuses: ['Waiting on Client'],
});

describe('calendarFromConnectWise', () => {
  it('reads one start and end a weekday, closes the weekend, merges the repeated holiday', () => {
    expect(office.ok && office.value).toEqual({
      id: 'connectwise-calendar-7',
      name: 'Office',
      // The hours of the fixtures' New York office: 08:00–17:00 on weekdays, the weekend closed.
      timeZone: newYorkOffice.timeZone,
      hours: newYorkOffice.hours,
      holidays: [
        { date: '2026-12-24', name: 'Christmas Eve', hours: [['08:00', '12:00']] },
        { date: '2026-12-25', name: 'Christmas Day' },
      ],
    });
    expect(office.ok && office.report.lost).toEqual([
      { path: ['holidays', 2], message: 'Holiday 2 repeats holiday 0 on 2026-12-25; merged.' },
    ]);
    expect(office.ok && parseCalendar(office.value).ok).toBe(true);
  });

  it('refuses to guess the zone of a calendar given none', () => {
    const result = calendarFromConnectWise(cwCalendar, []);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['no_time_zone']);
  });
});

describe('connectwiseTimeZone', () => {
  it('maps ConnectWise display names to IANA zones', () => {
    expect(connectwiseTimeZone('GMT-5/Eastern Time: US & Canada')).toEqual({
      ok: true,
      timeZone: 'America/New_York',
    });
    expect(connectwiseTimeZone('GMT-7/Arizona')).toEqual({ ok: true, timeZone: 'America/Phoenix' });
    expect(connectwiseTimeZone('GMT+10/Canberra, Melbourne, Sydney')).toEqual({
      ok: true,
      timeZone: 'Australia/Sydney',
    });
  });

  it('reports a name whose offset disagrees with its place, or an unknown place', () => {
    expect(connectwiseTimeZone('GMT-6/Eastern Time: US & Canada').ok).toBe(false);
    expect(connectwiseTimeZone('GMT+3/Atlantis').ok).toBe(false);
    expect(connectwiseTimeZone('Eastern Standard Time').ok).toBe(false);
  });
});

describe('policyFromConnectWise', () => {
  it('gives each priority its own hours, or the SLA’s hours times its percent', () => {
    expect(policy.ok && policy.value).toEqual({
      id: 'connectwise-sla-3',
      name: 'Standard SLA',
      calendarId: 'connectwise-calendar-7',
      priorities: {
        'Priority 1 - Emergency': {
          response: { minutes: 15 },
          plan: { minutes: 60 },
          resolution: { minutes: 240 },
        },
        'Priority 3 - Normal': {
          response: { minutes: 60 },
          plan: { minutes: 120 },
          resolution: { minutes: 480 },
        },
      },
      pauseStatuses: ['Waiting on Client'],
      when: { sla: 'Standard SLA' },
    });
    expect(policy.ok && policy.report.lost).toEqual([
      {
        path: ['priorities', 2],
        message: 'Priority "Priority 5 - Service Request" has no response target; left out.',
      },
    ]);
    expect(policy.ok && parseSlaPolicy(policy.value).ok).toBe(true);
  });

  it('counts AllHours SLAs on the 24/7 calendar', () => {
    const allHours = policyFromConnectWise({ ...cwSla, basedOn: 'AllHours' }, cwSlaPriorities);
    expect(allHours.ok && allHours.value.calendarId).toBe('24x7');
  });
});

describe('the three adapters together', () => {
  it('pause the clock while waiting on the client and count only office hours', () => {
    const ticket = connectwiseTicketHistory(cwTicket, cwAudit, {
      parties: { teams: { 'Service Desk': 'msp-noc' } },
    });
    if (!ticket.ok || !office.ok || !policy.ok) throw new Error('fixtures did not convert');
    const calendars = createCalendarRegistry([office.value]);
    // Monday 17:00 New York: 09:00–10:00 and 11:00–17:00 counted, the hour waiting not.
    const sla = computeSla(policy.value, ticket.value.history, Date.parse('2026-03-02T22:00:00Z'), {
      calendars,
    });
    expect(sla.clocks.resolution).toMatchObject({
      state: 'running',
      elapsedMinutes: 420,
      remainingMinutes: 60,
    });
    expect(sla.clocks.resolution?.dueAt).toBe(Date.parse('2026-03-03T14:00:00Z'));
    expect(sla.clocks.response).toMatchObject({ state: 'met', elapsedMinutes: 0 });
  });
});
