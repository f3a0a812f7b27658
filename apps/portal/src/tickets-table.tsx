import type { PsaMatrix, PsaTicket } from './api/schemas';

const statusText: Record<PsaTicket['status'], string> = {
  new: 'New',
  'in-progress': 'In progress',
  'waiting-on-customer': 'Waiting on customer',
  resolved: 'Resolved',
};

/** Open tickets with who holds them. */
export function TicketsTable({
  tickets,
  parties,
}: {
  tickets: readonly PsaTicket[];
  parties: PsaMatrix['parties'] | undefined;
}) {
  const partyName = new Map(parties?.map((party) => [party.id, party.name]));
  const time = new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Ticket</th>
          <th scope="col">Summary</th>
          <th scope="col">Priority</th>
          <th scope="col">Status</th>
          <th scope="col">Held by</th>
          <th scope="col">Opened (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => (
          <tr key={ticket.id} data-priority={ticket.priority}>
            <th scope="row">{ticket.id}</th>
            <td>
              {ticket.summary}
              {ticket.vip && <span className="badge">VIP</span>}
            </td>
            <td>{ticket.priority}</td>
            <td data-state={ticket.status}>{statusText[ticket.status]}</td>
            <td>{partyName.get(ticket.assignedTo) ?? ticket.assignedTo}</td>
            <td>
              <time dateTime={ticket.openedAt}>{time.format(new Date(ticket.openedAt))}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
