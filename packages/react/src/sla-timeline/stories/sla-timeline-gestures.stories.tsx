import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { SlaTimeline } from '../views/sla-timeline';
import { breached } from './sla-scenarios';
import {
  hoverAt,
  mouseDrag,
  one,
  pinch,
  plotOf,
  shownRange,
  storyBase,
  ticketArgs,
} from './story-support';
import '../sla-timeline.css';

// Browser tests of the timeline's pointer, wheel and keyboard gestures, with real events in
// Chromium. The range is pinned — Mon 06:00 to Tue 12:00 in New York, 30 hours — so positions,
// the cursor's 15-minute step and the visible-range caption are known in advance.

const HOUR = 3_600_000;
const range = {
  from: Date.parse('2026-03-02T06:00:00-05:00'),
  to: Date.parse('2026-03-03T12:00:00-05:00'),
};
const SPAN = range.to - range.from;

const meta = {
  title: 'SLA/Timeline gestures',
  component: SlaTimeline,
  args: { ...storyBase, ...ticketArgs(breached), defaultRange: range },
} satisfies Meta<typeof SlaTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Where an instant sits across a range, 0 at its start. */
const fraction = (r: { from: number; to: number }, t: number) => (t - r.from) / (r.to - r.from);

/** Dragging the cursor's handle to 13:30 shows the plan breached half an hour before. */
export const ScrubByPointer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Time cursor' });
    const plot = plotOf(canvasElement);
    const rect = plot.getBoundingClientRect();
    const target = Date.parse('2026-03-02T13:30:00-05:00');
    const x = rect.left + fraction(range, target) * rect.width;
    const handle = slider.getBoundingClientRect();
    const start = {
      clientX: handle.left + handle.width / 2,
      clientY: handle.top + 4,
      pointerId: 1,
      button: 0,
    };
    fireEvent.pointerDown(slider, start);
    fireEvent.pointerMove(plot, { ...start, clientX: x - 40 });
    fireEvent.pointerMove(plot, { ...start, clientX: x });
    fireEvent.pointerUp(plot, { ...start, clientX: x });
    // A production build commits the last move a microtask after the pointer-up.
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', String(target)));
    await expect(slider).toHaveFocus();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Mon 2 Mar, 13:30 GMT-5. Response: breached, 40 min over. Plan: breached, 30 min over.',
      ),
    );
  },
};

/** Zoom with the button, Ctrl + wheel (a trackpad pinch) and the keyboard; 0 fits the ticket again. */
export const Zoom: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plot = plotOf(canvasElement);
    const span = () => shownRange(plot).to - shownRange(plot).from;
    await expect(canvas.getByText('Mon 2 Mar, 06:00 – Tue 3 Mar, 12:00')).toBeVisible();
    // Around the cursor (now, 20:00): 30 hours become 18 h 45 min.
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await expect(canvas.getByText('Mon 2 Mar, 11:15 – Tue 3 Mar, 06:00')).toBeVisible();
    // Ctrl + wheel zooms around the pointer, which keeps its instant.
    const rect = plot.getBoundingClientRect();
    const clientX = rect.left + rect.width / 4;
    const before = { from: shownRange(plot).from, span: span() };
    const under = before.from + 0.25 * before.span;
    fireEvent.wheel(plot, { deltaY: -200, ctrlKey: true, clientX, clientY: rect.top + 10 });
    await waitFor(() => expect(span()).toBeLessThan(before.span * 0.7));
    const after = shownRange(plot).from + 0.25 * span();
    await expect(Math.abs(after - under)).toBeLessThan(60_000);
    canvas.getByRole('slider', { name: 'Time cursor' }).focus();
    const zoomed = span();
    await userEvent.keyboard('-');
    await expect(span()).toBeGreaterThan(zoomed);
    await userEvent.keyboard('0');
    await expect(canvas.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    await expect(span()).toBeGreaterThan(10 * HOUR);
  },
};

/**
 * Two touch pointers a third of the way across (16:00): spreading them narrows the range around
 * that instant, closing them widens it again. The fingers move upright and on a slant, so only
 * their true distance (not the horizontal one) explains the zoom.
 */
export const PinchZoom: Story = {
  play: async ({ canvasElement }) => {
    const plot = plotOf(canvasElement);
    const box = plot.getBoundingClientRect();
    const x = box.left + box.width / 3;
    const y = box.top + box.height / 2;
    const centre = Date.parse('2026-03-02T16:00:00-05:00');
    const slider = within(canvasElement).getByRole('slider', { name: 'Time cursor' });
    const cursor = slider.getAttribute('aria-valuenow');

    // Upright, 60 px apart to 120: twice as close in.
    await pinch(
      plot,
      [
        [x, y - 30],
        [x, y + 30],
      ],
      [
        [x, y - 60],
        [x, y + 60],
      ],
    );
    const narrowed = shownRange(plot);
    await expect(narrowed.to - narrowed.from).toBeCloseTo(SPAN / 2, -3);
    await expect(fraction(narrowed, centre)).toBeCloseTo(1 / 3, 3);

    // On a slant, 120 px apart to 60: twice as far out, the same instant under the fingers.
    await pinch(
      plot,
      [
        [x - 48, y - 36],
        [x + 48, y + 36],
      ],
      [
        [x - 24, y - 18],
        [x + 24, y + 18],
      ],
    );
    const widened = shownRange(plot);
    await expect(widened.to - widened.from).toBeCloseTo(SPAN, -3);
    await expect(fraction(widened, centre)).toBeCloseTo(1 / 3, 3);
    await expect(slider).toHaveAttribute('aria-valuenow', cursor);
  },
};

