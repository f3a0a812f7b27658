import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { tandemClasses } from '../../matrix-editor/stories/story-support';
import { EscalationFlow } from '../views/escalation-flow';
import { flowRoot, glyph, ruleRow } from './flow-story-support';
import { calendars, matrix, samples, sla, tierOneToEngineering } from './story-data';
import '../escalation-flow.css';

// How the flow fits into a host's page: its reading direction and the unstyled mode. Themes are
// in escalation-flow.themes.stories.tsx, the host's words in CustomMessages.
const meta = {
  title: 'Escalation flow/Embedding',
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
    // Arrow glyphs point the way the flow runs: mirrored, so → reads as ←.
    const mirrored = 'matrix(-1, 0, 0, 1, 0, 0)';
    const arrow = glyph(ruleRow(canvasElement, 'vip'), '→');
    await expect(getComputedStyle(arrow).transform).toBe(mirrored);
    const port = within(canvasElement).getByRole('button', {
      name: 'Connect Tier 1 to another step',
    });
    await expect(getComputedStyle(glyph(port, '→')).transform).toBe(mirrored);
  },
};

/** No default look at all: not one `tandem-` class anywhere, dialog and panels included. */
export const Unstyled: Story = {
  args: { unstyled: true, simulationSamples: samples },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = flowRoot(canvasElement);
    await expect(canvas.getByRole('list', { name: 'Add a step' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Routing rules' })).toBeVisible();
    await expect(root.querySelectorAll('[data-rule-id]').length).toBe(5);
    await expect(tandemClasses(root)).toEqual([]);
    // The step dialog portals into the root.
    await userEvent.click(canvas.getByRole('button', { name: 'MSP engineering' }));
    const dialog = await within(document.body).findByRole('dialog', {
      name: 'Edit MSP engineering',
    });
    await expect(root.contains(dialog)).toBe(true);
    await expect(tandemClasses(root)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    // Simulation mode's panel and trace.
    await userEvent.click(canvas.getByRole('button', { name: 'Simulation' }));
    // The panel and the simulation engine are chunks of their own: wait for them.
    await expect(await canvas.findByRole('list', { name: 'What happens' })).toBeVisible();
    await expect(tandemClasses(root)).toEqual([]);
  },
};
