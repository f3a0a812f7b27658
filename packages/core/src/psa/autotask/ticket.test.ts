import { weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec } from '../../sla/calendar-spec';
import { computeSla } from '../../sla/clock';
import { parseTicketHistory } from '../../sla/history';
import { parseSlaPolicy } from '../../sla/policy';
import { createCalendarRegistry } from '../../sla/registry';
import { atHistory, atLabels, atSla, atSlaResults, atTicket } from '../fixtures/autotask';
import { policyFromAutotask } from './sla';
import { autotaskTicketHistory } from './ticket';

const parties = {
  members: { '#29682885': 'msp-noc', 'Jane Smith': 'msp-noc' },
  boards: { 'Client Portal': 'internal-it' },
};
const at = (iso: string) => Date.parse(iso);
const office: CalendarSpec = {
  id: 'office',
  timeZone: 'America/New_York',
  hours: weekdays([['08:00', '17:00']]),
};

function converted(ticket: unknown = atTicket, history: unknown = atHistory) {
  const result = autotaskTicketHistory(
    ticket,
    history,
    { parties, labels: atLabels },
    atSlaResults,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('autotaskTicketHistory', () => {
  it('turns history entries and SLA times into events, holders and who made them', () => {
    expect(converted().value.history).toEqual([
      {
        type: 'created',
        at: at('2026-03-02T14:00:00Z'),
        priority: 'Medium',
        status: 'New',
        partyId: 'internal-it',
      },
      { type: 'assigned', at: at('2026-03-02T15:00:00Z'), partyId: 'msp-noc' },
      { type: 'responded', at: at('2026-03-02T15:00:00Z') },
      {
        type: 'status',
        at: at('2026-03-02T16:00:00Z'),
        status: 'Waiting Customer',
        by: 'msp-noc',
      },
      { type: 'status', at: at('2026-03-02T18:00:00Z'), status: 'In Progress', by: 'msp-noc' },
      { type: 'resolved', at: at('2026-03-03T20:00:00Z') },
    ]);
    const { history } = converted().value;
    expect(parseTicketHistory(JSON.parse(JSON.stringify(history)))).toEqual({
      ok: true,
      value: history,
    });
  });

  it('reports the repeat, the creation entry, the unread field and the unmapped resource', () => {
    const { lost, inferred } = converted().report;
    expect(lost).toEqual([
      { path: ['history', 2], message: 'History entry 2 repeats entry 1; left out.' },
      { path: ['history', 5, 'action'], message: '"Created" is no field change; left out.' },
      { path: ['history'], message: '1 change of "Description", which no SLA reads; left out.' },
      {
        path: ['history', 3, 'resourceID'],
        message:
          'No party is mapped to the resource "#29682886"; what it held or did names no party.',
      },
    ]);
    expect(inferred).toEqual([
      { path: ['history'], message: 'The ticket history was not in time order; it was sorted.' },
    ]);
  });

  it('carries Autotask’s due dates, met flag and SLA results, and the policy attributes', () => {
    const { outcome, attributes } = converted().value;
    expect(outcome).toEqual({
      serviceLevelAgreementId: 3,
      hasBeenMet: false,
      firstResponseDueAt: at('2026-03-02T16:00:00Z'),
      resolutionPlanDueAt: at('2026-03-02T18:00:00Z'),
      resolvedDueAt: at('2026-03-03T15:00:00Z'),
      results: {
        slaName: 'Standard',
        firstResponseMet: true,
        resolutionMet: false,
        firstResponseElapsedHours: 1,
        resolutionPlanElapsedHours: 0,
        resolutionElapsedHours: 13,
      },
    });
    expect(attributes).toEqual({ sla: '3', queue: 'Client Portal' });
  });

  it('keeps a status without a label as its id, and says so', () => {
    const { value, report } = converted({ ...atTicket, status: 12 }, []);
    expect(value.history[0]).toMatchObject({ status: '12', priority: 'Medium' });
    expect(report.inferred.map((i) => i.message)).toContain(
      'The status 12 has no label in labels.statuses; it is kept as "12" (history entries name statuses by label).',
    );
  });

  it('reads a date without an offset as UTC, as Autotask’s reference says, and reports it', () => {
    const { value, report } = converted({ ...atTicket, createDate: '2026-03-02T14:00:00' });
    expect(value.history[0]?.at).toBe(at('2026-03-02T14:00:00Z'));
    expect(report.inferred).toContainEqual({
      path: ['ticket', 'createDate'],
      message: '"2026-03-02T14:00:00" has no offset; read as local time in UTC.',
    });
  });

  it('fails with paths on a missing creation date and on wrong types', () => {
    const { createDate, ...rest } = atTicket;
    const missing = autotaskTicketHistory(rest, []);
    expect(!missing.ok && missing.issues.map((i) => [i.path, i.code])).toEqual([
      [['ticket', 'createDate'], 'missing_date'],
    ]);
    const wrong = autotaskTicketHistory({ ...atTicket, status: 'open' }, [{ action: 3 }]);
    expect(!wrong.ok && wrong.issues.map((i) => i.path)).toEqual([
      ['ticket', 'status'],
      ['history', 0, 'action'],
      ['history', 0, 'date'],
    ]);
  });
});

describe('policyFromAutotask', () => {
  it('gives each labelled priority its hours, and reports one without resolved hours', () => {
    const result = policyFromAutotask(atSla, {
      calendarId: 'office',
      priorities: atLabels.priorities,
      pauseStatuses: ['Waiting Customer'],
    });
    expect(result.ok && result.value).toEqual({
      id: 'autotask-sla-3',
      name: 'Standard',
      calendarId: 'office',
      priorities: {
        Critical: {
          response: { minutes: 30 },
          plan: { minutes: 60 },
          resolution: { minutes: 240 },
        },
        Medium: {
          response: { minutes: 120 },
          plan: { minutes: 240 },
          resolution: { minutes: 480 },
        },
      },
      pauseStatuses: ['Waiting Customer'],
      when: { sla: '3' },
    });
    expect(result.ok && result.report.lost).toEqual([
      {
        path: ['sla', 'priorities', 2],
        message: 'Priority "Low" has no resolved hours; left out.',
      },
    ]);
    expect(result.ok && parseSlaPolicy(result.value).ok).toBe(true);
  });
});

describe('Autotask’s recorded outcome against Tandem’s recomputation', () => {
  it('agrees on met and breached, elapsed hours and due dates', () => {
    const ticket = converted().value;
    const policy = policyFromAutotask(atSla, {
      calendarId: 'office',
      priorities: atLabels.priorities,
      pauseStatuses: ['Waiting Customer'],
    });
    if (!policy.ok) throw new Error('the SLA did not convert');
    const sla = computeSla(policy.value, ticket.history, at('2026-03-04T00:00:00Z'), {
      calendars: createCalendarRegistry([office]),
    });
    const { results } = ticket.outcome;
    expect(sla.clocks.response?.state === 'met').toBe(results?.firstResponseMet);
    expect(sla.clocks.resolution?.state === 'met').toBe(results?.resolutionMet);
    const allMet = ['response', 'resolution'].every(
      (kind) => sla.clocks[kind as 'response']?.state === 'met',
    );
    expect(allMet).toBe(ticket.outcome.hasBeenMet);
    expect(sla.clocks.response?.elapsedMinutes).toBe(
      (results?.firstResponseElapsedHours ?? 0) * 60,
    );
    expect(sla.clocks.resolution?.elapsedMinutes).toBe((results?.resolutionElapsedHours ?? 0) * 60);
    expect(sla.clocks.response?.dueAt).toBe(ticket.outcome.firstResponseDueAt);
    expect(sla.clocks.resolution?.dueAt).toBe(ticket.outcome.resolvedDueAt);
  });
});
