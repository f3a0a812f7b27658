import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EscalationFlow } from './escalation-flow';
import {
  afterHours,
  calendars,
  everythingWrong,
  largeFlow,
  matrix,
  samples,
  securityEvent,
  sla,
  tierOneToEngineering,
  vipInternal,
} from './story-data';
import './escalation-flow.css';

const meta = {
  title: 'Escalation flow/EscalationFlow',
  component: EscalationFlow,
  args: {
    defaultValue: tierOneToEngineering,
    matrix,
    sla,
    calendars,
    onValueChange: fn(),
  },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tier 1 inside; at 75 % of the response SLA the ticket goes to the MSP's engineering queue. */
export const TierOneToEngineering: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('at 75 % of response SLA')).toBeVisible();
    await expect(canvas.getByText('both teams at once')).toBeVisible();
    await expect(canvas.getByText(/^0 errors, 0 warnings/)).toBeVisible();
  },
};

/** After hours the MSP's NOC holds the ticket; a capped loop re-pages the on-call engineer. */
export const AfterHoursToMsp: Story = {
  args: { defaultValue: afterHours },
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll('.tandem-flow-arrow-label > span')].map(
      (label) => label.textContent,
    );
    await expect(labels).toEqual(
      expect.arrayContaining([
        'not acknowledged in 15 min',
        'not acknowledged in 15 min · up to 2×',
        'after 2 h',
      ]),
    );
  },
};

/** A critical security event notifies the SOC and internal IT in parallel. */
export const SecurityToBothTeams: Story = { args: { defaultValue: securityEvent } };

/** VIP tickets stay with internal IT, the MSP only as overflow. */
export const VipToInternal: Story = {
  args: { defaultValue: vipInternal, orientation: 'vertical' },
};

/** Every check failing: unreachable, dead end, owned by nobody, loop, late trigger, unknown party, gap, shadowed rule, matrix mismatches. */
export const EveryCheckFailing: Story = {
  args: { defaultValue: everythingWrong },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Checks' });
    const rules = [...list.querySelectorAll('[data-rule]')].map((li) =>
      li.getAttribute('data-rule'),
    );
    for (const id of [
      'unreachable-step',
      'dead-end',
      'owned-by-nobody',
      'unbounded-cycle',
      'trigger-after-breach',
      'unknown-party',
      'routing-gap',
      'shadowed-rule',
      'route-not-responsible',
      'after-hours-closed',
      'no-coverage-when-fired',
    ])
      await expect(rules).toContain(id);
    const loop = list.querySelector('[data-rule="unbounded-cycle"]') as HTMLElement;
    await userEvent.click(
      within(loop).getByRole('button', { name: 'Repeat the loop at most 3 times' }),
    );
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'updateTransition', transitionId: 'slow', patch: { repeat: 3 } },
    ]);
    await waitFor(() => expect(list.querySelector('[data-rule="unbounded-cycle"]')).toBeNull());
    const statuses = canvas.getAllByRole('status').map((status) => status.textContent);
    await expect(statuses).toContain('Applied: Repeat the loop at most 3 times.');
  },
};

/** Simulation: pick a sample ticket, play or scrub; the path and firing times light up. */
export const Simulation: Story = {
  args: { simulationSamples: samples, defaultSimulating: true, playbackStepMs: 50 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const scrubber = canvas.getByRole('slider', { name: 'Point in the trace' });
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Play' })).toBeVisible(), {
      timeout: 3000,
    });
    await expect(scrubber).toHaveValue(scrubber.getAttribute('max'));
    const eng = canvasElement.querySelector('article[data-step-id="eng"]');
    await expect(canvasElement.querySelector('article[data-step-id="review"]')).toHaveAttribute(
      'data-simulation',
      'current',
    );
    await expect(eng).toHaveAttribute('data-simulation', 'visited');
    // P2 response is 60 business minutes: 75 % is 45 minutes after Monday 10:00.
    await expect(within(eng as HTMLElement).getByText('fires Mon 10:45')).toBeVisible();
  },
};

