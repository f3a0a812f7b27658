import { screen, within } from '@testing-library/react';
import type { PresencePeer } from '../presence/presence-types';

/**
 * The body rows of the rendered `<SlaQueue>` (its header row left out), for tests.
 *
 * @example
 * expect(queueBodyRows()[0]).toHaveAttribute('data-state', 'breached');
 */
export const queueBodyRows = () =>
  within(screen.getByRole('grid', { name: 'SLA queue' }))
    .getAllByRole('row')
    .slice(1);

/** The id of the ticket a queue row shows. */
export const ticketIdOf = (row: HTMLElement | undefined) =>
  row?.querySelector('[data-column="ticket"] > :nth-child(2)')?.textContent ?? '';

/**
 * Sam from Northwind MSP, focused on `ticketId`: the peer of the queue's presence tests.
 *
 * @example
 * render(<SlaQueue {...queueArgs(40)} presence={{ peers: [samAt('T-1042')] }} />);
 */
export const samAt = (ticketId: string): PresencePeer => ({
  id: 7,
  name: 'Sam',
  partyName: 'Northwind MSP',
  color: 'rgb(11, 114, 133)',
  focus: { kind: 'ticket', ticketId },
});
