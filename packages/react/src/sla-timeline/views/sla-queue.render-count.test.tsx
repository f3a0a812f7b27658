import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { peerMarks } from '../../presence/peer-marks';
import { presenceEngine } from '../../presence/use-presence';
import { queueBodyRows, samAt, ticketIdOf } from '../../test-support/queue';
import { queueArgs } from '../stories/queue-fixtures';
import { SlaQueue } from './sla-queue';

// Every rendered row asks `peerMarks` for its ticket's marks once, so counting its calls by
// ticket counts row renders by ticket.
vi.mock('../../presence/peer-marks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../presence/peer-marks')>();
  return { ...actual, peerMarks: vi.fn(actual.peerMarks) };
});

const base = queueArgs(40);
const renderedTickets = () =>
  vi
    .mocked(peerMarks)
    .mock.calls.map(([, place]) => (place.kind === 'ticket' ? place.ticketId : undefined));

describe('SlaQueue render counts', () => {
  // The presence chunk has arrived (use-presence.test covers the wait for it).
  beforeAll(() => presenceEngine.preload());

  beforeEach(() => {
    vi.mocked(peerMarks).mockClear();
  });

  it('re-renders only the ticket a peer left and the one they moved to', () => {
    const { rerender } = render(<SlaQueue {...base} />);
    const [first, , third] = queueBodyRows().map(ticketIdOf);
    rerender(<SlaQueue {...base} presence={{ peers: [samAt(first ?? '')] }} />);
    const visible = new Set(renderedTickets()).size;
    expect(visible).toBeGreaterThan(3);
    vi.mocked(peerMarks).mockClear();
    rerender(<SlaQueue {...base} presence={{ peers: [samAt(third ?? '')] }} />);
    expect(renderedTickets().sort()).toEqual([first, third].sort());
    expect(queueBodyRows()[2]).toHaveAttribute('data-peer', 'focus');
    expect(queueBodyRows()[0]).not.toHaveAttribute('data-peer');
  });

  it('re-renders no row when the peers come again unchanged', () => {
    const { rerender } = render(<SlaQueue {...base} />);
    const id = ticketIdOf(queueBodyRows()[0]);
    rerender(<SlaQueue {...base} presence={{ peers: [samAt(id)] }} />);
    vi.mocked(peerMarks).mockClear();
    rerender(<SlaQueue {...base} presence={{ peers: [samAt(id)] }} />);
    expect(renderedTickets()).toEqual([]);
  });

  it('re-renders only the two rows involved when focus moves, and the keys still work', async () => {
    const user = userEvent.setup();
    render(<SlaQueue {...base} />);
    const [first, second, third] = queueBodyRows().map(ticketIdOf);
    act(() => queueBodyRows()[0]?.focus());
    vi.mocked(peerMarks).mockClear();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(queueBodyRows()[1]);
    expect(renderedTickets().sort()).toEqual([first, second].sort());
    vi.mocked(peerMarks).mockClear();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(queueBodyRows()[2]);
    expect(renderedTickets().sort()).toEqual([second, third].sort());
  });
});