/** A VIP ticket routed to internal IT; scrubbing back moves the highlight back. */
export const SimulationScrub: Story = {
  args: { defaultValue: vipInternal, simulationSamples: samples, defaultSimulating: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sample ticket' }), '2');
    const trace = canvas.getByRole('list', { name: 'What happens' });
    await expect(within(trace).getAllByRole('listitem')[0]).toHaveTextContent(
      'Routed to Internal IT',
    );
    const [routed, assigned] = within(trace).getAllByRole('button');
    const desk = canvasElement.querySelector('article[data-step-id="desk"]');
    await userEvent.click(routed as HTMLElement);
    await expect(desk).toHaveAttribute('data-simulation', 'pending');
    await userEvent.click(assigned as HTMLElement);
    await expect(desk).toHaveAttribute('data-simulation', 'current');
    await expect(canvas.getByRole('slider', { name: 'Point in the trace' })).toHaveValue('1');
  },
};

/** 100 steps in three lanes and a 200-rule routing table. */
export const Large: Story = {
  args: { defaultValue: largeFlow(), sla },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-step-id]').length).toBeGreaterThanOrEqual(
      100,
    );
    await expect(canvasElement.querySelectorAll('[data-rule-id]').length).toBe(200);
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Move Tier 1' })).toBeNull();
    await expect(canvas.queryByRole('list', { name: 'Add a step' })).toBeNull();
  },
};

/** Dark and brand themes through the --tandem-flow-* custom properties alone. */
export const Themes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <div
        style={
          {
            '--tandem-flow-fg': '#e2e8f0',
            '--tandem-flow-muted': '#a5b4c8',
            '--tandem-flow-bg': '#0f172a',
            '--tandem-flow-surface': '#111827',
            '--tandem-flow-lane-bg': '#1e293b',
            '--tandem-flow-lane-alt-bg': '#172033',
            '--tandem-flow-border': '#334155',
            '--tandem-flow-card-bg': '#0b1222',
            '--tandem-flow-card-border': '#64748b',
            '--tandem-flow-accent': '#93c5fd',
            '--tandem-flow-accent-fg': '#0f172a',
            '--tandem-flow-focus': '#93c5fd',
            '--tandem-flow-arrow': '#94a3b8',
            '--tandem-flow-taken': '#86efac',
            '--tandem-flow-taken-bg': '#052e16',
            '--tandem-flow-error': '#fca5a5',
            '--tandem-flow-error-bg': '#450a0a',
            '--tandem-flow-warning': '#fcd34d',
            '--tandem-flow-warning-bg': '#422006',
          } as React.CSSProperties
        }
      >
        <EscalationFlow {...args} />
      </div>
      <div
        style={
          {
            '--tandem-flow-accent': '#6d28d9',
            '--tandem-flow-focus': '#6d28d9',
            '--tandem-flow-lane-bg': '#f5f3ff',
            '--tandem-flow-lane-alt-bg': '#ede9fe',
            '--tandem-flow-radius': '1rem',
          } as React.CSSProperties
        }
      >
        <EscalationFlow {...args} defaultValue={securityEvent} />
      </div>
    </div>
  ),
};

/** Right to left: lanes and flow mirror, arrow keys follow what the eye sees. */
export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <EscalationFlow {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const t1 = canvasElement.querySelector('article[data-step-id="t1"]') as HTMLElement;
    const eng = canvasElement.querySelector('article[data-step-id="eng"]') as HTMLElement;
    await waitFor(() =>
      expect(t1.getBoundingClientRect().left).toBeGreaterThan(eng.getBoundingClientRect().left),
    );
  },
};

export const Unstyled: Story = { args: { unstyled: true } };

export const CustomMessages: Story = {
  args: {
    messages: {
      undo: 'Annuler',
      redo: 'Rétablir',
      trigger: (t) => (t.kind === 'sla' ? `à ${t.percent} % du SLA` : 'autre'),
      action: { assign: 'Attribuer', notify: 'Informer' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Annuler' })).toBeDisabled();
    await expect(canvas.getByText('à 75 % du SLA')).toBeVisible();
  },
};
