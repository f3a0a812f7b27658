import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { queueBodyRows as bodyRows } from '../../test-support/queue';
import { queueArgs } from '../stories/queue-fixtures';
import { SlaQueue } from './sla-queue';

const base = queueArgs(200);

describe('SlaQueue', () => {
  it('renders a window of rows, live breaches first, and counts them all', () => {
    render(<SlaQueue {...base} />);
    const grid = screen.getByRole('grid', { name: 'SLA queue' });
    expect(grid).toHaveAttribute('aria-rowcount', '201');
    expect(screen.getByText('200 tickets')).toBeInTheDocument();
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    expect(rows[0]).toHaveAttribute('data-state', 'breached');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('filters by holder and priority with faceted counts', async () => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    render(<SlaQueue {...base} onFilterChange={onFilterChange} />);
    await user.click(screen.getByRole('button', { name: /^P1 \(\d+\)$/ }));
    expect(onFilterChange).toHaveBeenLastCalledWith({ priorities: ['P1'] });
    for (const row of bodyRows()) expect(row).toHaveTextContent('P1');
    const shown = bodyRows().length;
    expect(screen.getByText(new RegExp(`^${shown} of 200 tickets$`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^P1 / }));
    expect(screen.getByText('200 tickets')).toBeInTheDocument();
  });

  it('says so when nothing matches', () => {
    render(<SlaQueue {...base} filter={{ priorities: ['P9'] }} />);
    expect(screen.getByText('No tickets match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'P9 (0)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves through rows with the keyboard and opens the full timeline with Enter', async () => {
    const user = userEvent.setup();
    const onSelectedIdChange = vi.fn();
    render(<SlaQueue {...base} onSelectedIdChange={onSelectedIdChange} />);
    const [first] = bodyRows();
    first?.focus();
    await user.keyboard('{ArrowDown}');
    const second = bodyRows()[1];
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    const id = second?.querySelector('[data-column="ticket"]')?.lastChild?.textContent;
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(id);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('slider', { name: 'Time cursor' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(null);
  });

  describe('given unstyled', () => {
    it('leaves no tandem class in the queue, its compact timelines or its dialog', async () => {
      const user = userEvent.setup();
      const { container } = render(<SlaQueue {...base} unstyled />);
      // Styled, the same queue is full of them: the check below can see them.
      const styled = render(<SlaQueue {...base} />);
      expect(styled.container.querySelectorAll('[class*="tandem-"]').length).toBeGreaterThan(50);
      styled.unmount();
      expect(
        container.querySelectorAll('[data-column="timeline"] [data-state]').length,
      ).toBeGreaterThan(0);
      await user.click(bodyRows()[0] as HTMLElement);
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByRole('slider', { name: 'Time cursor' })).toBeInTheDocument();
      expect(document.body.querySelector('[class*="tandem-"]')).toBeNull();
    });
  });

  describe('given a right-to-left host around the queue', () => {
    it('opens the dialog, portalled out of it, right to left too', async () => {
      const user = userEvent.setup();
      render(
        <div style={{ direction: 'rtl' }}>
          <SlaQueue {...base} />
        </div>,
      );
      await user.click(bodyRows()[0] as HTMLElement);
      expect(await screen.findByRole('dialog')).toHaveAttribute('dir', 'rtl');
    });
  });

  it('words the state chip through queueState, so a translation can order it', () => {
    render(
      <SlaQueue
        {...base}
        messages={{ queueState: (state, clock) => (clock ? `${clock} — ${state}` : state) }}
      />,
    );
    const [first] = bodyRows();
    expect(first?.querySelector('[data-column="state"]')).toHaveTextContent(
      /^\w[\w ]* — breached$/,
    );
  });

  it('keeps a controlled selection until the parent changes it', async () => {
    const user = userEvent.setup();
    const onSelectedIdChange = vi.fn();
    render(<SlaQueue {...base} selectedId={null} onSelectedIdChange={onSelectedIdChange} />);
    await user.click(bodyRows()[0] as HTMLElement);
    expect(onSelectedIdChange).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
