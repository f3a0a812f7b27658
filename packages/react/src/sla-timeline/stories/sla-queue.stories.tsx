import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { summariseTicket } from '../model/queue-model';
import { SlaQueue } from '../views/sla-queue';
import { QUEUE_NOW, queueArgs, queueTickets } from './queue-fixtures';
import { calendars, parties } from './sla-fixtures';
import { one } from './story-support';
import { expectReadable, expectThemed, type ThemedParts } from './timeline-plays';
import '../sla-timeline.css';
import '../sla-queue.css';

// Built once: 5,000 tickets with realistic histories, summed up by the real computeSla.
const args = queueArgs(5_000, 'Europe/London');

// A short queue with three tickets in every state, so every chip colour is on screen at once.
const everyState = (() => {
  const seen = new Map<string, number>();
  return queueTickets(400).filter((ticket) => {
    const { state } = summariseTicket(ticket, QUEUE_NOW, { calendars, parties });
    const count = seen.get(state) ?? 0;
    seen.set(state, count + 1);
    return count < 3;
  });
})();

const meta = {
  title: 'SLA/SlaQueue',
  component: SlaQueue,
  args,
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

/** Closing the ticket's dialog — by Escape or by Close — puts focus back on the row that opened it. */
export const FocusReturnsToTheRow: Story = {
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid', { name: 'SLA queue' });
    const row = () => grid.querySelector<HTMLElement>('[data-index="1"]');
    row()?.focus();
    await expect(row()).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await within(document.body).findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row()).toHaveFocus());

    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row()).toHaveFocus());
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

type Play = NonNullable<Story['play']>;

/**
 * A themed queue with a filter pressed and a ticket open: the listed parts look different from
 * the light default, every chip, cell and the dialog stay readable, and the dialog is left open
 * so the accessibility check sees it in the theme too.
 */
function queueThemePlay(parts: ThemedParts, dialogParts: ThemedParts = []): Play {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = one(canvasElement, '.tandem-sla-queue');
    // Every priority pressed: the filters show their pressed look and no ticket is hidden.
    const priorities = canvas.getByRole('group', { name: 'Priority' });
    for (const chip of within(priorities).getAllByRole('button')) await userEvent.click(chip);
    await userEvent.click(one(root, '[role="row"][data-index="0"]'));
    const dialog = await within(document.body).findByRole('dialog');
    await expectThemed(root, parts);
    await expectThemed(dialog, dialogParts);

    const scroll = one(root, '.tandem-sla-queue-scroll');
    const head = one(root, '.tandem-sla-queue-head');
    const selected = one(root, '[aria-selected="true"]');
    const others = [...root.querySelectorAll('[role="row"][aria-selected="false"]')];
    const cells = others.flatMap((row) => [
      [`title ${row.textContent}`, one(row, '.tandem-sla-queue-title'), scroll],
      [`id ${row.textContent}`, one(row, '.tandem-sla-queue-id'), scroll],
      [`time ${row.textContent}`, one(row, '[data-column="time"]'), scroll],
    ]) as [string, Element, Element][];
    const fills = [
      ...root.querySelectorAll('.tandem-sla-queue-chip, .tandem-sla-queue-priority'),
      ...root.querySelectorAll('.tandem-sla-queue-filter'),
    ].map((chip) => [`chip ${chip.textContent}`, chip, chip] as [string, Element, Element]);
    const states = new Set(
      [...root.querySelectorAll<HTMLElement>('.tandem-sla-queue-chip')].map((c) => c.dataset.state),
    );
    await expect([...states].sort()).toEqual(['breached', 'met', 'paused', 'running']);
    const timeline = one(dialog, '.tandem-sla');
    await expectReadable([
      ['header', one(head, 'th'), head],
      ['selected row', one(selected, '.tandem-sla-queue-title'), selected],
      ...cells,
      ...fills,
      ['dialog title', one(dialog, 'h2'), dialog],
      ['dialog timeline', timeline, timeline],
    ]);
  };
}

