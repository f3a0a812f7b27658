import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { pointerDragUntil, pointerHold } from '../../matrix-editor/stories/story-support';
import { center, settle } from '../../test-support/pointer';
import { EscalationFlow } from '../views/escalation-flow';
import { card, shownRuleIds } from './flow-story-support';
import { calendars, matrix, sla, tierOneToEngineering } from './story-data';
import '../escalation-flow.css';

// Real-browser pointer tests beyond moving a step (escalation-flow.interactions.stories.tsx):
// reordering routing rules, connecting and disconnecting steps, and drags that come to nothing.
// Each drag lets go only once the live region says what the drop would do, then asserts the
// exact changes emitted.

const meta = {
  title: 'Escalation flow/Pointer interactions',
  component: EscalationFlow,
  args: { defaultValue: tierOneToEngineering, matrix, sla, calendars, onValueChange: fn() },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => canvasElement.ownerDocument.body;

/** Drags the "VIP users" rule by its handle onto the third rule: one moveRule, to index 2. */
export const PointerReorderRule: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(shownRuleIds(canvasElement)).toEqual([
      'vip',
      'security',
      'after-hours',
      'apps',
      'helpdesk',
    ]);
    await pointerDragUntil(
      canvas.getByRole('button', { name: 'Move rule VIP users' }),
      canvas.getByRole('button', { name: 'Move rule After hours' }),
      'Rule VIP users moved to position 3 of 5.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        { type: 'moveRule', ruleId: 'vip', toIndex: 2 },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(shownRuleIds(canvasElement)).toEqual([
      'security',
      'after-hours',
      'vip',
      'apps',
      'helpdesk',
    ]);
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent('Dropped rule VIP users at position 3 of 5.'),
    );
  },
};

/** Drags "Service review"'s port onto "Tier 1": a new way on, after 30 minutes. */
export const PointerConnect: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.queryByRole('button', { name: 'Disconnect Service review from Tier 1' }),
    ).toBeNull();
    await pointerDragUntil(
      canvas.getByRole('button', { name: 'Connect Service review to another step' }),
      card(canvasElement, 't1'),
      'Service review would lead to Tier 1.',
    );
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        {
          type: 'addTransition',
          transition: {
            id: 'review-to-t1',
            from: 'review',
            to: 't1',
            trigger: { kind: 'after', minutes: 30 },
          },
        },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent('Service review now leads to Tier 1.'),
    );
    // The new arrow is drawn with its label and can be taken away again.
    await expect(
      canvas.getByRole('button', { name: 'Disconnect Service review from Tier 1' }),
    ).toBeVisible();
    await expect(canvas.getByText('after 30 min')).toBeVisible();
  },
};

/** The × on an arrow's label removes that way on; undo brings it back. */
export const Disconnect: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Disconnect Tier 1 from MSP engineering' }),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'removeTransition', transitionId: 'up' },
    ]);
    await expect(canvas.queryByText('at 75 % of response SLA')).toBeNull();
    await expect(
      canvas.queryByRole('button', { name: 'Disconnect Tier 1 from MSP engineering' }),
    ).toBeNull();
    await expect(canvas.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Tier 1 no longer leads to MSP engineering.',
    );
    // Cut off from the start, MSP engineering can no longer be reached: the checks say so.
    // (The checks arrive in their own chunk after first paint: wait for them.)
    await expect(await canvas.findByText(/"MSP engineering" can never be reached/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      {
        type: 'addTransition',
        transition: {
          id: 'up',
          from: 't1',
          to: 'eng',
          trigger: { kind: 'sla', target: 'response', percent: 75 },
        },
        index: 0,
      },
    ]);
    await expect(canvas.getByText('at 75 % of response SLA')).toBeVisible();
  },
};

/** Escape during a pointer drag: nothing is emitted and every card stays where it was. */
export const PointerCancelWithEscape: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const before = card(canvasElement, 't1').getBoundingClientRect().toJSON();
    const msp = canvasElement.querySelector('[data-lane="msp"][data-kind]') as Element;
    const hold = await pointerHold(canvas.getByRole('button', { name: 'Move Tier 1' }));
    await hold.moveTo({ x: before.x + before.width / 2, y: center(msp).y });
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent(
        'Tier 1 is over the Northwind MSP lane, position 1 of 3.',
      ),
    );
    await userEvent.keyboard('{Escape}');
    await settle();
    await hold.release();
    await settle();
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent('Cancelled. Tier 1 is back where it was.'),
    );
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(card(canvasElement, 't1')).toHaveAttribute('data-lane', 'it');
    await expect(card(canvasElement, 't1').getBoundingClientRect().toJSON()).toEqual(before);
    await expect(canvas.getByRole('button', { name: 'Move Tier 1' })).toHaveAttribute(
      'data-state',
      'idle',
    );
  },
};

/**
 * Dropped outside the lanes — after crossing the MSP lane — a step goes nowhere: the drop is
 * not taken as one on the last lane crossed.
 */
export const PointerDropOutside: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const before = card(canvasElement, 't1').getBoundingClientRect().toJSON();
    const msp = canvasElement.querySelector('[data-lane="msp"][data-kind]') as Element;
    const diagram = canvas.getByRole('region', { name: /^Diagram of/ }).getBoundingClientRect();
    const hold = await pointerHold(canvas.getByRole('button', { name: 'Move Tier 1' }));
    await hold.moveTo({ x: before.x + before.width / 2, y: center(msp).y });
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent('Tier 1 is over the Northwind MSP lane'),
    );
    // Just above the diagram, between it and the toolbar: over no lane.
    await hold.moveTo({ x: diagram.left + 40, y: diagram.top - 4 });
    await waitFor(() => expect(body(canvasElement)).toHaveTextContent('Not over a place to drop.'));
    await hold.release();
    await settle();
    await waitFor(() =>
      expect(body(canvasElement)).toHaveTextContent('Cancelled. Tier 1 is back where it was.'),
    );
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(card(canvasElement, 't1')).toHaveAttribute('data-lane', 'it');
    await expect(card(canvasElement, 't1').getBoundingClientRect().toJSON()).toEqual(before);
  },
};
