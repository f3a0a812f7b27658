import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readConfig, startDemoServer } from '@tandem/collab-server';
import type * as Y from 'yjs';

// `bench:collab`'s server process: the built collab server (apps/collab-server's
// startDemoServer, as its main.js starts it, same settings from the environment) with a probe
// that times the server's own part of every edit: from the moment an update message comes off a
// client's socket to the moment the server has written it to every other client's socket. It
// also watches the event loop's delay, the time a message that has arrived waits before the
// server reads it. Over IPC, 'start' forgets what came before (the joins), 'report' sends both;
// SIGTERM stores every room and stops.

/** What the probe sends the bench when asked. */
export interface ServerTimings {
  /** Per update, arrival → written to every other socket, in ms. */
  readonly updates: readonly number[];
  /** The event loop's delay while the bench ran, in ms. */
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** A varUint (lib0's encoding) at `at`: its value and where the next field starts. */
function readVarUint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  let next = at;
  while (next < bytes.length) {
    const byte = bytes[next] ?? 0;
    next += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
    shift += 7;
  }
  return [value, next];
}

/** Whether a Hocuspocus message is a document update: [name][Sync = 0][Update = 2]. */
function isUpdate(data: Uint8Array): boolean {
  const [nameLength, afterLength] = readVarUint(data, 0);
  const [type, afterType] = readVarUint(data, afterLength + nameLength);
  return type === 0 && readVarUint(data, afterType)[0] === 2;
}

const config = readConfig(process.env);
if (!config.ok) {
  console.error(`[collab-server] bad settings: ${config.message}`);
  process.exit(1);
}
const demo = await startDemoServer(config.value);
const { hocuspocus } = demo.server;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

// Arrival times of each socket's update messages not yet applied, oldest first: the server
// applies a socket's messages in the order they came.
const waiting = new WeakMap<object, number[]>();
const updates: number[] = [];
const handleConnection = hocuspocus.handleConnection.bind(hocuspocus);
hocuspocus.handleConnection = (incoming, request, context) => {
  const queue: number[] = [];
  waiting.set(incoming, queue);
  incoming.prependListener('message', (data: Buffer) => {
    if (isUpdate(data)) queue.push(performance.now());
  });
  return handleConnection(incoming, request, context);
};
const probe: (typeof hocuspocus.configuration.extensions)[number] = {
  async afterLoadDocument({ document }) {
    // Registered after the room's own update listener, which broadcasts: this runs once the
    // update is written to every socket.
    (document as Y.Doc).on('update', (_update: Uint8Array, origin: unknown) => {
      const socket = (origin as { webSocket?: object } | null)?.webSocket;
      const arrived = socket ? waiting.get(socket)?.shift() : undefined;
      if (arrived !== undefined) updates.push(performance.now() - arrived);
    });
  },
};
hocuspocus.configuration.extensions.push(probe);
console.log(`[collab-server] ${demo.url} (rooms in ${config.value.dbPath}; timed for the bench)`);

process.on('message', (message) => {
  if (message === 'start') {
    updates.length = 0;
    loop.reset();
  }
  if (message !== 'report') return;
  const ms = (ns: number) => ns / 1e6;
  const timings: ServerTimings = {
    updates,
    loopDelay: {
      p50: ms(loop.percentile(50)),
      p99: ms(loop.percentile(99)),
      max: ms(loop.max),
    },
  };
  process.send?.(timings);
});
let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  demo.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
