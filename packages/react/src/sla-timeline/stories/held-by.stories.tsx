import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SlaQueue } from '../views/sla-queue';
import { SlaTimeline } from '../views/sla-timeline';
import { QUEUE_NOW, queueTickets } from './queue-fixtures';
import { at, calendars, parties, policy } from './sla-fixtures';
import { storyBase } from './story-support';
import '../sla-timeline.css';
import '../held-by.css';
import '../sla-queue.css';

// The "Held by" lane and summary: who held the running resolution clock, on which side of the
// internal/MSP boundary, its pause, each party's share and on whose watch it breached.

/**
 * Monday: internal IT answers, waits on the customer from 10:00 to 12:00 and hands the ticket
 * to the MSP's extended-hours desk at 13:00; the desk hands it back on Tuesday at 10:00. The
 * P2's eight hours on the holder's calendar run out on Monday at 19:00, on the MSP's watch.
 */
const handedOver = {
  policy,
  now: at('2026-03-03T12:00:00-05:00'),
  history: [
    {
      type: 'created',
      at: at('2026-03-02T09:00:00-05:00'),
      priority: 'P2',
      partyId: 'internal-it',
      by: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-02T09:20:00-05:00'), by: 'internal-it' },
    {
      type: 'status',
      at: at('2026-03-02T10:00:00-05:00'),
      status: 'waiting-on-customer',
      by: 'internal-it',
    },
    {
      type: 'status',
      at: at('2026-03-02T12:00:00-05:00'),
      status: 'in-progress',
      by: 'internal-it',
    },
    {
      type: 'assigned',
      at: at('2026-03-02T13:00:00-05:00'),
      partyId: 'msp-desk',
      by: 'internal-it',
    },
    {
      type: 'assigned',
      at: at('2026-03-03T10:00:00-05:00'),
      partyId: 'internal-it',
      by: 'msp-desk',
    },
  ],
} as const;

const meta = {
  title: 'SLA/Held by',
  component: SlaTimeline,
  args: { ...storyBase, ...handedOver },
} satisfies Meta<typeof SlaTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const segmentsOf = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-lane="holder"] [data-state]')].map((el) => [
    el.dataset.state,
    el.dataset.side ?? '',
    el.dataset.partyId ?? '',
  ]);

/** Internal → MSP → internal with a pause: the lane, the shares and the breach's watch. */
export const HandedOverAndBack: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(segmentsOf(canvasElement)).toEqual([
      ['held', 'internal', 'internal-it'],
      ['paused', '', ''],
      ['held', 'internal', 'internal-it'],
      ['held', 'provider', 'msp-desk'],
      ['held', 'internal', 'internal-it'],
    ]);
    const paused = canvasElement.querySelector('[data-lane="holder"] [data-state="paused"]');
    expect(paused?.getAttribute('data-tip')).toMatch(
      /^Paused: waiting-on-customer \(set by Internal IT\)\n/,
    );
    const summary = canvas.getByRole('group', { name: 'Held by · Resolution' });
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Internal: Mon 09–10 and 12–13, Tue 10–12 on office hours (4 h); the desk: Mon 13–23 and
    // Tue 07–10 on its extended hours (13 h): 17 h in all.
    expect(items).toEqual([
      'Northwind service desk: 76 % (13 h)',
      'Internal IT: 24 % (4 h)',
      'Resolution breached on Northwind service desk’s watch',
    ]);
    const table = canvas.getByRole('table', { name: 'Held by · Resolution' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('Northwind service deskMSP13 h76 %');
    expect(rows).toContain('UnassignedInternal0 min0 %'.replace('Internal', '—'));
  },
};

/** The same ticket with `heldBy={false}`: the plain holder lane and no summary. */
export const Off: Story = {
  args: { heldBy: false },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('[data-held-by]')).toBeNull();
    expect(within(canvasElement).queryByRole('group', { name: /^Held by/ })).toBeNull();
    expect(canvasElement.querySelectorAll('[data-lane="holder"] [data-party-index]').length).toBe(
      3,
    );
  },
};

/** The queue: each breached row says on whose watch it breached. */
export const QueueWatches: Story = {
  render: () => (
    <SlaQueue
      tickets={queueTickets(200)}
      now={QUEUE_NOW}
      calendars={calendars}
      parties={parties}
      locale="en-GB"
      viewerTimeZone="Europe/London"
    />
  ),
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid', { name: 'SLA queue' });
    // The virtualiser renders its rows once it has measured the scroller.
    await waitFor(() => expect(grid.querySelectorAll('tbody tr').length).toBeGreaterThan(5));
    const rows = [...grid.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((row) => row.dataset.state)).toContain('breached');
    const breached = rows.filter((row) => row.dataset.state === 'breached');
    for (const row of breached) expect(row.textContent).toMatch(/breached on .+’s watch/);
    // The rows breached longest come first; rows that never breached say nothing of a watch
    // (the unit test of breachWatch holds that).
    expect(breached[0]?.querySelector('.tandem-sla-queue-watch')).not.toBeNull();
  },
};
