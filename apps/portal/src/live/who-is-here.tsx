import type { Peer } from '@tandem/collab';
import type { Matrix } from '@tandem/core';
import type { CSSProperties } from 'react';
import type { LivePerson } from './live-session';

/** Where a peer is, in words: the row they have focused or are dragging over, if any. */
function placeOf(peer: Peer, matrix: Matrix | undefined): string | undefined {
  const place = peer.dragging?.over ?? peer.focus;
  if (!place || !('rowId' in place)) return undefined;
  const row = matrix?.rows.find((candidate) => candidate.id === place.rowId);
  if (!row) return undefined;
  return `${peer.dragging ? 'dragging over' : 'on'} ${row.name}`;
}

/**
 * Everyone in the live session: this person first, then the others in a stable order, each
 * with their colour and the row they are on.
 *
 * @example
 * <WhoIsHere me={session.person} peers={snapshot.peers} matrix={snapshot.matrix} />
 */
export function WhoIsHere({
  me,
  peers,
  matrix,
}: {
  me: LivePerson;
  peers: readonly Peer[];
  matrix: Matrix | undefined;
}) {
  return (
    <section className="live-people" aria-label="Who is here">
      <h2 className="live-people-title">Who is here</h2>
      <ul>
        <li style={{ '--live-color': me.color } as CSSProperties}>
          <span className="live-dot" aria-hidden="true" />
          {me.name} <span className="muted">(you)</span>
        </li>
        {peers.map((peer) => {
          const place = placeOf(peer, matrix);
          return (
            <li
              key={peer.clientId}
              style={{ '--live-color': peer.user.color ?? '#64748b' } as CSSProperties}
            >
              <span className="live-dot" aria-hidden="true" />
              {peer.user.name}
              {place && <span className="muted"> · {place}</span>}
            </li>
          );
        })}
      </ul>
      {peers.length === 0 && <p className="muted">Nobody else is here yet.</p>}
    </section>
  );
}
