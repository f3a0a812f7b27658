import { calendarById, computeSla, selectSlaPolicy } from '@tandem/react/sla-timeline';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_HOLIDAYS } from '../mocks/data/england-and-wales-ics';
import { createPsaHandlers } from '../mocks/handlers';
import { readPsaMockSettings } from '../mocks/settings';
import { loadServiceConfig, loadTickets } from './connectwise-client';

// The mocked PSA's ConnectWise payloads through the portal's client, which reads them with the
// core's adapters only: everything must carry over — no `lost` entry anywhere — or the mock
// and the adapters have drifted apart.

const settings = readPsaMockSettings('?latency=0');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  settings.failing.clear();
  server.resetHandlers(...createPsaHandlers(settings));
});
afterAll(() => server.close());

async function loaded() {
  const [tickets, service] = await Promise.all([loadTickets(), loadServiceConfig()]);
  if (!tickets.ok) throw new Error(tickets.issues.map((i) => i.message).join(' '));
  if (!service.ok) throw new Error(service.issues.map((i) => i.message).join(' '));
  return { queue: tickets.value, service: service.value };
}

describe('the portal’s ConnectWise client against the mocked PSA', () => {
  it('converts every ticket and audit trail with nothing lost', async () => {
    const { queue } = await loaded();
    expect(queue.tickets.length).toBe(18);
    expect(queue.tickets.flatMap((t) => t.report.lost)).toEqual([]);
  });

  it('converts every SLA and calendar with nothing lost', async () => {
    const { service } = await loaded();
    expect(service.lost).toEqual([]);
    expect(service.calendarSpecs.map((spec) => [spec.id, spec.timeZone])).toEqual([
      ['office', 'America/New_York'],
      ['extended', 'America/New_York'],
      ['uk-office', 'Europe/London'],
    ]);
    expect(service.policies.map((policy) => [policy.when?.sla, policy.calendarId])).toEqual([
      ['Contoso standard support', 'office'],
      ['Northwind NOC 24x7', '24x7'],
      ['Fabrikam standard support', 'uk-office'],
    ]);
  });

  it('gives the UK customer’s calendar the bank holidays of the GOV.UK feed', async () => {
    const { service } = await loaded();
    const uk = service.calendarSpecs.find((spec) => spec.id === 'uk-office');
    const dates = (uk?.holidays ?? []).map((h) => (typeof h === 'string' ? h : h.date));
    expect(dates).toHaveLength(ENGLAND_AND_WALES_HOLIDAYS);
    expect(dates).toContain('2026-12-28'); // Boxing Day's substitute
    expect(dates).toContain('2027-03-26'); // Good Friday
    expect(calendarById(service.calendars, 'uk-office').timeZone).toBe('Europe/London');
  });

  it('serves the feed as text/calendar', async () => {
    const response = await fetch('http://localhost/api/psa/bank-holidays/england-and-wales.ics');
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('maps hand-overs between teams to the matrix’s parties, and pauses to statuses', async () => {
    const { queue } = await loaded();
    const ticket = queue.tickets.find((t) => t.id === '#1056');
    const holders = ticket?.history.flatMap((e) =>
      e.type === 'created' || e.type === 'assigned' ? [e.partyId] : [],
    );
    expect(holders).toEqual(['internal-it', 'msp-desk', 'internal-it']);
    const statuses = ticket?.history.flatMap((e) => (e.type === 'status' ? [e.status] : []));
    expect(statuses).toEqual(['Waiting on Customer', 'In Progress']);
  });

  it('finds every ticket’s SLA policy and computes its clocks', async () => {
    const { queue, service } = await loaded();
    for (const ticket of queue.tickets) {
      const policy = selectSlaPolicy(service.policies, ticket.attributes);
      expect(policy, ticket.id).toBeDefined();
      if (!policy) continue;
      const sla = computeSla(policy, ticket.history, queue.asOf, { calendars: service.calendars });
      expect(Object.keys(sla.clocks).length, ticket.id).toBeGreaterThan(0);
    }
    const fabrikam = queue.tickets.filter((t) => t.attributes.company === 'Fabrikam UK');
    expect(
      fabrikam.map((t) => selectSlaPolicy(service.policies, t.attributes)?.calendarId),
    ).toEqual(['uk-office', 'uk-office', 'uk-office']);
  });

  it('stops with the PSA’s answer when the tickets service is down', async () => {
    settings.failing.add('tickets');
    const result = await loadTickets();
    expect(result).toMatchObject({ ok: false, status: 503 });
  });
});
