import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { calendars, parties } from './sla-fixtures';
import {
  breached,
  dstAutumn,
  dstSpring,
  holiday,
  met,
  overnight,
  p1OnFullCover,
  p3OnOfficeHours,
  pausedThenResumed,
  reassigned,
  running,
  type Scenario,
} from './sla-scenarios';
import { SlaTimeline } from './sla-timeline';
import './sla-timeline.css';

// Every story pins the locale and the viewer's zone, so the catalog reads the same on every
// machine; `now` comes from the scenario, never from the clock.
const base = { calendars, parties, locale: 'en-GB', viewerTimeZone: 'Europe/London' } as const;
const ticket = (s: Scenario) => ({
  policy: s.policy,
  history: s.history,
  escalations: s.escalations,
  now: s.now,
  ...(s.timeZone ? { timeZone: s.timeZone } : {}),
});

const meta = {
  title: 'SLA/SlaTimeline',
  component: SlaTimeline,
  args: { ...base, ...ticket(running) },
} satisfies Meta<typeof SlaTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A P2 being worked on: response and plan met, resolution running towards tomorrow morning. */
export const Running: Story = {};

/** Waiting on the customer overnight: the clocks stop, then resume. */
export const PausedThenResumed: Story = { args: ticket(pausedThenResumed) };

/** Nobody answered: the escalation moved it to the NOC, and both response and resolution breached. */
export const Breached: Story = { args: ticket(breached) };

/** Resolved well inside every target. */
export const Met: Story = { args: ticket(met) };

/** Internal IT → the MSP's extended-hours desk → internal IT; resolution counts on the holder's hours. */
export const ReassignedBetweenTeams: Story = { args: ticket(reassigned) };

/** The same Friday-afternoon ticket as P1 on 24/7 and as P3 on office hours, on one shared range. */
export const P1VersusP3: Story = {
  render: (args) => {
    const range = {
      from: Date.parse('2026-03-06T14:00:00-05:00'),
      to: Date.parse('2026-03-10T12:00:00-04:00'),
    };
    return (
      <div style={{ display: 'grid', gap: '2rem' }}>
        <SlaTimeline {...args} {...ticket(p1OnFullCover)} defaultRange={range} />
        <SlaTimeline {...args} {...ticket(p3OnOfficeHours)} defaultRange={range} />
      </div>
    );
  },
};

/** New York springs forward: Sunday has 23 hours, 02:00 never happens. */
export const DstSpringForward: Story = { args: ticket(dstSpring) };

/** New York falls back: Sunday has 25 hours, 01:00 happens twice. */
export const DstFallBack: Story = { args: ticket(dstAutumn) };

/** Thanksgiving closed, the day after on short hours: the P3 is due the next Tuesday. */
export const Holiday: Story = { args: ticket(holiday) };

/** The London night desk's 22:00–06:00 shifts, seen from New York. */
export const OvernightShift: Story = {
  args: { ...ticket(overnight), viewerTimeZone: 'America/New_York' },
};

/** The facts as tables, on screen: what screen readers get. */
export const WithTable: Story = { args: { ...ticket(breached), table: 'visible' } };

const dark = {
  '--tandem-sla-fg': '#e2e8f0',
  '--tandem-sla-muted': '#a5b4c8',
  '--tandem-sla-bg': '#0b1120',
  '--tandem-sla-surface': '#131c31',
  '--tandem-sla-border': '#27324a',
  '--tandem-sla-grid': '#172036',
  '--tandem-sla-grid-major': '#334155',
  '--tandem-sla-closed': 'rgb(148 163 184 / 0.08)',
  '--tandem-sla-open': '#064e3b',
  '--tandem-sla-outside': '#1e3a8a',
  '--tandem-sla-running': '#38bdf8',
  '--tandem-sla-met': '#34d399',
  '--tandem-sla-breached': '#f87171',
  '--tandem-sla-threshold': '#fbbf24',
  '--tandem-sla-now': '#e879f9',
  '--tandem-sla-now-fg': '#0b1120',
  '--tandem-sla-cursor': '#f8fafc',
  '--tandem-sla-cursor-fg': '#0b1120',
  '--tandem-sla-focus': '#38bdf8',
  '--tandem-sla-holiday': '#422006',
  '--tandem-sla-holiday-fg': '#fcd34d',
  '--tandem-sla-event': '#cbd5e1',
  '--tandem-sla-escalation': '#c084fc',
  '--tandem-sla-tooltip-bg': '#f8fafc',
  '--tandem-sla-tooltip-fg': '#0b1120',
} as CSSProperties;

/** A dark brand theme: nothing but --tandem-sla-* custom properties on a wrapper. */
export const DarkTheme: Story = {
  args: ticket(breached),
  render: (args) => (
    <div style={{ background: '#0b1120', padding: '1rem', borderRadius: '0.5rem' }}>
      <SlaTimeline {...args} style={dark} />
    </div>
  ),
};

