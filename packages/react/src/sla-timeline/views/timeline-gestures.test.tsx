import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calendars, parties } from '../stories/sla-fixtures';
import { breached } from '../stories/sla-scenarios';
import { SlaTimeline, type SlaTimelineProps } from './sla-timeline';

// Pan and pinch on the plot, with its box pinned: 600 px wide from x = 100 over a 30-hour range,
// so a pixel is three minutes and x = 300 is a third of the way, at 16:00.

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const range = { from: at('2026-03-02T06:00:00-05:00'), to: at('2026-03-03T12:00:00-05:00') };
const SPAN = range.to - range.from;

function renderTimeline(extra: Partial<SlaTimelineProps> = {}) {
  const view = render(
    <SlaTimeline
      policy={breached.policy}
      history={breached.history}
      escalations={breached.escalations}
      now={breached.now}
      calendars={calendars}
      parties={parties}
      locale="en-GB"
      viewerTimeZone="Europe/London"
      defaultRange={range}
      {...extra}
    />,
  );
  const plot = view.container.querySelector<HTMLElement>('[data-range-from]');
  if (!plot) throw new Error('The timeline has no plot.');
  vi.spyOn(plot, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 100, y: 0, width: 600, height: 300 }),
  );
  const shown = () => ({ from: Number(plot.dataset.rangeFrom), to: Number(plot.dataset.rangeTo) });
  return { ...view, plot, shown };
}

/** Where an instant sits across `r`, 0 at its start. */
const fraction = (r: { from: number; to: number }, t: number) => (t - r.from) / (r.to - r.from);

function pinch(plot: HTMLElement, from: [number, number][], to: [number, number][]) {
  const finger = (i: number, x: number, y: number) => ({
    pointerId: i + 1,
    button: 0,
    pointerType: 'touch',
    clientX: x,
    clientY: y,
  });
  for (const [i, [x, y]] of from.entries()) fireEvent.pointerDown(plot, finger(i, x, y));
  for (const [i, [x, y]] of to.entries()) fireEvent.pointerMove(plot, finger(i, x, y));
  for (const [i, [x, y]] of to.entries()) fireEvent.pointerUp(plot, finger(i, x, y));
}

