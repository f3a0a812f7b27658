import { standardSla } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTicketHistory } from './history';
import { parseSlaPolicy, type SlaPolicy, selectSlaPolicy } from './policy';
import { createCalendarRegistry } from './registry';

// Every kind of target, on the policy calendar, around the clock and on the holder's.
const policy: SlaPolicy = standardSla;
const calendars = createCalendarRegistry([
  { id: 'office', timeZone: 'Europe/Dublin', hours: { mon: [['09:00', '17:00']] } },
]);
const issuesOf = (result: {
  ok: boolean;
  issues?: readonly { path: readonly (string | number)[]; code: string }[];
}) => result.issues?.map(({ path, code }) => ({ path, code })) ?? [];

describe('parseSlaPolicy', () => {
  it('accepts a policy whose calendars the registry knows', () => {
    expect(parseSlaPolicy(policy, calendars)).toEqual({ ok: true, value: policy });
  });

  it('reports bad targets by path', () => {
    const bad = {
      ...policy,
      priorities: { P1: { response: { minutes: -5 }, resolution: { minutes: 60 } } },
    };
    expect(issuesOf(parseSlaPolicy(bad))).toEqual([
      { path: ['priorities', 'P1', 'response', 'minutes'], code: 'too_small' },
    ]);
  });

  it('reports calendars the registry lacks, and "holder" as the policy calendar', () => {
    const bad = {
      ...policy,
      calendarId: 'holder',
      priorities: {
        P2: { response: { minutes: 5, calendarId: 'site' }, resolution: { minutes: 60 } },
      },
    };
    expect(issuesOf(parseSlaPolicy(bad, calendars))).toEqual([
      { path: ['calendarId'], code: 'invalid_calendar' },
      { path: ['priorities', 'P2', 'response', 'calendarId'], code: 'unknown_calendar' },
    ]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseSlaPolicy(input, calendars)));
  });
});

describe('selectSlaPolicy', () => {
  const vip: SlaPolicy = { ...policy, id: 'vip', when: { vip: true } };
  const network: SlaPolicy = {
    ...policy,
    id: 'network',
    when: { category: ['network', 'wan'], site: 'hq' },
  };
  const fallback: SlaPolicy = { ...policy, id: 'fallback' };
  const pick = (attributes: Record<string, unknown>) =>
    selectSlaPolicy([vip, network, fallback], attributes)?.id;

  it('takes the first policy by position whose conditions all match', () => {
    expect(pick({ vip: true, category: 'network', site: 'hq' })).toBe('vip');
    expect(pick({ vip: false, category: 'wan', site: 'hq' })).toBe('network');
    expect(pick({ category: 'wan', site: 'branch' })).toBe('fallback');
  });

  it('finds nothing when no policy matches and there is no catch-all', () => {
    expect(selectSlaPolicy([vip], { vip: 'yes' })).toBeUndefined();
  });
});

describe('parseTicketHistory', () => {
  it('reads ISO instants with offsets and puts events in time order, ties kept in order', () => {
    const result = parseTicketHistory([
      { type: 'assigned', at: '2026-03-02T16:00:00+01:00', partyId: 'msp' },
      { type: 'created', at: '2026-03-02T14:00:00Z', priority: 'P2' },
      { type: 'responded', at: Date.UTC(2026, 2, 2, 15) },
      { type: 'status', at: '2026-03-02T15:00:00Z', status: 'waiting-on-customer' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { type: 'created', at: Date.UTC(2026, 2, 2, 14), priority: 'P2' },
        { type: 'assigned', at: Date.UTC(2026, 2, 2, 15), partyId: 'msp' },
        { type: 'responded', at: Date.UTC(2026, 2, 2, 15) },
        { type: 'status', at: Date.UTC(2026, 2, 2, 15), status: 'waiting-on-customer' },
      ],
    });
  });

  it('rejects local times without an offset, which a server would read in its own zone', () => {
    expect(
      issuesOf(
        parseTicketHistory([{ type: 'created', at: '2026-03-02T14:00:00', priority: 'P2' }]),
      ),
    ).toEqual([{ path: [0, 'at'], code: 'invalid_format' }]);
  });

  it('needs exactly one created event, before everything else', () => {
    expect(issuesOf(parseTicketHistory([{ type: 'resolved', at: 5 }]))).toEqual([
      { path: [], code: 'created_count' },
    ]);
    expect(
      issuesOf(
        parseTicketHistory([
          { type: 'created', at: 10, priority: 'P1' },
          { type: 'updated', at: 5 },
        ]),
      ),
    ).toEqual([{ path: [1, 'at'], code: 'before_created' }]);
  });

  it('reports unknown event types by path', () => {
    const result = parseTicketHistory([
      { type: 'created', at: 1, priority: 'P1' },
      { type: 'escalated', at: 2 },
    ]);
    expect(issuesOf(result)).toEqual([{ path: [1, 'type'], code: 'invalid_union' }]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseTicketHistory(input)));
  });
});
