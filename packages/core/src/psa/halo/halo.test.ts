import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../sla/calendar-spec';
import { computeSla } from '../../sla/clock';
import { parseTicketHistory } from '../../sla/history';
import { parseSlaPolicy } from '../../sla/policy';
import { createCalendarRegistry } from '../../sla/registry';
import {
  haloActions,
  haloLabels,
  haloPriorities,
  haloSla,
  haloTicket,
  haloWorkday,
} from '../fixtures/halo';
import { calendarFromHalo } from './calendar';
import { policyFromHalo } from './sla';
import { haloTicketHistory } from './ticket';

const parties = { members: { '#12': 'msp-noc' }, teams: { '1st Line': 'internal-it' } };
const at = (iso: string) => Date.parse(iso);

function converted(ticket: unknown = haloTicket, actions: unknown = haloActions) {
  const result = haloTicketHistory(ticket, actions, { parties, labels: haloLabels });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('haloTicketHistory', () => {
  it('reads local times in the site’s zone and turns actions into events', () => {
    const { value, report } = converted();
    expect(value.history).toEqual([
      { type: 'created', at: at('2026-03-02T14:00:00Z'), priority: 'Medium', status: 'New' },
      { type: 'assigned', at: at('2026-03-02T15:00:00Z'), partyId: 'msp-noc' },
      { type: 'responded', at: at('2026-03-02T15:00:00Z') },
      { type: 'status', at: at('2026-03-02T16:00:00Z'), status: 'On Hold', by: 'msp-noc' },
      { type: 'status', at: at('2026-03-02T18:00:00Z'), status: 'In Progress', by: 'msp-noc' },
      { type: 'resolved', at: at('2026-03-03T20:00:00Z') },
    ]);
    expect(parseTicketHistory(JSON.parse(JSON.stringify(value.history))).ok).toBe(true);
    expect(report.inferred[0]).toEqual({
      path: ['ticket', 'site_timezone'],
      message:
        'Dates without an offset are read in America/New_York, the site\'s zone ("Eastern Standard Time"); pass timeZone if your instance writes them in UTC.',
    });
  });

  it('reports repeats, notes, Halo’s own SLA states, and unmapped agents', () => {
    const { lost, inferred } = converted().report;
    expect(lost).toEqual([
      { path: ['actions', 2], message: 'Action 2 repeats action 1; left out.' },
      {
        path: ['actions', 4],
        message: 'Action 4 ("Logged") changes nothing an SLA reads; left out.',
      },
      {
        path: ['actions'],
        message:
          "1 action's new_slastatus (HaloPSA's own SLA state) not carried; Tandem recomputes it.",
      },
      {
        path: ['actions', 3, 'who_agentid'],
        message: 'No party is mapped to the agent "#5"; what it held or did names no party.',
      },
    ]);
    expect(inferred.map((i) => i.message)).toContain(
      'Actions give no holder before the first agent or team change; the ticket is taken as unassigned until then.',
    );
  });

  it('refuses times without an offset when neither timeZone nor site_timezone says the zone', () => {
    const { site_timezone, ...rest } = haloTicket;
    const result = haloTicketHistory(rest, []);
    expect(!result.ok && result.issues[0]).toEqual({
      path: ['ticket', 'dateoccurred'],
      code: 'no_time_zone',
      message: '"2026-03-02T09:00:00" has no offset; pass the PSA\'s time zone to read it.',
    });
    const zoned = haloTicketHistory(rest, [], { timeZone: 'Europe/London' });
    expect(zoned.ok && zoned.value.history[0]?.at).toBe(at('2026-03-02T09:00:00Z'));
  });

  it('reports an on-hold flag that comes without a status', () => {
    const hold = converted(haloTicket, [
      { id: 8, datetime: '2026-03-02T12:00:00Z', new_onhold: true },
    ]);
    expect(hold.report.lost).toContainEqual({
      path: ['actions', 0, 'new_onhold'],
      message:
        'An on-hold flag without a status; Tandem pauses by status, so name the hold statuses in the policy.',
    });
  });

  it('keeps an unknown status as its id and fails with paths on wrong types', () => {
    const unknown = converted(haloTicket, [
      { id: 9, datetime: '2026-03-02T12:00:00Z', new_status: 77 },
    ]);
    expect(unknown.value.history.find((e) => e.type === 'status')).toMatchObject({ status: '77' });
    expect(unknown.report.inferred.map((i) => i.message)).toContain(
      'Status 77 has no name in labels.statuses; it is kept as "77".',
    );
    const wrong = haloTicketHistory({ ...haloTicket, id: 'x' }, [{ new_status: 'open' }]);
    expect(!wrong.ok && wrong.issues.map((i) => i.path)).toEqual([
      ['ticket', 'id'],
      ['actions', 0, 'new_status'],
    ]);
  });

  it('takes Halo’s "unset" date as none and says so', () => {
    const open = converted({ ...haloTicket, dateclosed: '1900-01-01T00:00:00' });
    expect(open.value.history.some((e) => e.type === 'resolved')).toBe(false);
    expect(open.report.lost).toContainEqual({
      path: ['ticket', 'dateclosed'],
      message: '"1900-01-01T00:00:00" is the PSA\'s way of writing no date; taken as none.',
    });
  });
});

describe('calendarFromHalo', () => {
  it('maps the Windows zone through CLDR, reads the weekday hours and merges holidays', () => {
    const result = calendarFromHalo(haloWorkday);
    const weekday = [['08:00', '17:00']];
    expect(result.ok && result.value).toEqual({
      id: 'halo-workday-1',
      name: 'New York office',
      timeZone: 'America/New_York',
      hours: {
        mon: weekday,
        tue: weekday,
        wed: weekday,
        thu: weekday,
        fri: weekday,
        sat: [],
        sun: [],
      },
      holidays: [
        { date: '2026-12-24', name: 'Christmas Eve', hours: [['08:00', '12:00']] },
        { date: '2026-12-25', name: 'Christmas Day' },
      ],
    });
    expect(result.ok && result.report.lost).toEqual([
      {
        path: ['workday', 'holidays', 2],
        message: 'Holiday 2 repeats holiday 0 on 2026-12-25; merged.',
      },
    ]);
    expect(result.ok && parseCalendar(result.value).ok).toBe(true);
  });

  it('refuses a zone name CLDR does not know, unless given the IANA zone', () => {
    const atlantis = { ...haloWorkday, timezone: 'Atlantis Standard Time' };
    const result = calendarFromHalo(atlantis);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      [['workday', 'timezone'], 'unknown_time_zone'],
    ]);
    const given = calendarFromHalo(atlantis, { timeZone: 'Europe/Paris' });
    expect(given.ok && given.value.timeZone).toBe('Europe/Paris');
  });
});