describe('SlaTimeline gestures', () => {
  describe('given a two-finger pinch centred a third of the way across', () => {
    const centre = at('2026-03-02T16:00:00-05:00');

    it('narrows the range when the fingers spread, keeping the instant under their midpoint', () => {
      const { plot, shown } = renderTimeline();
      pinch(
        plot,
        [
          [250, 40],
          [350, 40],
        ],
        [
          [200, 40],
          [400, 40],
        ],
      );
      expect(shown().to - shown().from).toBe(SPAN / 2);
      expect(fraction(shown(), centre)).toBeCloseTo(1 / 3, 6);
      expect(shown().from).toBe(at('2026-03-02T11:00:00-05:00'));
    });

    it('widens the range when the fingers close, around the same instant', () => {
      const { plot, shown } = renderTimeline();
      pinch(
        plot,
        [
          [200, 40],
          [400, 40],
        ],
        [
          [250, 40],
          [350, 40],
        ],
      );
      expect(shown().to - shown().from).toBe(SPAN * 2);
      expect(fraction(shown(), centre)).toBeCloseTo(1 / 3, 6);
    });

    it('measures the distance between the fingers, so an upright pinch zooms too', () => {
      const { plot, shown } = renderTimeline();
      // Both fingers on x = 300: only their vertical distance changes, from 60 to 120 px.
      pinch(
        plot,
        [
          [300, 60],
          [300, 120],
        ],
        [
          [300, 30],
          [300, 150],
        ],
      );
      expect(shown().to - shown().from).toBe(SPAN / 2);
      expect(fraction(shown(), centre)).toBeCloseTo(1 / 3, 6);
    });

    it('leaves the cursor where it was', () => {
      const { plot } = renderTimeline();
      const before = screen.getByRole('slider').getAttribute('aria-valuenow');
      pinch(
        plot,
        [
          [250, 40],
          [350, 40],
        ],
        [
          [200, 40],
          [400, 40],
        ],
      );
      expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', before);
    });
  });

  describe('given a drag on the plot', () => {
    it('pans later by the time dragged past when dragging towards the start', () => {
      const { plot, shown } = renderTimeline();
      const before = screen.getByRole('slider').getAttribute('aria-valuenow');
      fireEvent.pointerDown(plot, { pointerId: 1, button: 0, clientX: 400, clientY: 50 });
      fireEvent.pointerMove(plot, { pointerId: 1, clientX: 320, clientY: 50 });
      fireEvent.pointerMove(plot, { pointerId: 1, clientX: 250, clientY: 50 });
      fireEvent.pointerUp(plot, { pointerId: 1, button: 0, clientX: 250, clientY: 50 });
      // 150 px of 600 is a quarter of 30 hours.
      expect(shown()).toEqual({ from: range.from + 7.5 * HOUR, to: range.to + 7.5 * HOUR });
      // A drag is not a click: the cursor stays.
      expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', before);
    });

    it('pans earlier when dragging towards the end', () => {
      const { plot, shown } = renderTimeline();
      fireEvent.pointerDown(plot, { pointerId: 1, button: 0, clientX: 250, clientY: 50 });
      fireEvent.pointerMove(plot, { pointerId: 1, clientX: 310, clientY: 50 });
      fireEvent.pointerUp(plot, { pointerId: 1, button: 0, clientX: 310, clientY: 50 });
      expect(shown()).toEqual({ from: range.from - 3 * HOUR, to: range.to - 3 * HOUR });
    });

    it('pans later when dragging right in a right-to-left timeline, where time runs leftwards', () => {
      const { plot, shown } = renderTimeline({ style: { direction: 'rtl' } });
      fireEvent.pointerDown(plot, { pointerId: 1, button: 0, clientX: 250, clientY: 50 });
      fireEvent.pointerMove(plot, { pointerId: 1, clientX: 310, clientY: 50 });
      fireEvent.pointerUp(plot, { pointerId: 1, button: 0, clientX: 310, clientY: 50 });
      expect(shown()).toEqual({ from: range.from + 3 * HOUR, to: range.to + 3 * HOUR });
    });
  });

  describe('given a horizontal wheel', () => {
    it('pans by the pixels scrolled, later to the right and earlier to the left', () => {
      const { plot, shown } = renderTimeline();
      fireEvent.wheel(plot, { deltaX: 40, deltaY: 0 });
      expect(shown().from).toBe(range.from + 2 * HOUR);
      fireEvent.wheel(plot, { deltaX: -100, deltaY: 10 });
      expect(shown().from).toBe(range.from - 3 * HOUR);
    });

    it('pans the other way in a right-to-left timeline', () => {
      const { plot, shown } = renderTimeline({ style: { direction: 'rtl' } });
      fireEvent.wheel(plot, { deltaX: 40, deltaY: 0 });
      expect(shown().from).toBe(range.from - 2 * HOUR);
    });

    it('leaves a plain vertical wheel to the page', () => {
      const { plot, shown } = renderTimeline();
      const event = new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true });
      plot.dispatchEvent(event);
      expect(shown()).toEqual(range);
      expect(event.defaultPrevented).toBe(false);
    });
  });

  describe('given the keyboard', () => {
    it('pans half a view with the Earlier and Later buttons', async () => {
      const user = userEvent.setup();
      const { shown } = renderTimeline();
      screen.getByRole('button', { name: 'Later' }).focus();
      await user.keyboard('{Enter}');
      expect(shown()).toEqual({ from: range.from + SPAN / 2, to: range.to + SPAN / 2 });
      screen.getByRole('button', { name: 'Earlier' }).focus();
      await user.keyboard(' ');
      await user.keyboard(' ');
      expect(shown()).toEqual({ from: range.from - SPAN / 2, to: range.to - SPAN / 2 });
    });

    it('pans just enough to keep the cursor in view as the arrows move it past the edge', async () => {
      const user = userEvent.setup();
      // 5 % of 30 hours stays clear at the end: the view moves once the cursor passes 10:30.
      const { shown } = renderTimeline({ defaultCursor: at('2026-03-03T10:00:00-05:00') });
      screen.getByRole('slider').focus();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(shown()).toEqual(range);
      await user.keyboard('{ArrowRight}');
      expect(shown()).toEqual({ from: range.from + 15 * 60_000, to: range.to + 15 * 60_000 });
      await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
      // Shift moves three hours: the view follows by as much.
      expect(shown().to).toBe(at('2026-03-03T13:45:00-05:00') + 1.5 * HOUR);
    });
  });
});
