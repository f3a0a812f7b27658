import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calendars, parties } from '../stories/sla-fixtures';
import { breached, dstSpring, holiday, running, type Scenario } from '../stories/sla-scenarios';
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

  describe('given a pointer over a mark', () => {
    it('shows what the mark is and when, in both zones, until the pointer leaves', () => {
      const { container } = render(<SlaTimeline {...props(breached, { defaultRange: range })} />);
      const mark = container.querySelector(
        '[data-lane="clock"][data-kind="response"] [data-kind="breached"]',
      );
      if (!mark) throw new Error('no breach mark');
      expect(screen.queryByRole('tooltip')).toBeNull();
      fireEvent.pointerOver(mark, { clientX: 220, clientY: 80 });
      expect(screen.getByRole('tooltip').textContent).toBe(
        'Response breached\nMon 2 Mar, 10:00 GMT-5 · 15:00 GMT',
      );
      const plot = container.querySelector('[data-range-from]');
      if (!plot) throw new Error('no plot');
      fireEvent.pointerLeave(plot);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('names a holiday and hides the tooltip on Escape without moving the pointer', async () => {
      const user = userEvent.setup();
      const { container } = render(<SlaTimeline {...props(holiday, { timeZone: undefined })} />);
      const thanksgiving = container.querySelector(
        '[data-lane="hours"] [data-state="closed"][data-tip^="Thanksgiving"]',
      );
      if (!thanksgiving) throw new Error('no holiday');
      fireEvent.pointerOver(thanksgiving, { clientX: 300, clientY: 40 });
      expect(screen.getByRole('tooltip')).toHaveTextContent('Thanksgiving (closed)');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it.each([
      ['breached', breached],
      ['holiday', holiday],
      ['DST spring', dstSpring],
    ])('puts what each mark, stretch and day says in the tables too (%s)', (_, scenario) => {
      const { container } = render(<SlaTimeline {...props(scenario)} />);
      const cells = new Set(
        [...container.querySelectorAll('table td')].map((td) => td.textContent ?? ''),
      );
      const tips = [
        ...container.querySelectorAll(
          '[data-lane="days"] [data-tip], [data-lane="hours"] [data-tip], [data-lane="activity"] [data-tip], [data-lane="escalation"] [data-tip], [data-lane="clock"] [data-kind="threshold"], [data-lane="clock"] [data-kind="breached"]',
        ),
      ].map((element) => (element.getAttribute('data-tip') ?? '').split('\n')[0] ?? '');
      expect(tips.length).toBeGreaterThan(3);
      for (const tip of tips) expect(cells).toContain(tip);
    });
  });

  describe('given messages that put the words in another order', () => {
    const messages: SlaTimelineProps['messages'] = {
      timeInZone: (time, zone) => `[${zone}] ${time}`,
      clockChip: (clock, state, remaining, over) =>
        remaining === undefined
          ? `${clock} (${state})`
          : `${over ? 'retard' : 'reste'} ${remaining} — ${clock} (${state})`,
      heldBy: (label, party) => `${party} ← ${label}`,
      dayLength: (hours) => `${hours} heures`,
      dayLabel: (date, length) => `${length} le ${date}`,
      dayTip: (date, length) => `Le ${date} dure ${length}`,
      bothZones: (calendar, viewer) => `${viewer} / ${calendar}`,
      stretch: (from, to) => `${from} → ${to}`,
      segment: (w) => `${w.party}, ${w.priority}: ${w.state} (${w.clock})`,
      clockLaneLabel: (clock, state) => `${state}: ${clock}`,
    };

    it('reads the readout and the tooltips through them', () => {
      const { container } = render(
        <SlaTimeline {...props(breached, { messages, defaultRange: range })} />,
      );
      const readout = container.querySelector('.tandem-sla-readout');
      expect(readout).toHaveTextContent('[GMT-5] Mon 2 Mar, 20:00');
      expect(readout).toHaveTextContent('[GMT] Tue 3 Mar, 01:00');
      expect(readout).toHaveTextContent('retard 40 min — Response (breached)');
      expect(readout).toHaveTextContent('retard 3 h — Resolution (breached)');
      expect(readout).toHaveTextContent('Northwind NOC ← Held by');
      const mark = container.querySelector('[data-kind="response"] [data-kind="breached"]');
      if (!mark) throw new Error('no breach mark');
      fireEvent.pointerOver(mark, { clientX: 220, clientY: 80 });
      expect(screen.getByRole('tooltip').textContent).toBe(
        'Response breached\n[GMT] 15:00 / [GMT-5] Mon 2 Mar, 10:00',
      );
      const segment = container.querySelector('[data-kind="response"] [data-state="open"]');
      if (!segment) throw new Error('no response segment');
      fireEvent.pointerOver(segment, { clientX: 200, clientY: 80 });
      expect(screen.getByRole('tooltip').textContent).toBe(
        'Internal IT, P2: Counting (Response)\n[GMT] 14:00 / [GMT-5] Mon 2 Mar, 09:00 → [GMT] 14:30 / [GMT-5] Mon 2 Mar, 09:30',
      );
      expect(container.querySelector('[data-lane="clock"][data-state]')).toHaveTextContent(
        'breached: Response',
      );
    });

    it('labels a DST day through them, the length still highlighted', () => {
      const { container } = render(<SlaTimeline {...props(dstSpring, { messages })} />);
      const day = container.querySelector('[data-lane="days"] [data-hours="23"]');
      expect(day).toHaveTextContent('23 heures le Sun 8 Mar');
      expect(day).toHaveAttribute('data-tip', 'Le Sun 8 Mar dure 23 heures');
      expect(day?.querySelector('.tandem-sla-day-hours')).toHaveTextContent(/^23 heures$/);
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
