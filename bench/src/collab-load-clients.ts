import { performance as nodePerformance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { bindMatrix } from '@tandem/collab';
import type { Matrix } from '@tandem/core';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  cellOf,
  type LoadCommand,
  type LoadReply,
  type LoadWorkerData,
  rolesOf,
  type SentEdit,
} from './collab-load-protocol';

// One worker thread of `bench:collab` (collab-load.ts): a share of the load clients, each a
// Y.Doc and a Hocuspocus provider on its own socket, so a hundred clients do not queue behind
// one another's sockets on one event loop. A client writes through bindMatrix, as the page does,
// and logs when (performance.timeOrigin + performance.now(), one clock for every thread of the
// process) each edit left it and the clock its doc reached; every client logs when another
// client's clock advanced in its doc, so the main thread can pair each edit with its arrival in
// every other client. The worker does what the main thread says, in order: seed, join, edit,
// settle, report.

/** Even clients are Dana's, odd ones Sam's: both parties may write. */
const tokenOf = (n: number) => (n % 2 === 0 ? 'demo-dana' : 'demo-sam');

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Client {
  readonly n: number;
  readonly doc: Y.Doc;
  readonly sent: SentEdit[];
  readonly seen: number[];
  destroy(): void;
}

function connect(data: LoadWorkerData, n: number, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const seen: number[] = [];
  // Which other clients' clocks moved in this transaction: what arrived, and when.
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.local) return;
    const at = now();
    for (const [clientId, clock] of transaction.afterState) {
      if (clientId !== doc.clientID && transaction.beforeState.get(clientId) !== clock)
        seen.push(clientId, clock, at);
    }
  });
  const socket = new HocuspocusProviderWebsocket({ url: data.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: data.room,
    document: doc,
    token,
  });
  provider.attach();
  return new Promise((resolve, reject) => {
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(reason)),
    );
    provider.on('synced', () =>
      resolve({
        n,
        doc,
        sent: [],
        seen,
        destroy() {
          provider.destroy();
          socket.destroy();
        },
      }),
    );
  });
}

/** The matrix a doc holds, read as a page reads it. */
function matrixOf(doc: Y.Doc): Matrix | undefined {
  const binding = bindMatrix(doc);
  try {
    return binding.getMatrix();
  } finally {
    binding.destroy();
  }
}

const stateOf = (doc: Y.Doc) =>
  [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b).join(';');

async function edit(data: LoadWorkerData, client: Client): Promise<void> {
  await sleep(Math.random() * data.intervalMs);
  const { rowId, partyId } = cellOf(client.n, data.parties);
  for (let k = 0; k < data.edits; k += 1) {
    const binding = bindMatrix(client.doc);
    const at = now();
    const result = binding.apply([
      { type: 'setCell', rowId, partyId, cell: { roles: rolesOf(k) } },
    ]);
    binding.destroy();
    if (!result.ok) throw new Error(result.error.message);
    client.sent.push({ at, clock: Y.getState(client.doc.store, client.doc.clientID) });
    await sleep(data.intervalMs * (0.5 + Math.random()));
  }
}

/** Whether every doc holds every other client's final clock, polled for up to `ms`. */
async function settle(
  clients: readonly Client[],
  finals: readonly (readonly [number, number])[],
  ms: number,
): Promise<boolean> {
  const end = performance.now() + ms;
  const holds = () =>
    clients.every((client) =>
      finals.every(([clientId, clock]) => Y.getState(client.doc.store, clientId) >= clock),
    );
  while (!holds()) {
    if (performance.now() > end) return false;
    await sleep(20);
  }
  return true;
}

async function run(data: LoadWorkerData): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('collab-load-clients runs as a worker thread of collab-load.ts');
  const reply = (message: LoadReply) => port.postMessage(message);
  const clients: Client[] = [];
  port.on('message', (command: LoadCommand) => {
    void (async () => {
      switch (command.step) {
        case 'seed': {
          // The first client of the run seeds the room before anyone else joins.
          const first = data.clients[0] ?? 0;
          const client = await connect(data, first, tokenOf(first));
          bindMatrix(client.doc, { initial: command.matrix }).destroy();
          clients.push(client);
          return reply({ done: 'seed' });
        }
        case 'join': {
          // The rest join ten at a time, as a morning's logins do.
          const waiting = data.clients.filter((n) => !clients.some((client) => client.n === n));
          for (let i = 0; i < waiting.length; i += 10) {
            const batch = waiting.slice(i, i + 10);
            clients.push(...(await Promise.all(batch.map((n) => connect(data, n, tokenOf(n))))));
          }
          return reply({ done: 'join' });
        }
        case 'edit': {
          const before = nodePerformance.eventLoopUtilization();
          await Promise.all(clients.map((client) => edit(data, client)));
          const busy = nodePerformance.eventLoopUtilization(before).utilization;
          return reply({
            done: 'edit',
            busy,
            finals: clients.map((client) => [
              client.doc.clientID,
              Y.getState(client.doc.store, client.doc.clientID),
            ]),
          });
        }
        case 'settle':
          return reply({ done: 'settle', settled: await settle(clients, command.finals, 30_000) });
        case 'report': {
          const reports = clients.map((client) => ({
            n: client.n,
            clientId: client.doc.clientID,
            sent: client.sent,
            seen: client.seen,
            state: stateOf(client.doc),
            matrix: matrixOf(client.doc),
          }));
          for (const client of clients) client.destroy();
          return reply({ done: 'report', clients: reports });
        }
      }
    })().catch((error: unknown) =>
      reply({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

await run(workerData as LoadWorkerData);
