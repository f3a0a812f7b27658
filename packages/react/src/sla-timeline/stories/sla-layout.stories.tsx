import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { cutTexts, expectStacked, expectWithin } from '../../test-support/layout';
import { expectNoTandemLook, withoutTandemStylesheets } from '../../test-support/stylesheets';
import { SlaQueue } from '../views/sla-queue';
import { SlaTimeline } from '../views/sla-timeline';
import { QUEUE_NOW, queueTickets } from './queue-fixtures';
import { breached, holiday, reassigned } from './sla-scenarios';
import { one, plotOf, storyBase, ticketArgs } from './story-support';
import '../sla-timeline.css';
import '../sla-queue.css';

// How the queue and the timeline sit in an ordinary page: their structure holds with no Tandem
// stylesheet at all (it is inline), labels are never cut mid-word at 1280 px, and the queue is
// as tall as its rows up to a maximum.

const meta = {
  title: 'SLA/Layout',
  component: SlaQueue,
  args: { ...storyBase, tickets: queueTickets(60), now: QUEUE_NOW },
} satisfies Meta<typeof SlaQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

const ROW = 44;

const grid = (root: HTMLElement) => within(root).getByRole('grid', { name: 'SLA queue' });
const bodyRows = (root: HTMLElement) =>
  [...grid(root).querySelectorAll<HTMLElement>('[role="row"][data-index]')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
  );

/**
 * No stylesheet: every row sits where the virtualiser put it, one row height each, none over
 * another; the cells line up under their headers; each row's compact timeline, and every bar
 * in it, lies within its row.
 */
export const QueueWithoutStylesheet: Story = {
  beforeEach: withoutTandemStylesheets,
  play: async ({ canvasElement }) => {
    expectNoTandemLook(one(canvasElement, '.tandem-sla-queue'), '--tandem-sla-fg');
    const rows = bodyRows(canvasElement);
    await expect(rows.length).toBeGreaterThan(5);
    const body = one(grid(canvasElement), 'tbody').getBoundingClientRect();
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      await expect(box.top - body.top).toBeCloseTo(Number(row.dataset.index) * ROW, 0);
      await expect(box.height).toBeCloseTo(ROW, 0);
    }
    const header = one(grid(canvasElement), 'thead tr');
    expectStacked([header, ...rows], 'the header and rows');
    const starts = (row: Element) =>
      [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
    for (const row of rows) await expect(starts(row)).toEqual(starts(header));
    for (const row of rows) {
      const compact = one(row, '[data-column="timeline"] > [aria-hidden="true"]');
      expectWithin(compact, row, `the timeline of row ${row.dataset.index}`);
      for (const bar of compact.children) {
        expectWithin(bar, compact, `a bar of row ${row.dataset.index}`, 'inline');
      }
    }
  },
};

/**
 * The lanes of `root`'s timeline with no stylesheet: each label beside its track and as tall,
 * tracks stacked, every stretch within its track and every mark along the plot; in a
 * right-to-left timeline, time runs from the right.
 */
async function expectTimelineShape(root: HTMLElement) {
  const plot = plotOf(root);
  const labels = [...(plot.previousElementSibling?.children ?? [])];
  const tracks = [...plot.querySelectorAll(':scope > [aria-hidden="true"] > [data-lane]')];
  await expect(tracks.length).toBeGreaterThan(6);
  await expect(labels.map((l) => l.getAttribute('data-lane'))).toEqual(
    tracks.map((t) => t.getAttribute('data-lane')),
  );
  const rtl = getComputedStyle(root).direction === 'rtl';
  const area = plot.getBoundingClientRect();
  for (const [i, track] of tracks.entries()) {
    const label = labels[i]?.getBoundingClientRect();
    const box = track.getBoundingClientRect();
    await expect(label?.top).toBeCloseTo(box.top, 0);
    await expect(label?.height).toBeCloseTo(box.height, 0);
    await expect(box.height).toBeGreaterThan(10);
    if (rtl) await expect(label?.left).toBeGreaterThanOrEqual(area.right - 1);
    else await expect(label?.right).toBeLessThanOrEqual(area.left + 1);
  }
  expectStacked(tracks, 'the lanes');
  for (const track of tracks) {
    for (const mark of track.querySelectorAll<HTMLElement>(':scope > [style]')) {
      const what = `${mark.dataset.state ?? mark.dataset.kind ?? ''} in lane ${track.getAttribute('data-lane')}`;
      const share = Number.parseFloat(mark.style.insetInlineStart) / 100;
      const edge = mark.getBoundingClientRect()[rtl ? 'right' : 'left'];
      const expected = rtl ? area.right - share * area.width : area.left + share * area.width;
      await expect(Math.abs(edge - expected)).toBeLessThan(1.5);
      if (mark.style.inlineSize) expectWithin(mark, track, `the stretch ${what}`);
    }
  }
}