describe('policyFromHalo', () => {
  it('reads minutes and hours, leaves out days without hoursPerDay, and other SLAs’ rows', () => {
    const result = policyFromHalo(haloSla, haloPriorities, { pauseStatuses: ['On Hold'] });
    expect(result.ok && result.value).toEqual({
      id: 'halo-sla-3',
      name: 'Standard',
      calendarId: 'halo-workday-1',
      priorities: {
        Critical: { response: { minutes: 15 }, resolution: { minutes: 240 } },
        Medium: { response: { minutes: 120 }, resolution: { minutes: 480 } },
      },
      pauseStatuses: ['On Hold'],
      when: { sla: '3' },
    });
    expect(result.ok && result.report.lost.map((l) => l.message)).toEqual([
      'A target in working days needs hoursPerDay; left out.',
      'A target in working days needs hoursPerDay; left out.',
      'Priority "Low" has no response target; left out.',
    ]);
    expect(result.ok && parseSlaPolicy(result.value).ok).toBe(true);
    const days = policyFromHalo(haloSla, haloPriorities, { pauseStatuses: [], hoursPerDay: 8 });
    expect(days.ok && days.value.priorities.Low).toEqual({
      response: { minutes: 480 },
      resolution: { minutes: 1440 },
    });
  });
});

describe('HaloPSA’s recorded SLA state against Tandem’s recomputation', () => {
  it('agrees on in/out of SLA, hours on hold and due dates', () => {
    const ticket = converted().value;
    const calendar = calendarFromHalo(haloWorkday);
    const policy = policyFromHalo(haloSla, haloPriorities, { pauseStatuses: ['On Hold'] });
    if (!calendar.ok || !policy.ok) throw new Error('the fixtures did not convert');
    const sla = computeSla(policy.value, ticket.history, at('2026-03-04T00:00:00Z'), {
      calendars: createCalendarRegistry([calendar.value]),
    });
    expect(sla.clocks.response?.state === 'met').toBe(ticket.outcome.responseInSla);
    expect(sla.clocks.resolution?.state === 'met').toBe(ticket.outcome.resolutionInSla);
    expect(sla.clocks.response?.dueAt).toBe(ticket.outcome.respondByAt);
    expect(sla.clocks.resolution?.dueAt).toBe(ticket.outcome.fixByAt);
    // Two hours on hold (11:00–13:00 New York), as slaholdtime says: 13 business hours counted.
    expect(sla.clocks.resolution?.elapsedMinutes).toBe(
      15 * 60 - (ticket.outcome.holdHours ?? 0) * 60,
    );
  });
});
