import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { peersShown, storyPeers } from '../../presence/story-peers';
import { compareByTimeToBreach, summariseTicket } from '../model/queue-model';
import { SlaQueue } from '../views/sla-queue';
import { SlaTimeline } from '../views/sla-timeline';
import { QUEUE_NOW, queueArgs } from './queue-fixtures';
import { calendars, parties } from './sla-fixtures';
import { breached } from './sla-scenarios';
import { storyBase, ticketArgs } from './story-support';

const args = queueArgs(30, 'Europe/London');
const { tickets } = args;
// The ticket the queue lists first (live breaches, then the soonest due): Sam's.
const [top] = tickets
  .map((ticket) => summariseTicket(ticket, QUEUE_NOW, { calendars, parties }))
  .sort(compareByTimeToBreach);
const samTicket = top?.ticket ?? tickets[0];
if (!samTicket) throw new Error('the queue has tickets');

const meta = {
  title: 'SLA/Presence',
  component: SlaQueue,
  args: {
    ...args,
    presence: {
      peers: storyPeers({ kind: 'ticket', ticketId: samTicket.id }),
      onLocalChange: fn(),
    },
  },
} satisfies Meta<typeof SlaQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sam (Northwind MSP) has a ticket of the queue focused: its row is outlined with his name. */
export const OthersInTheQueue: Story = {
  play: async ({ canvasElement }) => {
    await peersShown(canvasElement);
    const row = canvasElement.querySelector<HTMLElement>('tr[data-peer]');
    await expect(row).toHaveTextContent(samTicket.title);
    await expect(row?.querySelector('[data-peer-tag]')).toHaveTextContent('Sam');
    const live = within(canvasElement)
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-atomic') === 'true');
    await waitFor(() =>
      expect(live).toHaveTextContent(`Sam from Northwind MSP is editing ${samTicket.title}.`),
    );
  },
};

/** The same on one ticket's timeline: the whole timeline is outlined, Sam's name in its header. */
export const OthersOnTheTimeline: Story = {
  render: () => (
    <SlaTimeline
      {...storyBase}
      {...ticketArgs(breached)}
      ticket={{ id: 'T-1042', title: 'VPN drops every hour' }}
      presence={{ peers: storyPeers({ kind: 'ticket', ticketId: 'T-1042' }) }}
    />
  ),
  play: async ({ canvasElement }) => {
    await peersShown(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>('[data-peer]');
    await expect(root).toHaveAttribute('role', 'group');
    await expect(root?.querySelector('[data-peer-tag]')).toHaveTextContent('Sam');
    await waitFor(() =>
      expect(root?.querySelector('[role="status"]')).toHaveTextContent(
        'Sam from Northwind MSP is editing VPN drops every hour.',
      ),
    );
  },
};