/** No stylesheet: the timeline keeps its label column, its lanes and every mark's place. */
export const TimelineWithoutStylesheet: Story = {
  beforeEach: withoutTandemStylesheets,
  render: () => <SlaTimeline {...storyBase} {...ticketArgs(reassigned)} />,
  play: async ({ canvasElement }) => {
    const root = one(canvasElement, '.tandem-sla');
    expectNoTandemLook(root, '--tandem-sla-fg');
    await expectTimelineShape(root);
  },
};

/** No stylesheet, right to left: the lanes and marks mirror, from logical properties alone. */
export const TimelineWithoutStylesheetRightToLeft: Story = {
  beforeEach: withoutTandemStylesheets,
  render: () => (
    <div dir="rtl" lang="he">
      <SlaTimeline {...storyBase} {...ticketArgs(breached)} locale="he-IL" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = one(canvasElement, '.tandem-sla');
    expectNoTandemLook(root, '--tandem-sla-fg');
    await expectTimelineShape(root);
  },
};

/**
 * At 1280 px no label of the queue or of three timelines is cut without its whole text at
 * hand: cells and lane labels wrap between words, a band too narrow for its holder keeps the
 * name in its tooltip, a title too long for its column keeps it in `title`.
 */
export const NoCutLabelsAt1280: Story = {
  args: { tickets: queueTickets(200) },
  render: (args) => (
    <div data-testid="page" style={{ inlineSize: 1280, display: 'grid', gap: '1.5rem' }}>
      <SlaQueue {...args} />
      <SlaTimeline {...storyBase} {...ticketArgs(breached)} />
      <SlaTimeline {...storyBase} {...ticketArgs(reassigned)} />
      <SlaTimeline {...storyBase} {...ticketArgs(holiday)} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('page');
    await expect(frame.getBoundingClientRect().width).toBe(1280);
    // The check can fail: a cell cut as the queue cut them before.
    const probe = document.createElement('span');
    probe.style.cssText = 'display:block;inline-size:6rem;overflow:hidden;white-space:nowrap';
    probe.textContent = 'breached 15 min ago';
    frame.append(probe);
    await expect(cutTexts(probe)).toEqual(['breached 15 min ago']);
    probe.remove();

    await expect(within(frame).getAllByText(/^breached \d+ h ago$/).length).toBeGreaterThan(5);
    await expect(cutTexts(frame)).toEqual([]);
  },
};

/** Four tickets: the queue is as tall as its rows, with no empty space under them. */
export const ShortQueueFollowsItsRows: Story = {
  args: { tickets: queueTickets(4) },
  play: async ({ canvasElement }) => {
    const scroll = grid(canvasElement).parentElement as HTMLElement;
    const rows = bodyRows(canvasElement);
    await expect(rows).toHaveLength(4);
    await expect(scroll.scrollHeight).toBeLessThanOrEqual(scroll.clientHeight);
    const last = rows.at(-1)?.getBoundingClientRect().bottom ?? 0;
    const inside = scroll.getBoundingClientRect().top + scroll.clientTop + scroll.clientHeight;
    await expect(Math.abs(inside - last)).toBeLessThan(2);
  },
};

/** 500 tickets: the queue stops at its maximum (32rem by default) and renders only what shows. */
export const LongQueueIsCappedAndVirtualised: Story = {
  args: { tickets: queueTickets(500) },
  play: async ({ canvasElement }) => {
    const scroll = grid(canvasElement).parentElement as HTMLElement;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    await expect(scroll.getBoundingClientRect().height).toBeCloseTo(32 * rem, 0);
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '501');
    await expect(bodyRows(canvasElement).length).toBeLessThan(40);
  },
};

/** A host's own maximum: `maxHeight={240}`, still virtualised, the last row reachable. */
export const HostMaximum: Story = {
  args: { tickets: queueTickets(500), maxHeight: 240 },
  play: async ({ canvasElement }) => {
    const scroll = grid(canvasElement).parentElement as HTMLElement;
    await expect(scroll.getBoundingClientRect().height).toBeLessThanOrEqual(240);
    await expect(bodyRows(canvasElement).length).toBeLessThan(25);
    scroll.scrollTop = scroll.scrollHeight;
    await waitFor(() =>
      expect(bodyRows(canvasElement).at(-1)).toHaveAttribute('aria-rowindex', '501'),
    );
  },
};
