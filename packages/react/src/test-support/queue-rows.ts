import { screen, within } from '@testing-library/react';
import type { PresencePeer } from '../presence/presence-types';

// For the SlaQueue tests: its body rows as rendered, the ticket a row shows, and a peer (Sam,
// from the provider) focused on a ticket.

/** The queue's body rows, header left out. */
export const queueBodyRows = () =>
  within(screen.getByRole('grid', { name: 'SLA queue' }))
    .getAllByRole('row')
    .slice(1);

/** The id of the ticket a queue row shows. */
export const ticketIdOf = (row: HTMLElement | undefined) =>
  row?.querySelector('[data-column="ticket"] > :nth-child(2)')?.textContent ?? '';

/** Sam from Northwind MSP, focused on `ticketId`. */
export const samAt = (ticketId: string): PresencePeer => ({
  id: 7,
  name: 'Sam',
  partyName: 'Northwind MSP',
  color: 'rgb(11, 114, 133)',
  focus: { kind: 'ticket', ticketId },
});
