import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { peersShown, storyPeers } from '../../presence/story-peers';
import { EscalationFlow } from '../views/escalation-flow';
import { matrix, sla, tierOneToEngineering } from './story-data';

const [first, second] = tierOneToEngineering.policy.steps;
if (!first || !second) throw new Error('the flow has two steps');
const nameOf = (step: typeof first) => step.name ?? step.id;

const meta = {
  title: 'Escalation flow/Presence',
  component: EscalationFlow,
  args: {
    defaultValue: tierOneToEngineering,
    matrix,
    sla,
    onValueChange: fn(),
    presence: {
      peers: storyPeers({ kind: 'step', stepId: second.id }, { kind: 'step', stepId: first.id }),
      onLocalChange: fn(),
    },
  },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sam has the second step open; Dana is moving the first. Both cards say so, and so does the live region. */
export const OthersInTheFlow: Story = {
  play: async ({ canvasElement }) => {
    const card = (id: string) =>
      canvasElement.querySelector<HTMLElement>(`article[data-step-id="${id}"]`);
    await peersShown(canvasElement);
    await expect(card(second.id)).toHaveAttribute('data-peer', 'focus');
    await expect(card(second.id)).toHaveTextContent('Sam');
    await expect(card(first.id)).toHaveAttribute('data-peer', 'dragging');
    await expect(card(first.id)).toHaveTextContent('picked up by Dana');
    await waitFor(() =>
      expect(canvasElement.querySelector('[role="status"][aria-live="polite"]')).toHaveTextContent(
        `Sam from Northwind MSP is editing ${nameOf(second)}. Dana from Contoso IT is moving ${nameOf(first)}.`,
      ),
    );
  },
};