/** The catalog's dark theme on the queue and the dialog it opens (portalled to the body). */
export const DarkTheme: Story = {
  args: { tickets: everyState },
  globals: { theme: 'dark' },
  play: queueThemePlay(
    [
      ['text', 'self', 'color'],
      ['rows', '.tandem-sla-queue-scroll', 'background-color'],
      ['header', '.tandem-sla-queue-head', 'background-color'],
      ['breached chip', '.tandem-sla-queue-chip[data-state="breached"]', 'background-color'],
      ['breached chip text', '.tandem-sla-queue-chip[data-state="breached"]', 'color'],
      ['paused chip text', '.tandem-sla-queue-chip[data-state="paused"]', 'color'],
      ['pressed filter', '.tandem-sla-queue-filter[aria-pressed="true"]', 'background-color'],
      ['selected row', '[aria-selected="true"]', 'background-color'],
    ],
    [
      ['dialog', 'self', 'background-color'],
      ['dialog timeline', '.tandem-sla', 'background-color'],
    ],
  ),
};

/** The catalog's brand theme: a teal accent on filters, running clocks and selection, rounder corners. */
export const BrandTheme: Story = {
  args: { tickets: everyState },
  globals: { theme: 'brand' },
  play: queueThemePlay(
    [
      ['pressed filter', '.tandem-sla-queue-filter[aria-pressed="true"]', 'background-color'],
      ['running chip', '.tandem-sla-queue-chip[data-state="running"]', 'color'],
      ['selected row', '[aria-selected="true"]', 'background-color'],
      ['corners', '.tandem-sla-queue-scroll', 'border-start-start-radius'],
    ],
    [['dialog timeline focus', '.tandem-sla', '--tandem-sla-focus']],
  ),
};

/**
 * Right to left, in Hebrew: the columns run from the right, the compact timelines run leftwards,
 * the arrow keys still walk the rows, and the ticket opens in a right-to-left dialog although
 * the dialog is portalled out of the `dir="rtl"` wrapper.
 */
export const RightToLeft: Story = {
  args: {
    locale: 'he-IL',
    messages: {
      queueLabel: 'תור SLA',
      filtersLabel: 'מסננים',
      partyFilter: 'מטופל על ידי',
      priorityFilter: 'עדיפות',
      queueColumns: {
        ticket: 'כרטיס',
        priority: 'עדיפות',
        holder: 'מטופל על ידי',
        state: 'SLA',
        timeToBreach: 'זמן להפרה',
        timeline: 'ציר זמן',
      },
      close: 'סגירה',
    },
  },
  render: (args) => (
    <div dir="rtl" lang="he">
      <SlaQueue {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid', { name: 'תור SLA' });
    const heads = [...grid.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
    // Mirrored: each column sits to the left of the one before it.
    for (const [i, head] of heads.entries()) {
      if (i > 0) await expect(head.right).toBeLessThanOrEqual((heads[i - 1]?.left ?? 0) + 1);
    }
    const first = one(grid, '[data-index="0"]');
    const ticket = one(first, '[data-column="ticket"]').getBoundingClientRect();
    await expect(Math.abs(ticket.right - (heads[0]?.right ?? 0))).toBeLessThan(1);
    // Now sits at the same share of the compact timeline, counted from the right.
    const compact = one(first, '[data-column="timeline"] [aria-hidden]');
    const nowLine = one(compact, ':scope > :last-child');
    const box = compact.getBoundingClientRect();
    const share = Number.parseFloat(nowLine.style.insetInlineStart) / 100;
    await expect((box.right - nowLine.getBoundingClientRect().right) / box.width).toBeCloseTo(
      share,
      2,
    );

    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(one(grid, '[data-index="2"]')).toHaveFocus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(one(grid, '[data-index="4999"]')).toHaveFocus());
    // Home scrolls 5,000 rows back: wait for the first row to hold focus before moving on.
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(one(grid, '[data-index="0"]')).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(one(grid, '[data-index="1"]')).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog');
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    const slider = within(dialog).getByRole('slider', { name: 'Time cursor' });
    const before = Number(slider.getAttribute('aria-valuenow'));
    slider.focus();
    // Time runs leftwards in the dialog's timeline too: ← is later.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(Number(slider.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};
