import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { largeFlow, sla } from '../stories/story-data';
import { EscalationFlow } from './escalation-flow';

// Every rendered step card asks for its move handle's name once, and every routing rule for
// its own, so counting those messages' calls counts card and rule renders.
const counted = () => {
  const moveStep = vi.fn((name: string) => `Move ${name}`);
  const moveRule = vi.fn((name: string) => `Move rule ${name}`);
  return { moveStep, moveRule };
};

const value = largeFlow(20, 10);

describe('render counts', () => {
  describe('given a 20-step flow with 10 routing rules', () => {
    it('renders each card and each rule once to begin with', () => {
      const messages = counted();
      render(<EscalationFlow defaultValue={value} sla={sla} messages={messages} />);
      expect(new Set(messages.moveStep.mock.calls.map(([name]) => name)).size).toBe(20);
      expect(messages.moveStep).toHaveBeenCalledTimes(20);
      expect(messages.moveRule).toHaveBeenCalledTimes(10);
    });

    it('re-renders no card and no rule when a keyboard drag picks a step up', async () => {
      const messages = counted();
      render(<EscalationFlow defaultValue={value} sla={sla} messages={messages} />);
      messages.moveStep.mockClear();
      messages.moveRule.mockClear();
      const handle = screen.getByRole('button', { name: 'Move Step 3' });
      handle.focus();
      await act(async () => {
        fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(document.body).toHaveTextContent(/Picked up Step 3\./);
      expect(handle).toHaveAttribute('aria-pressed', 'true');
      expect(handle).toHaveAttribute('data-state', 'dragging');
      expect(messages.moveStep).not.toHaveBeenCalled();
      expect(messages.moveRule).not.toHaveBeenCalled();
      await act(async () => {
        fireEvent.keyDown(handle, { code: 'Escape', key: 'Escape' });
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(document.body).toHaveTextContent(/Cancelled\. Step 3 is back where it was\./);
      expect(handle).not.toHaveAttribute('aria-pressed');
      expect(handle).toHaveAttribute('data-state', 'idle');
    });

    it('re-renders no card and no rule when a pointer drag starts on a connect port', async () => {
      const messages = counted();
      render(<EscalationFlow defaultValue={value} sla={sla} messages={messages} />);
      messages.moveStep.mockClear();
      messages.moveRule.mockClear();
      const port = screen.getByRole('button', { name: 'Connect Step 2 to another step' });
      await act(async () => {
        fireEvent.pointerDown(port, { isPrimary: true, button: 0, clientX: 10, clientY: 10 });
        fireEvent.pointerMove(document, { isPrimary: true, clientX: 30, clientY: 10 });
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(document.body).toHaveTextContent(/Connecting from Step 2/);
      expect(messages.moveStep).not.toHaveBeenCalled();
      expect(messages.moveRule).not.toHaveBeenCalled();
      await act(async () => {
        fireEvent.pointerUp(document, { isPrimary: true, clientX: 30, clientY: 10 });
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    });
  });
});
