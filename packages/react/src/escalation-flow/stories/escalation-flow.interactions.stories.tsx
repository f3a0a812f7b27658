import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { center, pointerDrag } from '../../test-support/pointer';
import { EscalationFlow } from '../views/escalation-flow';
import { calendars, matrix, sla, tierOneToEngineering } from './story-data';
import '../escalation-flow.css';

// Real-browser drag tests: pointer drags with real coordinates past dnd-kit's activation
// distance, keyboard drags (Space, arrows, Space / Escape), and the changes they emit.

const meta = {
  title: 'Escalation flow/Interactions',
  component: EscalationFlow,
  args: { defaultValue: tierOneToEngineering, matrix, sla, calendars, onValueChange: fn() },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

const laneCenterBelow = (canvasElement: HTMLElement, card: Element, laneId: string) => {
  const lane = canvasElement.querySelector(`.tandem-flow-lane[data-lane="${laneId}"]`) as Element;
  return { x: center(card).x, y: center(lane).y };
};

/** Drags "Tier 1" with the pointer from the Internal IT lane into the MSP lane. */
export const PointerDragToAnotherLane: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const handle = canvas.getByRole('button', { name: 'Move Tier 1' });
    const card = canvasElement.querySelector('article[data-step-id="t1"]') as Element;
    await pointerDrag(handle, laneCenterBelow(canvasElement, card, 'msp'));
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        { type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'msp', tier: 1 }] } },
      ]),
    );
    await expect(canvasElement.querySelector('article[data-step-id="t1"]')).toHaveAttribute(
      'data-lane',
      'msp',
    );
  },
};

/** The same move by keyboard: Space picks up, ArrowDown goes one lane down, Space drops. */
export const KeyboardDragToAnotherLane: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Move Tier 1' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        /Picked up Tier 1\. In the Internal IT lane, position 1 of 3\./,
      ),
    );
    await userEvent.keyboard('{ArrowDown}');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        /Tier 1 is over the Northwind MSP lane, position 1 of 3\./,
      ),
    );
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        { type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'msp', tier: 1 }] } },
      ]),
    );
    await expect(document.body).toHaveTextContent(
      /Dropped Tier 1 in the Northwind MSP lane, position 1 of 3\./,
    );
    // Undo by shortcut restores the lane and emits the inverse change.
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'it', tier: 1 }] } },
      ]),
    );
  },
};

/** Escape cancels a keyboard drag: nothing changes and the cancellation is announced. */
export const KeyboardDragCancelled: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Move Tier 1' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() => expect(document.body).toHaveTextContent(/Picked up Tier 1/));
    await userEvent.keyboard('{ArrowDown}');
    await pause();
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(document.body).toHaveTextContent(/Cancelled\. Tier 1 is back where it was\./),
    );
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

/** Reorders along the flow by keyboard: ArrowRight moves "Tier 1" one column on (a moveStep). */
export const KeyboardReorder: Story = {
  play: async ({ canvasElement, args }) => {
    within(canvasElement).getByRole('button', { name: 'Move Tier 1' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() => expect(document.body).toHaveTextContent(/Picked up Tier 1/));
    await userEvent.keyboard('{ArrowRight}');
    await pause();
    await waitFor(() => expect(document.body).toHaveTextContent(/position 2 of 3/));
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        { type: 'moveStep', stepId: 't1', toIndex: 1 },
      ]),
    );
  },
};

/** Adds a notify step from the palette by pointer into the MSP SOC lane. */
export const AddFromPalette: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const item = canvas.getByRole('button', { name: 'Notify step' });
    const last = canvasElement.querySelector(
      '.tandem-flow-slot[data-lane="soc"][data-column="3"]',
    ) as Element;
    last.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    await pointerDrag(item, center(last), 12);
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        {
          type: 'addStep',
          step: {
            id: 'notify-step',
            name: 'New notify step',
            action: 'notify',
            targets: [{ partyId: 'soc' }],
          },
          index: 3,
        },
      ]),
    );
    // Unconnected, the new step is unreachable: the checks say so.
    // (The checks arrive in their own chunk after first paint: wait for them.)
    await expect(await canvas.findByText(/"New notify step" can never be reached/)).toBeVisible();
  },
};