/** Dragging the background pans: towards the start shows later hours, back shows earlier ones. */
export const PanByDrag: Story = {
  play: async ({ canvasElement }) => {
    const plot = plotOf(canvasElement);
    const box = plot.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const slider = within(canvasElement).getByRole('slider', { name: 'Time cursor' });
    const cursor = slider.getAttribute('aria-valuenow');
    await mouseDrag(plot, box.left + box.width * 0.6, box.left + box.width * 0.35, y);
    // A quarter of the width is a quarter of 30 hours.
    await expect(shownRange(plot).from - range.from).toBeCloseTo(SPAN / 4, -4);
    await mouseDrag(plot, box.left + box.width * 0.35, box.left + box.width * 0.45, y);
    await expect(shownRange(plot).from - range.from).toBeCloseTo(SPAN * 0.15, -4);
    // A drag is not a click: the cursor stays where it was.
    await expect(slider).toHaveAttribute('aria-valuenow', cursor);
  },
};

/** Shift + wheel and a horizontal swipe pan by the pixels scrolled; a plain wheel scrolls the page. */
export const PanByWheel: Story = {
  play: async ({ canvasElement }) => {
    const plot = plotOf(canvasElement);
    const box = plot.getBoundingClientRect();
    const msPerPx = SPAN / box.width;
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init });
      plot.dispatchEvent(event);
      return event;
    };
    const shift = wheel({ deltaY: 120, shiftKey: true, clientX: box.left + 20 });
    await expect(shift.defaultPrevented).toBe(true);
    await waitFor(() => expect(shownRange(plot).from - range.from).toBeCloseTo(120 * msPerPx, -4));
    wheel({ deltaX: -200, deltaY: 5, clientX: box.left + 20 });
    await waitFor(() => expect(shownRange(plot).from - range.from).toBeCloseTo(-80 * msPerPx, -4));
    const moved = shownRange(plot);
    const plain = wheel({ deltaY: 120, clientX: box.left + 20 });
    await expect(plain.defaultPrevented).toBe(false);
    await expect(shownRange(plot)).toEqual(moved);
  },
};

/**
 * Right to left, time runs leftwards: ← moving the cursor past the edge pulls the view along,
 * dragging right and swiping left show later hours, and the Later button (by keyboard) pans
 * half a view on.
 */
export const PanRightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: { defaultCursor: Date.parse('2026-03-03T10:00:00-05:00') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plot = plotOf(canvasElement);
    const box = plot.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const moved = () => shownRange(plot).from - range.from;
    // Time runs leftwards: Tuesday ends 18 hours in from the right edge, not at it.
    const tuesday = one(plot, '[data-lane="days"] > [data-weekday="2"]');
    await expect(box.right - tuesday.getBoundingClientRect().right).toBeCloseTo(0.6 * box.width, 0);

    // ← is later: 10:30 still leaves 5 % clear at the end, 10:45 pulls the view 15 minutes on.
    const slider = canvas.getByRole('slider', { name: 'Time cursor' });
    slider.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(moved()).toBe(0);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(moved()).toBe(15 * 60_000);

    await mouseDrag(plot, box.left + box.width * 0.35, box.left + box.width * 0.6, y);
    await expect(moved() - 15 * 60_000).toBeCloseTo(SPAN / 4, -4);
    const dragged = moved();
    plot.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaX: -100, clientX: box.left }),
    );
    await waitFor(() => expect(moved() - dragged).toBeCloseTo((100 * SPAN) / box.width, -4));

    const before = moved();
    canvas.getByRole('button', { name: 'Later' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(moved() - before).toBe(SPAN / 2);
  },
};

/** Hovering a mark shows what and when in both zones; leaving the plot or Escape hides it. */
export const TooltipOnHover: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plot = plotOf(canvasElement);
    const breach = one(plot, '[data-lane="clock"][data-kind="response"] [data-kind="breached"]');
    hoverAt(breach);
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip.textContent).toBe('Response breached\nMon 2 Mar, 10:00 GMT-5 · 15:00 GMT');
    await expect(tooltip).toBeVisible();
    // It opens next to the pointer, inside the plot.
    const at = breach.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    await expect(Math.abs(tip.left - at.left)).toBeLessThan(40);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    hoverAt(one(plot, '[data-lane="hours"] [data-state="closed"]'));
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(/^Closed \(Office hours\)/);
    plot.dispatchEvent(
      new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }),
    );
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};
