import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EscalationFlow } from '../views/escalation-flow';
import { card, checksArrived, flowRoot, glyph, ruleRow } from './flow-story-support';
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
import '../escalation-flow.css';

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
    await checksArrived(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('at 75 % of response SLA')).toBeVisible();
    await expect(canvas.getByText('both teams at once')).toBeVisible();
    // Given the calendars, the working-hours check sees Tier 1 reached at night with IT closed.
    await expect(canvas.getByText(/^0 errors, 1 warning,/)).toBeVisible();
    await expect(canvasElement.querySelector('li[data-rule="fires-while-closed"]')).toHaveAttribute(
      'data-state',
      'warning',
    );
    // Left to right, the arrow before a rule's queue points the way it is drawn: unmirrored.
    const arrow = glyph(ruleRow(canvasElement, 'vip'), '→');
    await expect(getComputedStyle(arrow).transform).toBe('none');
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
export const SecurityToBothTeams: Story = {
  args: { defaultValue: securityEvent },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // One step, two teams: the card in its first target's lane, an echo in the other's, in the
    // same column (at the same time), joined by "both teams at once".
    const alert = card(canvasElement, 'both');
    await expect(alert).toHaveAttribute('data-lane', 'soc');
    await expect(alert).toHaveAttribute('data-start');
    await expect(alert).toHaveTextContent('Notify MSP SOC, Tier 1 + Internal IT, Tier 1');
    const echo = canvasElement.querySelector('[data-step-id="both"][data-lane="it"]:not(article)');
    await expect(echo).toHaveTextContent('Alert both teams');
    await expect((echo as HTMLElement).style.left).toBe(alert.style.left);
    const reach = canvas.getByText('both teams at once');
    await expect(reach).toBeVisible();
    await expect(reach.closest('[data-kind]')).toHaveAttribute('data-kind', 'reach');
    // Then the SOC triages and, at half the resolution SLA, the IT lead decides.
    await expect(card(canvasElement, 'triage')).toHaveAttribute('data-lane', 'soc');
    await expect(card(canvasElement, 'lead')).toHaveAttribute('data-lane', 'it');
    await expect(canvas.getByText('after 5 min')).toBeVisible();
    await expect(canvas.getByText('at 50 % of resolution SLA')).toBeVisible();
  },
};

/** VIP tickets stay with internal IT, the MSP only as overflow. */
export const VipToInternal: Story = {
  args: { defaultValue: vipInternal, orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    await checksArrived(canvasElement);
    const root = flowRoot(canvasElement);
    await expect(root).toHaveAttribute('data-orientation', 'vertical');
    // The first rule sends VIP tickets to Internal IT's first tier, and nothing is wrong with it.
    const vip = ruleRow(canvasElement, 'vip');
    await expect(canvasElement.querySelector('[data-rule-id]')).toBe(vip);
    await expect(vip).toHaveTextContent('VIP users');
    await expect(vip).toHaveTextContent('→ Internal IT, tier 1');
    await expect(vip).toHaveAttribute('data-state', 'ok');
    // Internal IT's desk, then its lead, and only then the MSP, down the page.
    const [desk, lead, overflow] = ['desk', 'it-lead', 'overflow'].map((id) =>
      card(canvasElement, id),
    ) as [HTMLElement, HTMLElement, HTMLElement];
    await expect(desk).toHaveAttribute('data-lane', 'it');
    await expect(desk).toHaveAttribute('data-start');
    await expect(lead).toHaveAttribute('data-lane', 'it');
    await expect(overflow).toHaveAttribute('data-lane', 'msp');
    await expect(overflow).toHaveAttribute('data-terminal');
    const top = (element: Element) => element.getBoundingClientRect().top;
    await expect(top(desk)).toBeLessThan(top(lead));
    await expect(top(lead)).toBeLessThan(top(overflow));
    const canvas = within(canvasElement);
    await expect(canvas.getByText('not acknowledged in 15 business min')).toBeVisible();
    await expect(canvas.getByText('after 30 business min')).toBeVisible();
  },
};

/** Every check failing: unreachable, dead end, owned by nobody, loop, late trigger, unknown party, gap, shadowed and overlapping rules, matrix mismatches. */
export const EveryCheckFailing: Story = {
  args: { defaultValue: everythingWrong },
  play: async ({ canvasElement, args }) => {
    await checksArrived(canvasElement);
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
      'overlapping-rules',
      'route-not-responsible',
      'after-hours-closed',
      'no-coverage-when-fired',
    ])
      await expect(rules).toContain(id);
    // The routing table marks what the checks found: the shadowed rule, the overlapping one, the
    // gap left with no default queue.
    const marked = (ruleId: string) => {
      const row = ruleRow(canvasElement, ruleId);
      const badge = row.querySelector('span[data-state]');
      return [
        row.getAttribute('data-state'),
        badge?.getAttribute('data-state'),
        badge?.textContent,
      ];
    };
    await expect(marked('help-p1')).toEqual(['shadowed', 'shadowed', 'never matches']);
    await expect(marked('p1-msp')).toEqual([
      'overlapping',
      'overlapping',
      'overlaps an earlier rule',
    ]);
    await expect(marked('all-help')).toEqual(['ok', undefined, undefined]);
    const routing = canvas.getByRole('heading', { name: 'Routing rules' })
      .parentElement as HTMLElement;
    const gap = within(routing).getByText('Gap').parentElement;
    await expect(gap).toHaveAttribute('data-state', 'error');
    await expect(gap).toHaveTextContent(/No rule catches .+, and there is no default queue\./);
    await expect(within(routing).getByText(/^No default queue/).parentElement).toHaveAttribute(
      'data-state',
      'missing',
    );
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
    // The SLA policy's office calendar runs on UTC, so the sample's time is shown in UTC.
    await expect(await canvas.findByLabelText('Opened (UTC)')).toHaveValue('2026-03-02T10:00');
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
    await userEvent.selectOptions(
      await canvas.findByRole('combobox', { name: 'Sample ticket' }),
      '2',
    );
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