/**
 * Adds a notify step from the palette by keyboard: Space picks it up (in the last column of the
 * lane nearest the palette), ArrowDown goes one lane down, ArrowLeft one column back, Space drops.
 */
export const KeyboardAddFromPalette: Story = {
  play: async ({ canvasElement, args }) => {
    within(canvasElement).getByRole('button', { name: 'Notify step' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() => expect(document.body).toHaveTextContent(/Picked up a new Notify step\./));
    await userEvent.keyboard('{ArrowDown}');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        /New Notify step over the Northwind MSP lane, position 4\./,
      ),
    );
    await userEvent.keyboard('{ArrowLeft}');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        /New Notify step over the Northwind MSP lane, position 3\./,
      ),
    );
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        {
          type: 'addStep',
          step: {
            id: 'notify-step',
            name: 'New notify step',
            action: 'notify',
            targets: [{ partyId: 'msp' }],
          },
          index: 2,
        },
      ]),
    );
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(document.body).toHaveTextContent(
      /Added New notify step to the Northwind MSP lane\./,
    );
    await expect(
      canvasElement.querySelector('article[data-step-id="notify-step"]'),
    ).toHaveAttribute('data-lane', 'msp');
  },
};

/** Connects "Service review" back to "Tier 1" by dragging its port with the keyboard. */
export const KeyboardConnect: Story = {
  play: async ({ canvasElement, args }) => {
    within(canvasElement)
      .getByRole('button', { name: 'Connect Service review to another step' })
      .focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() => expect(document.body).toHaveTextContent(/Connecting from Service review/));
    await userEvent.keyboard('{ArrowLeft}');
    await pause();
    await userEvent.keyboard('{ArrowLeft}');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(/Service review would lead to Tier 1\./),
    );
    await userEvent.keyboard(' ');
    await pause();
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
  },
};

/** Reorders routing rules by keyboard in the routing-table panel. */
export const KeyboardReorderRule: Story = {
  play: async ({ canvasElement, args }) => {
    within(canvasElement).getByRole('button', { name: 'Move rule VIP users' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(/Picked up rule VIP users, position 1 of 5\./),
    );
    await userEvent.keyboard('{ArrowDown}');
    await pause();
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        { type: 'moveRule', ruleId: 'vip', toIndex: 1 },
      ]),
    );
  },
};

/** The step dialog gives focus back to the step's name when it closes by Escape, Cancel or Save. */
export const FocusReturnsToTheStep: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = () => canvas.getByRole('button', { name: 'MSP engineering' });
    const closeBy = async (close: (dialog: HTMLElement) => Promise<unknown>) => {
      await userEvent.click(name());
      const dialog = await within(document.body).findByRole('dialog', {
        name: 'Edit MSP engineering',
      });
      await close(dialog);
      await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(name()).toHaveFocus());
    };
    await closeBy(() => userEvent.keyboard('{Escape}'));
    await closeBy((dialog) =>
      userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })),
    );
    await closeBy(async (dialog) => {
      const minutes = within(dialog).getByRole('spinbutton', { name: 'Minutes' });
      await userEvent.clear(minutes);
      await userEvent.type(minutes, '150');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    });
  },
};

/** Edits a step's trigger in the dialog; saving emits one batch. */
export const EditInDialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'MSP engineering' }));
    const dialog = await within(document.body).findByRole('dialog', {
      name: 'Edit MSP engineering',
    });
    const minutes = within(dialog).getByRole('spinbutton', { name: 'Minutes' });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '180');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), [
        {
          type: 'updateTransition',
          transitionId: 'late',
          patch: { trigger: { kind: 'not-resolved', minutes: 180, calendarId: 'office' } },
        },
      ]),
    );
    await expect(canvas.getByText('not resolved in 3 business hours')).toBeVisible();
  },
};