/** Right to left: time runs leftwards, the labels sit on the right, ← moves the cursor later. */
export const RightToLeft: Story = {
  args: {
    ...ticket(reassigned),
    locale: 'he-IL',
    messages: {
      timelineLabel: 'ציר זמן SLA',
      zoomIn: 'הגדלה',
      zoomOut: 'הקטנה',
      fit: 'התאמה לכרטיס',
      goToNow: 'עכשיו',
      now: 'עכשיו',
      earlier: 'מוקדם יותר',
      later: 'מאוחר יותר',
      clockName: { response: 'תגובה', plan: 'תוכנית', resolution: 'פתרון' },
      lanes: { hours: 'שעות', holder: 'מטופל על ידי', activity: 'פעילות', escalation: 'הסלמה' },
    },
  },
  render: (args) => (
    <div dir="rtl" lang="he">
      <SlaTimeline {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole('slider');
    const before = Number(slider.getAttribute('aria-valuenow'));
    slider.focus();
    // Time runs leftwards: ← is later.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(Number(slider.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
  },
};

/** No default look at all: the markup and data-* attributes only, for hosts with their own CSS. */
export const Unstyled: Story = { args: { ...ticket(met), unstyled: true } };

// ——— Browser tests: scrub by keyboard and pointer, zoom. The range is pinned so that positions,
// the cursor's 15-minute step and the visible-range caption are known in advance.

const pinned = {
  ...ticket(breached),
  defaultRange: {
    from: Date.parse('2026-03-02T06:00:00-05:00'),
    to: Date.parse('2026-03-03T12:00:00-05:00'),
  },
};

function plotOf(canvasElement: HTMLElement): HTMLElement {
  const plot = canvasElement.querySelector<HTMLElement>('[data-range-from]');
  if (!plot) throw new Error('The timeline has no plot.');
  return plot;
}

/** Home jumps to the ticket's creation; arrows step 15 minutes; the live region reads the SLA. */
export const ScrubByKeyboard: Story = {
  args: pinned,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Time cursor' });
    slider.focus();
    await userEvent.keyboard('{Home}');
    await expect(slider).toHaveAttribute(
      'aria-valuenow',
      String(Date.parse('2026-03-02T09:00:00-05:00')),
    );
    await expect(slider).toHaveAttribute('aria-valuetext', 'Mon 2 Mar, 09:00 GMT-5');
    await userEvent.keyboard('{ArrowRight>5/}');
    await expect(slider).toHaveAttribute(
      'aria-valuenow',
      String(Date.parse('2026-03-02T10:15:00-05:00')),
    );
    const status = canvas.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Mon 2 Mar, 10:15 GMT-5. Response: breached, 15 min over. Plan: running, 31 % used, 2 h 45 min left.',
      ),
    );
    await expect(status).toHaveTextContent(
      'Held by Northwind NOC. Escalation: Assigned to Northwind NOC.',
    );
    await userEvent.keyboard('{PageDown}');
    await waitFor(() =>
      expect(status).toHaveTextContent('Sun 1 Mar, 10:15 GMT-5. The ticket did not exist yet.'),
    );
  },
};

/** Dragging the cursor's handle to 13:30 shows the plan breached half an hour before. */
export const ScrubByPointer: Story = {
  args: pinned,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Time cursor' });
    const plot = plotOf(canvasElement);
    const rect = plot.getBoundingClientRect();
    const target = Date.parse('2026-03-02T13:30:00-05:00');
    const { from, to } = pinned.defaultRange;
    const x = rect.left + ((target - from) / (to - from)) * rect.width;
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
    await expect(slider).toHaveAttribute('aria-valuenow', String(target));
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
  args: pinned,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plot = plotOf(canvasElement);
    const span = () => Number(plot.dataset.rangeTo) - Number(plot.dataset.rangeFrom);
    await expect(canvas.getByText('Mon 2 Mar, 06:00 – Tue 3 Mar, 12:00')).toBeVisible();
    // Around the cursor (now, 20:00): 30 hours become 18 h 45 min.
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await expect(canvas.getByText('Mon 2 Mar, 11:15 – Tue 3 Mar, 06:00')).toBeVisible();
    // Ctrl + wheel zooms around the pointer, which keeps its instant.
    const rect = plot.getBoundingClientRect();
    const clientX = rect.left + rect.width / 4;
    const before = { from: Number(plot.dataset.rangeFrom), span: span() };
    const under = before.from + 0.25 * before.span;
    fireEvent.wheel(plot, { deltaY: -200, ctrlKey: true, clientX, clientY: rect.top + 10 });
    await waitFor(() => expect(span()).toBeLessThan(before.span * 0.7));
    const after = Number(plot.dataset.rangeFrom) + 0.25 * span();
    await expect(Math.abs(after - under)).toBeLessThan(60_000);
    canvas.getByRole('slider', { name: 'Time cursor' }).focus();
    const zoomed = span();
    await userEvent.keyboard('-');
    await expect(span()).toBeGreaterThan(zoomed);
    await userEvent.keyboard('0');
    await expect(canvas.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    await expect(span()).toBeGreaterThan(10 * 3_600_000);
  },
};
