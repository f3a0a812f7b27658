import { mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import { dirname } from 'node:path';
import type { Extension } from '@hocuspocus/server';
import { type CollabRefusal, type CollabServer, startCollabServer } from '@tandem/collab/server';
import type { CollabServerConfig } from './config';
import { type DemoGrant, demoTokens, tokenAuthenticator } from './demo-tokens';
import { openRoomStore } from './room-store';

/** What {@link startDemoServer} needs besides the config. */
export interface DemoServerOptions {
  /** The token table; the demo's own by default. */
  readonly tokens?: Readonly<Record<string, DemoGrant>>;
  /** Hears every refusal; the default writes one line to stderr. */
  readonly onRefused?: (refusal: CollabRefusal) => void;
}

/** A running demo server and the SQLite file under it. */
export interface DemoServer {
  readonly url: string;
  readonly port: number;
  /** The rooms stored in SQLite so far. */
  readonly rooms: () => string[];
  /** Stores every open room, stops the server and closes the database. */
  readonly stop: () => Promise<void>;
  readonly server: CollabServer;
}

/** One log line per refusal: which room, and why. */
export function describeRefusal(refusal: CollabRefusal): string {
  return refusal.kind === 'unauthenticated'
    ? `refused a connection to ${refusal.room}: ${refusal.reason}`
    : `did not store ${refusal.room}: its document is not a valid matrix (${refusal.issues
        .map((issue) => issue.message)
        .join(' ')})`;
}

/**
 * Starts the demo's collaboration server on loopback: Tandem's Hocuspocus server with the
 * demo's tokens and each room's Yjs state in SQLite.
 *
 * @example
 * const demo = await startDemoServer({ port: 1234, dbPath: 'data/rooms.sqlite', debounceMs: 2000 });
 * console.log(demo.url); // ws://127.0.0.1:1234
 */
export async function startDemoServer(
  config: CollabServerConfig,
  options: DemoServerOptions = {},
): Promise<DemoServer> {
  if (config.dbPath !== ':memory:') mkdirSync(dirname(config.dbPath), { recursive: true });
  const store = openRoomStore(config.dbPath);
  // Hocuspocus 3's destroy() tells each client its rooms are closed but leaves their sockets
  // open (ws does not end them), so clients of a server stopped in-process would never notice.
  // A stopped server should look stopped: its sockets are ended after it has stored every room.
  const sockets = new Set<Socket>();
  const trackSockets: Extension = {
    async onConnect({ request }) {
      const socket = request.socket;
      if (sockets.has(socket)) return;
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    },
  };
  let server: CollabServer;
  try {
    server = await startCollabServer({
      port: config.port,
      address: '127.0.0.1',
      debounce: config.debounceMs,
      authenticate: tokenAuthenticator(options.tokens ?? demoTokens),
      persistence: store,
      extensions: [trackSockets],
      onRefused:
        options.onRefused ??
        ((refusal) => console.warn(`[collab-server] ${describeRefusal(refusal)}`)),
    });
  } catch (error) {
    store.close();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    rooms: store.rooms,
    server,
    async stop() {
      try {
        await server.stop();
      } finally {
        for (const socket of sockets) socket.destroy();
        store.close();
      }
    },
  };
}
