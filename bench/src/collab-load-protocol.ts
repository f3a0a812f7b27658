import type { Matrix, RoleLetter } from '@tandem/core';

// What `bench:collab`'s main thread (collab-load.ts) and its load workers
// (collab-load-clients.ts) say to each other, and the plan both follow: which cell each client
// edits and with which letters.

/** What the main thread hands a worker at start. */
export interface LoadWorkerData {
  readonly url: string;
  readonly room: string;
  /** The clients this worker runs, by their number in the whole run. */
  readonly clients: readonly number[];
  readonly edits: number;
  readonly intervalMs: number;
  readonly parties: readonly string[];
}

/** Messages from the main thread, one step each. */
export type LoadCommand =
  | { readonly step: 'seed'; readonly matrix: Matrix }
  | { readonly step: 'join' }
  | { readonly step: 'edit' }
  | { readonly step: 'settle'; readonly finals: readonly (readonly [number, number])[] }
  | { readonly step: 'report' };

/** One edit as its author logged it: when it applied it and the clock its doc reached. */
export interface SentEdit {
  readonly at: number;
  readonly clock: number;
}

/** A client's record of the run. */
export interface ClientReport {
  readonly n: number;
  readonly clientId: number;
  readonly sent: readonly SentEdit[];
  /** Flattened triples: another client's id, the clock it reached here, and when. */
  readonly seen: readonly number[];
  /** The doc's state vector as (client, clock) pairs in client order. */
  readonly state: string;
  readonly matrix: Matrix | undefined;
}

/** Messages to the main thread: each step done, or a failure. */
export type LoadReply =
  | { readonly done: 'seed' | 'join' }
  | {
      readonly done: 'edit';
      readonly finals: readonly (readonly [number, number])[];
      /** The share of the editing time the worker's event loop was busy, 0 to 1. */
      readonly busy: number;
    }
  | { readonly done: 'settle'; readonly settled: boolean }
  | { readonly done: 'report'; readonly clients: readonly ClientReport[] }
  | { readonly failed: string };

const ROLES: readonly (readonly RoleLetter[])[] = [['R'], ['C'], ['I'], ['A']];

/** The letters client edit `k` writes; they cycle every four, so the last edit is known. */
export const rolesOf = (k: number): readonly RoleLetter[] => ROLES[k % ROLES.length] ?? ['R'];

/** Client `n` owns one cell: nobody else writes it, so every edit it makes is seen. */
export const cellOf = (n: number, parties: readonly string[]) => ({
  rowId: `row-${Math.floor(n / parties.length)}`,
  partyId: parties[n % parties.length] as string,
});
