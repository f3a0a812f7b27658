import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { calendars, matrix, sla, tierOneToEngineering } from '../stories/story-data';
import { EscalationFlow } from './escalation-flow';

const setup = (props: Partial<Parameters<typeof EscalationFlow>[0]> = {}) =>
  render(
    <EscalationFlow
      defaultValue={tierOneToEngineering}
      matrix={matrix}
      sla={sla}
      calendars={calendars}
      {...props}
    />,
  );
const status = () => screen.getAllByRole('status').find((s) => s.closest('.tandem-flow') && !s.id);

describe('EscalationFlow', () => {
  it('draws a card per step in its lane and labels arrows with their triggers', () => {
    const { container } = setup();
    expect(container.querySelector('article[data-step-id="eng"]')).toHaveAttribute(
      'data-lane',
      'msp',
    );
    expect(screen.getByText('at 75 % of response SLA')).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Escalation flow: Tier 1 → MSP engineering' }),
    ).toBeInTheDocument();
  });

  it('reads each card’s ways on to screen readers', () => {
    setup();
    expect(screen.getByText('at 75 % of response SLA, on to MSP engineering')).toBeInTheDocument();
  });

  describe('given an uncontrolled flow', () => {
    it('disconnects an arrow, then undoes it with the button and redoes it with Shift+Ctrl+Z', () => {
      const onValueChange = vi.fn();
      const { container } = setup({ onValueChange });
      fireEvent.click(
        screen.getByRole('button', { name: 'Disconnect Tier 1 from MSP engineering' }),
      );
      expect(onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
        { type: 'removeTransition', transitionId: 'up' },
      ]);
      expect(screen.queryByText('at 75 % of response SLA')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      expect(screen.getByText('at 75 % of response SLA')).toBeInTheDocument();
      fireEvent.keyDown(container.firstChild as Element, {
        key: 'z',
        ctrlKey: true,
        shiftKey: true,
      });
      expect(onValueChange).toHaveBeenCalledTimes(3);
      expect(screen.queryByText('at 75 % of response SLA')).toBeNull();
    });
  });

  describe('given a controlled flow whose parent refuses edits', () => {
    it('keeps showing the parent’s value', () => {
      const onValueChange = vi.fn();
      setup({ value: tierOneToEngineering, defaultValue: undefined, onValueChange });
      fireEvent.click(
        screen.getByRole('button', { name: 'Disconnect Tier 1 from MSP engineering' }),
      );
      expect(onValueChange).toHaveBeenCalledOnce();
      expect(screen.getByText('at 75 % of response SLA')).toBeInTheDocument();
    });
  });

  describe('given a read-only flow', () => {
    it('offers no handles, palette or disconnect buttons, and announces undo attempts', () => {
      const { container } = setup({ readOnly: true });
      expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
      expect(screen.queryByRole('button', { name: /^Disconnect / })).toBeNull();
      fireEvent.keyDown(container.firstChild as Element, { key: 'z', metaKey: true });
      expect(status()).toHaveTextContent('This flow is read-only.');
    });
  });

  it('edits a step in the dialog and saves one batch', async () => {
    const onValueChange = vi.fn();
    setup({ onValueChange });
    fireEvent.click(screen.getByRole('button', { name: 'Tier 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tier 1' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Service desk' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'The policy ends here' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(onValueChange).toHaveBeenLastCalledWith(expect.anything(), [
      { type: 'updateStep', stepId: 't1', patch: { name: 'Service desk', terminal: true } },
    ]);
    expect(status()).toHaveTextContent('Saved Service desk.');
  });

  it('runs a simulation from a fixed sample and scrubs through it', () => {
    const { container } = setup({
      simulationSamples: [
        {
          label: 'P2',
          ticket: { categoryId: 'helpdesk', priority: 'P2', openedAt: Date.UTC(2026, 2, 2, 10) },
        },
      ],
      defaultSimulating: true,
    });
    const slider = screen.getByRole('slider', { name: 'Point in the trace' });
    act(() => {
      fireEvent.change(slider, { target: { value: '3' } });
    });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      'Mon 2 Mar, 10:45 UTC — MSP engineering: assigned to Northwind MSP',
    );
    expect(container.querySelector('article[data-step-id="eng"]')).toHaveAttribute(
      'data-simulation',
      'current',
    );
  });

  describe('given checks turned on', () => {
    it('shows the checks panel, also when nothing is wrong', () => {
      const value = {
        policy: {
          id: 'one',
          startStepId: 'desk',
          steps: [
            {
              id: 'desk',
              name: 'Desk',
              action: 'assign' as const,
              targets: [{ partyId: 'it', tier: 1 }],
              terminal: true,
            },
          ],
          transitions: [],
        },
        routing: { rules: [], default: { partyId: 'it', tier: 1 } },
      };
      render(<EscalationFlow defaultValue={value} />);
      expect(screen.getByText('No problems found.')).toBeInTheDocument();
    });
  });

  describe('given checks turned off', () => {
    it('shows no checks panel, rather than claiming there are no problems', () => {
      setup({ checks: false });
      expect(screen.queryByText('No problems found.')).toBeNull();
      expect(screen.queryByText(/errors?, \d+ warnings?/)).toBeNull();
    });
  });

  it('speaks the host’s words', () => {
    setup({ messages: { undo: 'Annuler', reach: () => 'les deux' } });
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeDisabled();
    expect(screen.getByText('les deux')).toBeInTheDocument();
  });
});
