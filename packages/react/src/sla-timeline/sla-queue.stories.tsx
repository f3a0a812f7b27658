import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { QUEUE_NOW, queueTickets } from './queue-fixtures';
import { calendars, parties } from './sla-fixtures';
import { SlaQueue } from './sla-queue';
import './sla-timeline.css';
import './sla-queue.css';

// Built once: 5,000 tickets with realistic histories, summed up by the real computeSla.
const tickets = queueTickets(5_000);

const meta = {
  title: 'SLA/SlaQueue',
  component: SlaQueue,
  args: {
    tickets,
    now: QUEUE_NOW,
    calendars,
    parties,
    locale: 'en-GB',
    viewerTimeZone: 'Europe/London',
  },
} satisfies Meta<typeof SlaQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 5,000 tickets, live breaches first, then by time to breach; only the rows on screen are rendered. */
export const FiveThousandTickets: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'SLA queue' });
    await expect(grid).toHaveAttribute('aria-rowcount', '5001');
    await expect(canvas.getByText('5,000 tickets')).toBeVisible();
    const rendered = within(grid).getAllByRole('row').length;
    await expect(rendered).toBeLessThan(60);
    // Scrolled to the bottom, the last rows are tickets with no clock left running.
    const scroller = grid.parentElement as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() =>
      expect(within(grid).getAllByRole('row').at(-1)).toHaveAttribute('aria-rowindex', '5001'),
    );
  },
};

/** Filter chips narrow the queue by holder and priority, counting what each would show. */
export const FilterByPartyAndPriority: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Northwind NOC \(/ }));
    await userEvent.click(canvas.getByRole('button', { name: /^P1 \(/ }));
    const grid = canvas.getByRole('grid', { name: 'SLA queue' });
    const rows = within(grid).getAllByRole('row').slice(1);
    await expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      await expect(row).toHaveTextContent('Northwind NOC');
      await expect(row).toHaveTextContent('P1');
    }
    await expect(canvas.getByRole('button', { name: /^P1 \(/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

/** Arrow keys move through the rows; Enter opens the ticket's full timeline in a dialog. */
export const OpenFromKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'SLA queue' });
    const first = within(grid).getAllByRole('row')[1];
    if (!first) throw new Error('The queue has no rows.');
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const third = grid.querySelector('[data-index="2"]');
    await expect(third).toHaveFocus();
    const title = third?.querySelector('[data-column="ticket"]')?.textContent ?? '';
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog');
    await expect(dialog).toHaveAccessibleName(expect.stringContaining(title.slice(0, 20)));
    await expect(within(dialog).getByRole('slider', { name: 'Time cursor' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** Filtered from the start to what needs attention now: P1 and P2. */
export const UrgentOnly: Story = { args: { defaultFilter: { priorities: ['P1', 'P2'] } } };
