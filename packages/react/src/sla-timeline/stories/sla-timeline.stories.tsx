import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SlaTimeline } from '../views/sla-timeline';
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
} from './sla-scenarios';
import { hoverAt, one, plotOf, storyBase, ticketArgs as ticket } from './story-support';
import { dstDayPlay, holidayPlay, overnightPlay, timelineThemePlay } from './timeline-plays';
import '../sla-timeline.css';

// Every story pins the locale and the viewer's zone, so the catalog reads the same on every
// machine; `now` comes from the scenario, never from the clock. Pointer gestures and tooltips
// have their stories in sla-timeline-gestures.stories.tsx.

const meta = {
  title: 'SLA/SlaTimeline',
  component: SlaTimeline,
  args: { ...storyBase, ...ticket(running) },
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
export const DstSpringForward: Story = {
  args: ticket(dstSpring),
  play: dstDayPlay('Sun 8 Mar', 23),
};

/** New York falls back: Sunday has 25 hours, 01:00 happens twice. */
export const DstFallBack: Story = { args: ticket(dstAutumn), play: dstDayPlay('Sun 1 Nov', 25) };

/** Thanksgiving closed, the day after on short hours: the P3 is due the next Tuesday. */
export const Holiday: Story = { args: ticket(holiday), play: holidayPlay };

/** The London night desk's 22:00–06:00 shifts, seen from New York. */
export const OvernightShift: Story = {
  args: { ...ticket(overnight), viewerTimeZone: 'America/New_York' },
  play: overnightPlay,
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

/**
 * A dark theme for one instance: nothing but --tandem-sla-* custom properties in its `style`.
 * The play checks the look really changed, and that text and the open tooltip stay readable.
 */
export const DarkTheme: Story = {
  args: ticket(breached),
  render: (args) => (
    <div style={{ background: '#0b1120', padding: '1rem', borderRadius: '0.5rem' }}>
      <SlaTimeline {...args} style={dark} />
    </div>
  ),
  play: timelineThemePlay([
    ['background', 'self', 'background-color'],
    ['text', 'self', 'color'],
    ['lane label', '.tandem-sla-lane-label', 'color'],
    ['breach', '[data-lane="clock"] [data-breached][data-state="open"]', 'background-color'],
    ['tick', '.tandem-sla-tick', 'color'],
    ['tooltip', '.tandem-sla-tooltip', 'background-color'],
  ]),
};

/**
 * The catalog's brand theme (the toolbar's "Brand"), as a host's stylesheet applies it: a teal
 * accent and rounder corners.
 */
export const BrandTheme: Story = {
  args: ticket(running),
  globals: { theme: 'brand' },
  play: timelineThemePlay([
    [
      'counting',
      '[data-lane="clock"][data-kind="resolution"] [data-state="open"]',
      'background-color',
    ],
    ['running chip', '.tandem-sla-chip[data-state="running"]', 'border-inline-start-color'],
    ['corners', '.tandem-sla-body', 'border-start-start-radius'],
  ]),
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

/**
 * A translation that orders its words its own way: the readout's chips, times with their zone
 * and a DST day's length all come from `messages` functions that take the parts.
 */
export const CustomMessages: Story = {
  args: {
    ...ticket(dstSpring),
    locale: 'fr-FR',
    viewerTimeZone: 'Europe/Paris',
    messages: {
      timelineLabel: 'Chronologie SLA',
      clockName: { response: 'Réponse', plan: 'Plan', resolution: 'Résolution' },
      clockState: { running: 'en cours', paused: 'en pause', met: 'tenu', breached: 'dépassé' },
      lanes: { hours: 'Horaires', holder: 'Pris en charge par', activity: 'Activité' },
      timeInZone: (time, zone) => `${time} (${zone})`,
      clockChip: (clock, state, remaining, over) =>
        remaining === undefined
          ? `${clock} ${state}`
          : `${over ? 'Dépassé de' : 'Encore'} ${remaining} pour ${clock.toLowerCase()}`,
      heldBy: (label, party) => `${label} ${party}`,
      dayLength: (hours) => `${hours} heures`,
      dayLabel: (date, length) => `${length}, le ${date}`,
      dayTip: (date, length) => `Le ${date} ne dure que ${length}`,
    },
  },
  play: async ({ canvasElement }) => {
    const root = one(canvasElement, '.tandem-sla');
    const readout = one(root, '.tandem-sla-readout');
    await expect(one(readout, 'strong')).toHaveTextContent(/^dim\. 8 mars, 03:30 \(UTC−4\)$/);
    await expect(readout).toHaveTextContent('Réponse tenu');
    await expect(readout).toHaveTextContent(/Encore \d+ h( \d+ min)? pour résolution/);
    await expect(readout).toHaveTextContent('Pris en charge par Northwind NOC');
    const day = one(plotOf(root), '[data-lane="days"] [data-hours="23"]');
    await expect(day).toHaveTextContent(/^23 heures, le dim\. 8 mars$/);
    await expect(one(day, '.tandem-sla-day-hours')).toHaveTextContent(/^23 heures$/);
    hoverAt(day);
    await expect(await within(root).findByRole('tooltip')).toHaveTextContent(
      'Le dim. 8 mars ne dure que 23 heures',
    );
  },
};

// ——— Browser test: scrub by keyboard. The range is pinned so that the cursor's 15-minute step
// is known in advance.

const pinned = {
  ...ticket(breached),
  defaultRange: {
    from: Date.parse('2026-03-02T06:00:00-05:00'),
    to: Date.parse('2026-03-03T12:00:00-05:00'),
  },
};

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
