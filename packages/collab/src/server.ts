import { type Hocuspocus, Server } from '@hocuspocus/server';
import type { Issue, Matrix } from '@tandem/core';
import type * as Y from 'yjs';
import { readMatrix, writeMatrix } from './matrix-doc';

// A Hocuspocus server for Tandem rooms: one document per room name, seeded from the host's store
// on first load and handed back as a checked matrix whenever it is stored. Hocuspocus does the
// syncing, awareness and persistence debouncing; this adds what Tandem knows about the content.

/** Options of {@link startCollabServer}. */
export interface CollabServerOptions {
  /** Port to listen on; `0` (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; loopback unless the host says otherwise. */
  readonly address?: string;
  /** The matrix a room starts with, when the room's doc is new (from the host's database). */
  readonly loadMatrix?: (room: string) => Matrix | undefined | Promise<Matrix | undefined>;
  /** Called with the room's checked matrix after edits settle (debounced by Hocuspocus). */
  readonly storeMatrix?: (room: string, matrix: Matrix) => void | Promise<void>;
  /** Called when a room's doc does not hold a valid matrix when it is stored. */
  readonly onInvalid?: (room: string, issues: readonly Issue[]) => void;
  /** Milliseconds Hocuspocus waits after the last edit before storing (default 2000). */
  readonly debounce?: number;
}

/** A running collaboration server. */
export interface CollabServer {
  /** `ws://address:port`, for providers. */
  readonly url: string;
  readonly port: number;
  /** The Hocuspocus instance, for hosts that add their own hooks or read documents. */
  readonly hocuspocus: Hocuspocus;
  /** Stores every open document and stops the server. */
  readonly stop: () => Promise<void>;
}

/**
 * Starts a Hocuspocus server on loopback for Tandem rooms.
 *
 * @example
 * const server = await startCollabServer({
 *   loadMatrix: (room) => db.matrices.get(room),
 *   storeMatrix: (room, matrix) => db.matrices.put(room, matrix),
 * });
 * console.log(server.url); // ws://127.0.0.1:41234
 */
export async function startCollabServer(options: CollabServerOptions = {}): Promise<CollabServer> {
  const server = new Server({
    port: options.port ?? 0,
    address: options.address ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2000,
    async onLoadDocument({ document, documentName }) {
      if (!options.loadMatrix || readMatrix(document as Y.Doc) !== undefined) return;
      const matrix = await options.loadMatrix(documentName);
      if (matrix)
        document.transact(() => writeMatrix(document as Y.Doc, undefined, matrix), 'tandem:seed');
    },
    async onStoreDocument({ document, documentName }) {
      const result = readMatrix(document as Y.Doc);
      if (result === undefined) return;
      if (result.ok) await options.storeMatrix?.(documentName, result.value);
      else options.onInvalid?.(documentName, result.issues);
    },
  });
  const host = options.address ?? '127.0.0.1';
  // Hocuspocus 3's own listen() hands the address to Node under a key Node ignores, so it binds
  // every interface; listening here keeps a loopback server on loopback.
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port: options.port ?? 0, host }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address;
  await server.hocuspocus.hooks('onListen', {
    instance: server.hocuspocus,
    configuration: server.configuration,
    port,
  });
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    hocuspocus: server.hocuspocus,
    stop: () => server.destroy(),
  };
}
