import * as attribution from '@tandem/core/sla/attribution';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueBodyRows as bodyRows } from '../../test-support/queue';
import { summariseTicket } from '../model/queue-model';
import { QUEUE_NOW, queueTickets } from '../stories/queue-fixtures';
import { calendars, parties } from '../stories/sla-fixtures';
import { SlaQueue } from '../views/sla-queue';
import { breachWatch } from './queue-watch';

// Attribution is counted through a spy on the core's entry, so the test sees every call the
// queue makes — none for tickets it does not render.
vi.mock('@tandem/core/sla/attribution', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@tandem/core/sla/attribution')>();
  return { ...actual, slaAttribution: vi.fn(actual.slaAttribution) };
});
const spy = vi.mocked(attribution.slaAttribution);
afterEach(() => spy.mockClear());

describe('the queue’s “breached on X’s watch”', () => {
  it('computes attribution only for the breached rows it renders, of 10,000 tickets', () => {
    const tickets = queueTickets(10_000);
    render(<SlaQueue tickets={tickets} now={QUEUE_NOW} calendars={calendars} parties={parties} />);
    const rows = bodyRows();
    const breached = rows.filter((row) => row.getAttribute('data-state') === 'breached');
    expect(breached.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    // Renders may repeat, the computation may not: at most once per rendered breached row.
    expect(spy.mock.calls.length).toBeGreaterThan(0);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(breached.length);
    expect(breached[0]).toHaveTextContent(/breached on .+’s watch/);
  });

  it('does not compute again when the rows re-render', async () => {
    const user = userEvent.setup();
    const tickets = queueTickets(300);
    render(<SlaQueue tickets={tickets} now={QUEUE_NOW} calendars={calendars} parties={parties} />);
    const calls = spy.mock.calls.length;
    const first = bodyRows()[0] as HTMLElement;
    await user.click(first);
    await user.keyboard('{Escape}');
    // Opening the ticket's dialog computes its timeline's summary, once; the rows none again.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });

  it('names the holder at the breach, and nothing for a ticket that never breached', () => {
    const options = { calendars, parties };
    const entries = queueTickets(200).map((ticket) => summariseTicket(ticket, QUEUE_NOW, options));
    const late = entries.find((entry) => entry.state === 'breached');
    const fine = entries.find((entry) => entry.state !== 'breached');
    if (!late || !fine) throw new Error('the fixture has both kinds');
    const watch = breachWatch(late, QUEUE_NOW, options);
    expect(watch?.kind).toBeDefined();
    const clock = watch?.kind ? late.sla.clocks[watch.kind] : undefined;
    expect(clock?.breaches).toBeGreaterThan(0);
    expect(parties.map((p) => p.id)).toContain(watch?.partyId);
    expect(breachWatch(fine, QUEUE_NOW, options)).toBeUndefined();
  });
});

describe('the ticket dialog', () => {
  it('shows the Held by summary of the ticket', async () => {
    const user = userEvent.setup();
    render(
      <SlaQueue
        tickets={queueTickets(50)}
        now={QUEUE_NOW}
        calendars={calendars}
        parties={parties}
      />,
    );
    await user.click(bodyRows()[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    const summary = within(dialog).getByRole('group', { name: /^Held by · / });
    expect(summary).toHaveTextContent(/\d+ %/);
  });
});
