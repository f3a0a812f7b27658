// The page `bench:browser:collab` (collab-run.ts) opens twice: one person's live matrix, as the
// portal binds it — a Y.Doc kept in step with the real collab server by a Hocuspocus provider,
// bound through @tandem/collab's bindMatrix, shown by <ResponsibilityMatrix value> with their
// presence — on a 2,000 × 12 matrix. `?token=` says who; `?seed` makes this page put the matrix
// in the room. window.tandemCollab lets the runner edit here and wait for edits to show there.
// First: React looks for the hook row-renders installs when it loads.
import './row-renders';
import '@tandem/react/styles.css';
import { HocuspocusProvider } from '@hocuspocus/provider';
import {
  bindMatrix,
  type Peer,
  readPeers,
  setPresence,
  toPresencePeers,
  writeMatrix,
} from '@tandem/collab';
import type { Matrix, RoleLetter } from '@tandem/core';
import { type PresenceOptions, ResponsibilityMatrix } from '@tandem/react';
import { useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import { largeMatrix } from '../../packages/react/src/matrix-editor/stories/story-support';
import { rowRenders } from './row-renders';

declare global {
  interface Window {
    tandemCollab: typeof api;
  }
}

const now = () => performance.timeOrigin + performance.now();
const params = new URLSearchParams(location.search);
const doc = new Y.Doc();
const binding = bindMatrix(doc);
const provider = new HocuspocusProvider({
  url: params.get('server') ?? '',
  name: params.get('room') ?? 'bench/collab',
  document: doc,
  token: params.get('token') ?? '',
});

// One snapshot for React: the binding's matrix and the peers, each replaced when it changes.
let snapshot: { matrix: Matrix | undefined; peers: readonly Peer[] } = {
  matrix: binding.getMatrix(),
  peers: [],
};
const listeners = new Set<() => void>();
const publish = (next: Partial<typeof snapshot>) => {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
};
// When the last message came in and when the binding last published: where a trip's time goes.
const marks = { message: 0, published: 0 };
provider.on('message', () => {
  marks.message = now();
});
binding.subscribe(({ matrix }) => {
  marks.published = now();
  publish({ matrix });
});
let synced = false;
provider.on('synced', () => {
  if (params.has('seed') && binding.getMatrix() === undefined)
    doc.transact(() => writeMatrix(doc, undefined, largeMatrix(2000, 12)), 'tandem:seed');
  synced = true;
});
const awareness = provider.awareness;
if (awareness) {
  setPresence(awareness, {
    user: { name: params.get('name') ?? 'Bench', partyId: 'p0', color: '#0b7285' },
    focus: null,
  });
  awareness.on('change', () => publish({ peers: readPeers(awareness) }));
}

function App() {
  const { matrix, peers } = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
  const presence = useMemo<PresenceOptions>(
    () => ({
      peers: toPresencePeers(peers, matrix?.parties),
      onLocalChange: (local) => awareness && setPresence(awareness, local),
    }),
    // The parties only name the peers' parties; a cell edit leaves them as they were.
    [peers, matrix?.parties],
  );
  if (!matrix) return <p>Waiting for the room…</p>;
  return (
    <ResponsibilityMatrix
      value={matrix}
      onValueChange={(_, changes) => binding.apply(changes)}
      presence={presence}
    />
  );
}

const container = document.getElementById('root') as HTMLElement;
createRoot(container).render(<App />);

/** The cell of `rowId` for the party at `partyIndex`, when the row is on screen. */
const cellAt = (rowId: string, partyIndex: number) =>
  container.querySelectorAll<HTMLElement>(`tr[data-row-id="${rowId}"] [role="gridcell"]`)[
    partyIndex
  ];

// Which rows' DOM changed, while the runner counts renders: a row re-rendered because the edit
// changed what it shows (an issue the edit raised or cleared there) changes its DOM too.
const changedRows = new Set<string>();
const rowObserver = new MutationObserver((records) => {
  for (const record of records) {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    const rowId = node?.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    if (rowId) changedRows.add(rowId);
  }
});

const api = {
  /** Whether the room's matrix is in and on screen. */
  ready: () => synced && container.querySelector('[role="gridcell"]') !== null,
  /** Edits one cell as this person, and says when it began and when the edit was sent. */
  change(rowId: string, partyId: string, roles: RoleLetter[]): { at: number; sent: number } {
    const at = now();
    const result = binding.apply([{ type: 'setCell', rowId, partyId, cell: { roles } }]);
    if (!result.ok) throw new Error(result.error.message);
    // The provider sends the update inside apply, once the transaction is done.
    return { at, sent: now() };
  },
  /**
   * Resolves with the times (timeOrigin + now) the cell's text changed and the frame showing it
   * was painted: a MutationObserver sees the commit; the next requestAnimationFrame callback is
   * that frame's start, before its style, layout and paint; a message posted from there runs
   * once the frame is painted and handed to the compositor (the "after next paint" idiom).
   */
  arrival(
    rowId: string,
    partyIndex: number,
    timeoutMs: number,
  ): Promise<{
    message: number;
    published: number;
    shown: number;
    frame: number;
    painted: number;
  }> {
    const before = cellAt(rowId, partyIndex)?.textContent;
    if (before === undefined) return Promise.reject(new Error(`row ${rowId} is not on screen`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`row ${rowId} did not change within ${timeoutMs} ms`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (cellAt(rowId, partyIndex)?.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const shown = now();
        requestAnimationFrame(() => {
          const frame = now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve({ ...marks, shown, frame, painted: now() });
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(container, { subtree: true, childList: true, characterData: true });
    });
  },
  /** This page's clock (timeOrigin + now), for the runner to check both pages' agree. */
  now,
  rowRenders,
  changedRows: {
    start: () =>
      rowObserver.observe(container, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      }),
    take(): string[] {
      rowObserver.takeRecords();
      const rows = [...changedRows];
      changedRows.clear();
      return rows;
    },
  },
};
window.tandemCollab = api;
