import { act, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { everythingWrong } from '../stories/story-data';

// Every check failing: the list of checks has items once the checks chunk is there.
const value = everythingWrong;

// A fresh copy of the flow per test, so each starts without the checks chunk loaded.
async function freshFlow() {
  vi.resetModules();
  const { EscalationFlow } = await import('./escalation-flow');
  const { flowCheckers } = await import('../hooks/flow-checkers-chunk');
  return { EscalationFlow, flowCheckers };
}

describe('the escalation flow’s checks, loaded after first paint', () => {
  it('draws the flow at once, says it is checking, then shows what the checks found', async () => {
    const { EscalationFlow, flowCheckers } = await freshFlow();
    expect(flowCheckers.peek()).toBeUndefined();
    render(<EscalationFlow defaultValue={value} />);
    expect(document.querySelectorAll('article[data-step-id]').length).toBe(
      value.policy.steps.length,
    );
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Checking…')).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Checks' })).toBeInTheDocument();
  });

  it('sends the same checking state from the server as the hydrating render shows', async () => {
    const { EscalationFlow } = await freshFlow();
    const html = renderToString(<EscalationFlow defaultValue={value} />);
    expect(html).toContain('Checking…');
    expect(html).not.toContain('No problems found.');
  });

  it('never loads the checks when they are turned off', async () => {
    const { EscalationFlow, flowCheckers } = await freshFlow();
    render(<EscalationFlow defaultValue={value} checks={false} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(flowCheckers.peek()).toBeUndefined();
  });
});
