import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calendars, parties } from './sla-fixtures';
import { breached, running, type Scenario } from './sla-scenarios';
import { SlaTimeline, type SlaTimelineProps } from './sla-timeline';

const range = {
  from: Date.parse('2026-03-02T06:00:00-05:00'),
  to: Date.parse('2026-03-03T12:00:00-05:00'),
};
const props = (s: Scenario, extra: Partial<SlaTimelineProps> = {}): SlaTimelineProps => ({
  policy: s.policy,
  history: s.history,
  escalations: s.escalations,
  now: s.now,
  calendars,
  parties,
  locale: 'en-GB',
  viewerTimeZone: 'Europe/London',
  ...extra,
});

describe('SlaTimeline', () => {
  describe('given a breached ticket', () => {
    it('marks the root and each clock lane with its state', () => {
      const { container } = render(<SlaTimeline {...props(breached)} />);
      expect(screen.getByRole('group', { name: 'SLA timeline' })).toHaveAttribute(
        'data-state',
        'breached',
      );
      const lanes = container.querySelectorAll('[data-lane="clock"][data-kind]');
      expect(
        [...lanes].map((l) => `${l.getAttribute('data-kind')}:${l.getAttribute('data-state')}`),
      ).toEqual(['response:breached', 'plan:breached', 'resolution:breached']);
      expect(container.querySelectorAll('[data-breached]').length).toBeGreaterThan(0);
    });

    it('gives screen readers the clocks and the events as tables', () => {
      render(<SlaTimeline {...props(breached)} />);
      const clocks = screen.getByRole('table', { name: 'SLA clocks' });
      const response = within(clocks).getByRole('row', { name: /^Response/ });
      expect(response).toHaveTextContent('breached');
      expect(response).toHaveTextContent('Mon 2 Mar, 10:00 GMT-5');
      const events = screen.getByRole('table', { name: 'Ticket and escalation events' });
      expect(
        within(events).getByText(/^Escalated\. Not acknowledged within 30 business minutes/),
      ).toBeInTheDocument();
      expect(within(events).getByText('Response breached')).toBeInTheDocument();
    });
  });

  describe('given keyboard scrubbing', () => {
    it('steps the cursor and announces the SLA at the new moment', async () => {
      const user = userEvent.setup();
      render(<SlaTimeline {...props(breached, { defaultRange: range })} />);
      const slider = screen.getByRole('slider', { name: 'Time cursor' });
      slider.focus();
      await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
      expect(slider).toHaveAttribute(
        'aria-valuenow',
        String(Date.parse('2026-03-02T09:30:00-05:00')),
      );
      expect(screen.getByRole('status')).toHaveTextContent(
        'Mon 2 Mar, 09:30 GMT-5. Response: running, 50 % used, 30 min left.',
      );
      await user.keyboard('{End}');
      expect(slider).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Mon 2 Mar, 20:00|^Tue 3 Mar/),
      );
    });

    it('zooms with + and -, and 0 fits the ticket again', async () => {
      const user = userEvent.setup();
      const onRangeChange = vi.fn();
      render(<SlaTimeline {...props(breached, { defaultRange: range, onRangeChange })} />);
      screen.getByRole('slider').focus();
      await user.keyboard('+');
      const zoomed = onRangeChange.mock.lastCall?.[0];
      expect(zoomed.to - zoomed.from).toBeLessThan(range.to - range.from);
      await user.keyboard('-');
      const out = onRangeChange.mock.lastCall?.[0];
      expect(out.to - out.from).toBeGreaterThan(zoomed.to - zoomed.from);
    });
  });

  describe('given a controlled cursor', () => {
    it('reports moves and shows only what the parent passes', async () => {
      const user = userEvent.setup();
      const onCursorChange = vi.fn();
      const cursor = Date.parse('2026-03-02T12:00:00-05:00');
      render(<SlaTimeline {...props(breached, { cursor, onCursorChange, defaultRange: range })} />);
      const slider = screen.getByRole('slider');
      slider.focus();
      await user.keyboard('{ArrowLeft}');
      expect(onCursorChange).toHaveBeenLastCalledWith(cursor - 15 * 60_000);
      expect(slider).toHaveAttribute('aria-valuenow', String(cursor));
    });
  });

  describe('given a controlled range', () => {
    it('asks for a narrower range from the zoom button and a later one from "Later"', async () => {
      const user = userEvent.setup();
      const onRangeChange = vi.fn();
      render(<SlaTimeline {...props(breached, { range, onRangeChange })} />);
      await user.click(screen.getByRole('button', { name: 'Zoom in' }));
      const [zoomed] = onRangeChange.mock.lastCall ?? [];
      expect(zoomed.to - zoomed.from).toBeCloseTo((range.to - range.from) / 1.6, -3);
      await user.click(screen.getByRole('button', { name: 'Later' }));
      expect(onRangeChange.mock.lastCall?.[0].from).toBe(range.from + (range.to - range.from) / 2);
    });
  });

  describe('given a pointer', () => {
    it('places the cursor where the plot is clicked', () => {
      const { container } = render(<SlaTimeline {...props(breached, { defaultRange: range })} />);
      const plot = container.querySelector<HTMLElement>('[data-range-from]');
      if (!plot) throw new Error('no plot');
      vi.spyOn(plot, 'getBoundingClientRect').mockReturnValue({
        left: 100,
        width: 600,
        top: 0,
        height: 300,
        right: 700,
        bottom: 300,
        x: 100,
        y: 0,
        toJSON: () => ({}),
      });
      // A third of 30 hours past 06:00 is 16:00.
      fireEvent.pointerDown(plot, { clientX: 300, pointerId: 1, button: 0 });
      fireEvent.pointerUp(plot, { clientX: 300, pointerId: 1, button: 0 });
      expect(screen.getByRole('slider')).toHaveAttribute(
        'aria-valuenow',
        String(Date.parse('2026-03-02T16:00:00-05:00')),
      );
      expect(screen.getByRole('status')).toHaveTextContent('Mon 2 Mar, 16:00 GMT-5.');
    });
  });

  describe('given overrides', () => {
    it('uses the host’s words and drops every tandem class when unstyled', () => {
      const { container } = render(
        <SlaTimeline
          {...props(running, {
            unstyled: true,
            messages: { zoomIn: 'Agrandir', clockName: { resolution: 'Résolution' } },
          })}
        />,
      );
      expect(screen.getByRole('button', { name: 'Agrandir' })).toBeInTheDocument();
      expect(
        within(screen.getByRole('table', { name: 'SLA clocks' })).getByText('Résolution'),
      ).toBeInTheDocument();
      expect(container.querySelector('[class*="tandem-"]')).toBeNull();
    });
  });

  it('renders without a trace and with a priority the policy does not know', () => {
    const history = [{ type: 'created' as const, at: running.now - 3_600_000, priority: 'P9' }];
    render(<SlaTimeline {...props(running, { history, escalations: undefined })} />);
    expect(screen.getByText('The policy sets no targets for priority P9.')).toBeInTheDocument();
    act(() => screen.getByRole('slider').focus());
  });
});
