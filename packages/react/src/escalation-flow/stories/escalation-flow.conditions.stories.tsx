import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EscalationFlow } from '../views/escalation-flow';
import { conditionCalendars, everyCondition, saturdayNight } from './condition-story-data';
import { card, checksArrived } from './flow-story-support';
import { matrix, sla } from './story-data';
import '../escalation-flow.css';

const meta = {
  title: 'Escalation flow/Conditions',
  component: EscalationFlow,
  args: {
    defaultValue: everyCondition,
    matrix,
    sla,
    calendars: conditionCalendars,
    onValueChange: fn(),
  },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Working hours of a party and of a calendar, a holiday, priority, a hold, an `all`
 * acknowledgement and a rotating round robin: each in words where the flow is read.
 */
export const EveryCondition: Story = {
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll('.tandem-flow-arrow-label > span')].map(
      (label) => label.textContent,
    );
    await expect(labels).toEqual(
      expect.arrayContaining([
        "not acknowledged in 15 min · outside Internal IT's hours",
        'after 0 min · P1 or P2',
        'after 1 h · on a UK holiday',
        'after 2 h · not on a UK holiday · outside Office hours',
      ]),
    );
    // The card says the step's own conditions, and they describe it to screen readers.
    const morning = card(canvasElement, 'morning');
    await expect(morning).toHaveAccessibleDescription("waits for its targets' working hours");
    // The notes line fits the card: nothing spills below it.
    await expect(morning.scrollHeight).toBeLessThanOrEqual(morning.clientHeight);
    await expect(card(canvasElement, 'major')).toHaveAccessibleDescription(
      'every target must acknowledge',
    );
    await expect(card(canvasElement, 'rota')).toHaveAccessibleDescription(
      'rotates after 2 notifications',
    );
    // The arrows are drawn for the eye; the ways on read out to screen readers carry the conditions.
    await expect(card(canvasElement, 't1')).toHaveTextContent(
      "not acknowledged in 15 min · outside Internal IT's hours, on to On-call rota",
    );
    // Tier 1 answers the night with nobody open: the working-hours check says so, with a fix.
    await checksArrived(canvasElement);
    const issue = canvasElement.querySelector('li[data-rule="fires-while-closed"]');
    await expect(issue).toHaveTextContent(/Step "Tier 1" can fire while Internal IT is closed/);
  },
};

/** A ticket opened on Saturday night waits in the morning queue until Monday's working hours. */
export const HeldUntilOpen: Story = {
  args: { simulationSamples: saturdayNight, defaultSimulating: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trace = await canvas.findByRole('list', { name: 'What happens' });
    await expect(trace).toHaveTextContent(
      'Morning queue: assigned to Internal IT, held from Sun 00:15 until Mon 08:00 (outside hours)',
    );
  },
};

/** The step dialog sets a hold by keyboard and swaps a way on's condition by pointer: one batch each. */
export const EditConditions: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    await userEvent.click(canvas.getByRole('button', { name: 'On-call rota' }));
    let dialog = await body.findByRole('dialog', { name: 'Edit On-call rota' });
    within(dialog).getByRole('checkbox', { name: 'Wait for working hours' }).focus();
    await userEvent.keyboard(' ');
    await expect(within(dialog).getByRole('spinbutton', { name: 'How many' })).toHaveValue(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'updateStep', stepId: 'rota', patch: { hold: { until: 'open' } } },
      ]),
    );
    await expect(card(canvasElement, 'rota')).toHaveAccessibleDescription(
      "waits for its targets' working hours · rotates after 2 notifications",
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Tier 1' }));
    dialog = await body.findByRole('dialog', { name: 'Edit Tier 1' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove the condition P1 or P2' }),
    );
    const adds = within(dialog).getAllByRole('button', { name: 'Add a condition' });
    await userEvent.click(adds[1] as HTMLElement);
    await userEvent.selectOptions(
      within(dialog).getAllByRole('combobox', { name: 'Whose' })[1] as HTMLElement,
      'calendar:uk',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        {
          type: 'updateTransition',
          transitionId: 'urgent',
          patch: { when: [{ kind: 'hours', open: false, calendarId: 'uk' }] },
        },
      ]),
    );
    await expect(canvas.getByText('after 0 min · outside UK hours')).toBeVisible();
  },
};
