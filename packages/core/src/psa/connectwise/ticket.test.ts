import { describe, expect, it } from 'vitest';
import { parseTicketHistory } from '../../sla/history';
import { cwAudit, cwTicket } from '../fixtures/connectwise';
import { connectwiseTicketHistory } from './ticket';

const parties = {
  members: { jsmith: 'internal-it', mnoc: 'msp-noc' },
  teams: { 'Service Desk': 'msp-noc' },
};
const at = (iso: string) => Date.parse(iso);

function converted(ticket: unknown = cwTicket, audit: unknown = cwAudit) {
  const result = connectwiseTicketHistory(ticket, audit, { parties });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('connectwiseTicketHistory', () => {
  it('turns the audit trail into status and hand-off events with who made them', () => {
    expect(converted().value.history).toEqual([
      {
        type: 'created',
        at: at('2026-03-02T14:00:00Z'),
        priority: 'Priority 3 - Normal',
        status: 'New',
        partyId: 'msp-noc',
      },
      { type: 'responded', at: at('2026-03-02T14:00:00Z') },
      { type: 'assigned', at: at('2026-03-02T15:00:00Z'), partyId: 'internal-it', by: 'msp-noc' },
      {
        type: 'status',
        at: at('2026-03-02T15:00:00Z'),
        status: 'Waiting on Client',
        by: 'msp-noc',
      },
      { type: 'status', at: at('2026-03-02T16:00:00Z'), status: 'In Progress', by: 'internal-it' },
    ]);
  });

  it('produces a history parseTicketHistory accepts as it is', () => {
    const { history } = converted().value;
    expect(parseTicketHistory(JSON.parse(JSON.stringify(history)))).toEqual({
      ok: true,
      value: history,
    });
  });

  it('takes a response stamped seconds before entry as at entry, and says so', () => {
    const { report } = converted();
    expect(report.inferred).toContainEqual({
      path: ['ticket', 'dateResponded'],
      message: 'dateResponded is 5 s before the ticket was entered; taken as at entry.',
    });
  });

  it('reports the duplicate entry, the note, the unread field and the unmapped member', () => {
    const { lost, inferred } = converted().report;
    expect(lost).toEqual([
      { path: ['audit', 3], message: 'Audit entry 3 repeats entry 2; left out.' },
      {
        path: ['audit', 5, 'text'],
        message: '"Ticket was created via the portal" is no field change; left out.',
      },
      { path: ['audit'], message: '1 change of "Summary", which no SLA reads; left out.' },
      {
        path: ['audit'],
        message: 'No party is mapped to the member "portal"; what it held or did names no party.',
      },
    ]);
    expect(inferred.map((i) => i.message)).toContain(
      'The audit trail was not in time order; it was sorted.',
    );
  });

  it('carries ConnectWise’s own outcome and the attributes for choosing a policy', () => {
    const { outcome, attributes } = converted().value;
    expect(outcome).toEqual({
      slaName: 'Standard SLA',
      slaStatus: 'Resolve by Tue 03/03 05:00 PM UTC-05',
      isInSla: true,
      respondMinutes: 0,
      resPlanMinutes: 0,
      resolveMinutes: 0,
    });
    expect(attributes).toEqual({ sla: 'Standard SLA', board: 'Help Desk', team: 'Service Desk' });
  });

  it('puts a ticket without an audit trail on its current values and says so', () => {
    const { value, report } = converted(cwTicket, []);
    expect(value.history[0]).toEqual({
      type: 'created',
      at: at('2026-03-02T14:00:00Z'),
      priority: 'Priority 3 - Normal',
      status: 'In Progress',
      partyId: 'internal-it',
    });
    expect(report.inferred[0]?.message).toBe(
      "No audited change of priority, status, owner: the ticket's current value is taken as its first.",
    );
  });

  it('refuses an audit date without an offset unless it is given the zone', () => {
    const audit = [
      { text: 'Status has been changed from "New" to "Open"', enteredDate: '2026-03-02T10:00:00' },
    ];
    const without = connectwiseTicketHistory(cwTicket, audit);
    expect(without).toEqual({
      ok: false,
      issues: [
        {
          path: ['audit', 0, 'enteredDate'],
          code: 'no_time_zone',
          message: '"2026-03-02T10:00:00" has no offset; pass the PSA\'s time zone to read it.',
        },
      ],
    });
    const zoned = connectwiseTicketHistory(cwTicket, audit, { timeZone: 'America/New_York' });
    expect(zoned.ok && zoned.value.history.find((e) => e.type === 'status')?.at).toBe(
      at('2026-03-02T15:00:00Z'),
    );
    expect(zoned.ok && zoned.report.inferred.map((i) => i.message)).toContain(
      '"2026-03-02T10:00:00" has no offset; read as local time in America/New_York.',
    );
  });

  it('fails with a path when the entry date is missing', () => {
    const { _info, ...rest } = cwTicket;
    const result = connectwiseTicketHistory({ ...rest, _info: { enteredBy: 'x' } }, []);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      [['ticket', '_info', 'dateEntered'], 'missing_date'],
    ]);
  });

  it('reports a history too long for the engine instead of cutting it', () => {
    const audit = Array.from({ length: 12_000 }, (_, i) => ({
      text: `Status has been changed from "A" to "${i % 2 ? 'A' : 'B'}"`,
      enteredDate: new Date(at('2026-03-02T14:00:00Z') + (i + 1) * 1000).toISOString(),
    }));
    const result = connectwiseTicketHistory(cwTicket, audit);
    expect(!result.ok && result.issues[0]?.code).toBe('too_many_events');
  });

  it('finds repeats in a long trail as in a short one', () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      text: `Summary has been changed from "${i}" to "${i + 1}"`,
      enteredDate: '2026-03-02T15:00:00Z',
      enteredBy: 'mnoc',
    }));
    const withRepeats = [...long, long[7], long[7], long[30]];
    const result = connectwiseTicketHistory(cwTicket, withRepeats);
    expect(result.ok && result.report.lost.filter((l) => l.message.includes('repeats'))).toEqual([
      { path: ['audit', 40], message: 'Audit entry 40 repeats entry 7; left out.' },
      { path: ['audit', 41], message: 'Audit entry 41 repeats entry 7; left out.' },
      { path: ['audit', 42], message: 'Audit entry 42 repeats entry 30; left out.' },
    ]);
  });

  it('reads a 100,000-entry trail of unread fields without failing', () => {
    const audit = Array.from({ length: 100_000 }, (_, i) => ({
      text: `Summary has been changed from "${i}" to "${i + 1}"`,
      enteredDate: '2026-03-02T15:00:00Z',
      enteredBy: `m${i}`,
    }));
    const result = connectwiseTicketHistory(cwTicket, audit);
    expect(result.ok && result.report.lost).toContainEqual({
      path: ['audit'],
      message: '100000 changes of "Summary", which no SLA reads; left out.',
    });
  });
});
