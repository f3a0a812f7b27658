import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ServiceReview } from '../views/service-review';
import { type ReviewScenarioName, reviewScenario } from './review-fixtures';
import '../service-review.css';

// The quarterly review of a co-managed relationship, computed by the core's serviceReview from
// a generated quarter of tickets (see review-fixtures.ts): every figure below is the core's.

const argsOf = (name: ReviewScenarioName) => {
  const { review, input, locale, timeZone } = reviewScenario(name);
  return { review, tickets: input.tickets, matrix: input.matrix, locale, timeZone };
};

const meta = {
  title: 'Service review/Service review',
  component: ServiceReview,
  args: argsOf('healthy'),
} satisfies Meta<typeof ServiceReview>;

export default meta;
type Story = StoryObj<typeof meta>;

const sectionNamed = (canvas: ReturnType<typeof within>, name: string) =>
  canvas.getByRole('region', { name });

/** 240 tickets on goal: every tile on goal, the agenda only grey-zone work and patterns. */
export const HealthyQuarter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('240 tickets (previous period: 216)')).toBeVisible();
    await expect(canvas.getByText('Jul 1, 2026 – Sep 30, 2026')).toBeVisible();
    const attainment = sectionNamed(canvas, 'SLA attainment');
    const tiles = within(attainment).getByRole('list', { name: 'Overall attainment' });
    await expect(tiles.querySelectorAll('[data-state="below-goal"]')).toHaveLength(0);
    const agenda = sectionNamed(canvas, 'Agenda');
    await expect(agenda.querySelectorAll('[data-severity="high"]')).toHaveLength(0);
    // Every chart is reachable by keyboard and has a table equivalent.
    const charts = canvasElement.querySelectorAll('svg[role="img"]');
    await expect(charts).toHaveLength(5);
    for (const chart of charts) await expect(chart).toHaveAttribute('tabindex', '0');
    await userEvent.click(
      within(attainment).getAllByText('Show the figures as a table')[0] as HTMLElement,
    );
    await expect(
      within(attainment).getByRole('table', { name: 'Attainment per priority' }),
    ).toBeVisible();
  },
};

/** 260 tickets with breaches, costly hand-offs, grey-zone work and the MSP patching servers. */
export const DriftAndBreaches: Story = {
  args: argsOf('strained'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const agenda = sectionNamed(canvas, 'Agenda');
    await expect(agenda.querySelectorAll('[data-severity="high"]').length).toBeGreaterThan(3);
    const drift = sectionNamed(canvas, 'Scope drift');
    await expect(within(drift).getByRole('rowheader', { name: 'Server patching' })).toBeVisible();
    const breaches = canvasElement.querySelectorAll('[data-chart="columns"] [data-count]');
    await expect(breaches).toHaveLength(14);
    const breached = [...breaches].reduce(
      (sum, bar) => sum + Number(bar.getAttribute('data-count')),
      0,
    );
    const { review } = reviewScenario('strained');
    const ids = new Set(review.attainment.overall.flatMap((a) => a.breachedTicketIds));
    await expect(breached).toBe(ids.size);
    const gaps = sectionNamed(canvas, 'Ownership gaps');
    await expect(within(gaps).getAllByRole('row')).toHaveLength(review.greyZone.length + 1);
  },
};

/** A quarter with no tickets: each section says so instead of drawing empty charts. */
export const EmptyQuarter: Story = {
  args: argsOf('empty'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('0 tickets (previous period: 0)')).toBeVisible();
    await expect(
      canvas.getAllByText('No tickets were opened in this period.').length,
    ).toBeGreaterThan(1);
    await expect(canvasElement.querySelectorAll('[data-chart="bars"]')).toHaveLength(0);
  },
};

/** A customer on Sydney's office hours: the period and weeks read in Sydney, numbers in en-AU. */
export const CustomerOnAnotherCalendar: Story = {
  args: argsOf('sydney'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^1 Jul\w* 2026 – 30 Sep\w* 2026$/)).toBeVisible();
    const first = canvasElement.querySelector('[data-chart="columns"] [data-slot] text');
    await expect(first?.textContent).toMatch(/^1 Jul/);
  },
};
