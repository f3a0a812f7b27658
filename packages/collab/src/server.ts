import { type Extension, type Hocuspocus, Server } from '@hocuspocus/server';
import type { Issue, Matrix } from '@tandem/core';
import type { EscalationPolicy, Routing } from '@tandem/core/escalation';
import * as Y from 'yjs';
import { readMatrix, writeMatrix } from './matrix-doc';
import { readPolicy, writePolicy } from './policy-doc';
import { readRouting, writeRouting } from './routing-doc';

// A Hocuspocus server for Tandem rooms: one document per room name, seeded from the host's store
// on first load and handed back as a checked matrix (and escalation policy and routing table,
// when the room has them) whenever it is stored. Hocuspocus does the
// syncing, awareness and persistence debouncing; this adds what Tandem knows about the content.

/**
 * Who a connection is, as the host's {@link CollabServerOptions.authenticate} says: the matrix
 * party the token belongs to and whether that party may only read.
 *
 * @example
 * const access: RoomAccess = { partyId: 'msp', name: 'Sam (Northwind MSP)', readOnly: false };
 */
export interface RoomAccess {
  readonly partyId: string;
  readonly name?: string;
  /** A read-only connection receives every update and sends none: the server drops its writes. */
  readonly readOnly?: boolean;
}

/**
 * The escalation part of a room: its policy and routing table, each there once someone put it
 * in the room.
 *
 * @example
 * const escalation: RoomEscalation = { policy: standardPolicy, routing: { rules: [] } };
 */
export interface RoomEscalation {
  readonly policy?: EscalationPolicy;
  readonly routing?: Routing;
}

/**
 * Which document of a room a refusal is about.
 *
 * @example
 * if (refusal.kind === 'invalid' && refusal.part === 'policy') alertFlowOwners(refusal.issues);
 */
export type RoomPart = 'matrix' | 'policy' | 'routing';

/** Why the server turned something away, for the host's log. */
export type CollabRefusal =
  | { readonly kind: 'unauthenticated'; readonly room: string; readonly reason: string }
  | {
      readonly kind: 'invalid';
      readonly room: string;
      readonly issues: readonly Issue[];
      /** The document that does not parse; the issues' paths are within it. */
      readonly part: RoomPart;
    };

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
  /** The policy and routing table a room starts with, when its doc has none (a new room). */
  readonly loadEscalation?: (
    room: string,
  ) => RoomEscalation | undefined | Promise<RoomEscalation | undefined>;
  /** Called with the room's checked policy and routing table beside `storeMatrix`. */
  readonly storeEscalation?: (room: string, escalation: RoomEscalation) => void | Promise<void>;
  /** Milliseconds Hocuspocus waits after the last edit before storing (default 2000). */
  readonly debounce?: number;
  /**
   * Checks a connection's token for a room and says which party it is; throw (or reject) to
   * refuse it. Without it every connection may read and write: fine on loopback, not beyond.
   */
  readonly authenticate?: (token: string, room: string) => RoomAccess | Promise<RoomAccess>;
  /**
   * Hears every refusal (a bad token, a room whose matrix, policy or routing table does not
   * parse) with its reason.
   */
  readonly onRefused?: (refusal: CollabRefusal) => void;
  /**
   * Where rooms' documents live between restarts (SQLite, Postgres, a key-value store): the
   * Yjs state is fetched when a room opens and stored with its checked matrix (and escalation
   * part) after edits settle, and only while the document holds a valid matrix and its policy
   * and routing table, where it has them, are valid too — a bad write is never persisted, so a
   * restart comes back to the last valid state. (Hocuspocus's Database extension would store
   * whatever the document holds, hence this instead of it.)
   */
  readonly persistence?: {
    readonly fetch: (room: string) => Uint8Array | null | Promise<Uint8Array | null>;
    readonly store: (
      room: string,
      state: Uint8Array,
      matrix: Matrix,
      escalation: RoomEscalation,
    ) => void | Promise<void>;
  };
  /**
   * Hocuspocus extensions, run before Tandem's own hooks: persistence (the Database or SQLite
   * extension), Redis for several server processes, logging.
   */
  readonly extensions?: readonly Extension[];
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
    extensions: [...(options.extensions ?? [])],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (!options.authenticate) return {};
      let access: RoomAccess;
      try {
        access = await options.authenticate(token, documentName);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        options.onRefused?.({ kind: 'unauthenticated', room: documentName, reason });
        throw error;
      }
      connectionConfig.readOnly = access.readOnly === true;
      return { access };
    },
    async onLoadDocument({ document, documentName }) {
      const doc = document as Y.Doc;
      const state = await options.persistence?.fetch(documentName);
      if (state) Y.applyUpdate(doc, state, 'tandem:persistence');
      const matrix =
        options.loadMatrix && readMatrix(doc) === undefined
          ? await options.loadMatrix(documentName)
          : undefined;
      const escalation =
        options.loadEscalation && (readPolicy(doc) === undefined || readRouting(doc) === undefined)
          ? await options.loadEscalation(documentName)
          : undefined;
      // The seed is nobody's edit; each part is seeded only where the doc lacks it.
      doc.transact(() => {
        if (matrix) writeMatrix(doc, undefined, matrix);
        if (escalation?.policy && readPolicy(doc) === undefined)
          writePolicy(doc, undefined, escalation.policy);
        if (escalation?.routing && readRouting(doc) === undefined)
          writeRouting(doc, undefined, escalation.routing);
      }, 'tandem:seed');
    },
    async onStoreDocument({ document, documentName }) {
      const doc = document as Y.Doc;
      const matrix = readMatrix(doc);
      if (matrix === undefined) return;
      const parts = { matrix, policy: readPolicy(doc), routing: readRouting(doc) };
      for (const part of ['matrix', 'policy', 'routing'] as const) {
        const result = parts[part];
        if (result?.ok === false) {
          options.onRefused?.({ kind: 'invalid', room: documentName, issues: result.issues, part });
          return;
        }
      }
      if (!matrix.ok) return;
      const escalation: RoomEscalation = {
        ...(parts.policy?.ok ? { policy: parts.policy.value } : {}),
        ...(parts.routing?.ok ? { routing: parts.routing.value } : {}),
      };
      await options.persistence?.store(
        documentName,
        Y.encodeStateAsUpdate(doc),
        matrix.value,
        escalation,
      );
      await options.storeMatrix?.(documentName, matrix.value);
      if (parts.policy || parts.routing) await options.storeEscalation?.(documentName, escalation);
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
