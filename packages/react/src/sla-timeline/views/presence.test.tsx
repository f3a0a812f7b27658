import { act, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { presenceEngine } from '../../presence/use-presence';
import { queueBodyRows, samAt } from '../../test-support/queue';
import { queueArgs } from '../stories/queue-fixtures';
import { calendars, parties } from '../stories/sla-fixtures';
import { breached } from '../stories/sla-scenarios';
import { SlaQueue } from './sla-queue';
import { SlaTimeline } from './sla-timeline';

const base = queueArgs(40);
const { tickets } = base;

describe('SlaQueue presence', () => {
  // The presence chunk has arrived, as for every component after a page's first; the wait
  // for it is use-presence.test's.
  beforeAll(() => presenceEngine.preload());

  it('outlines the ticket a peer has focused with their name, and announces it', () => {
    const { rerender } = render(<SlaQueue {...base} />);
    const row = queueBodyRows()[1];
    const id = row?.querySelector('[data-column="ticket"] > :nth-child(2)')?.textContent ?? '';
    const title = tickets.find((ticket) => ticket.id === id)?.title;
    rerender(<SlaQueue {...base} presence={{ peers: [samAt(id)] }} />);
    expect(queueBodyRows()[1]).toHaveAttribute('data-peer', 'focus');
    expect(queueBodyRows()[1]?.style.getPropertyValue('--tandem-peer-color')).toBe(
      'rgb(11, 114, 133)',
    );
    expect(queueBodyRows()[1]?.querySelector('[data-peer-tag]')).toHaveTextContent('Sam');
    expect(queueBodyRows()[0]).not.toHaveAttribute('data-peer');
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      `Sam from Northwind MSP is editing ${title}.`,
    );
  });

  it("reports this user's focused ticket, and null when focus leaves the queue", () => {
    const onLocalChange = vi.fn();
    render(<SlaQueue {...base} presence={{ onLocalChange }} />);
    const row = queueBodyRows()[0];
    const id = row?.querySelector('[data-column="ticket"] > :nth-child(2)')?.textContent;
    act(() => row?.focus());
    act(() => row?.blur());
    expect(onLocalChange.mock.calls.map(([local]) => local)).toEqual([
      { focus: { kind: 'ticket', ticketId: id }, dragging: null },
      { focus: null, dragging: null },
    ]);
  });
});

describe('SlaTimeline presence', () => {
  const props = {
    policy: breached.policy,
    history: breached.history,
    now: breached.now,
    calendars,
    parties,
    locale: 'en-GB',
    viewerTimeZone: 'Europe/London',
    ticket: { id: 'T-1042', title: 'VPN drops every hour' },
  };

  it('outlines the timeline when a peer has its ticket focused, and announces them', () => {
    render(
      <SlaTimeline
        {...props}
        presence={{ peers: [samAt('T-1042'), { ...samAt('T-9'), id: 8, name: 'Ana' }] }}
      />,
    );
    const root = screen.getByRole('group', { name: /timeline/i });
    expect(root).toHaveAttribute('data-peer', 'focus');
    expect([...root.querySelectorAll('[data-peer-tag]')].map((tag) => tag.textContent)).toEqual([
      'Sam',
    ]);
    expect(document.body).toHaveTextContent(
      'Sam from Northwind MSP is editing VPN drops every hour.',
    );
  });

  it("reports focus inside the timeline as this user's ticket", () => {
    const onLocalChange = vi.fn();
    render(<SlaTimeline {...props} presence={{ onLocalChange }} />);
    act(() => screen.getByRole('slider').focus());
    expect(onLocalChange).toHaveBeenLastCalledWith({
      focus: { kind: 'ticket', ticketId: 'T-1042' },
      dragging: null,
    });
  });
});
