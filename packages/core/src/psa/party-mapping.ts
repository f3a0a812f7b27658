import * as z from 'zod/mini';
import { built } from '../pure';

/**
 * Which party of the matrix each of the PSA's members, teams and boards belongs to, supplied by
 * the host. Keys are what the PSA writes: a member's identifier or name (ConnectWise audit
 * entries name members by identifier), a team's or board's name, or `#` and the record id
 * (`'#244'`). Keys match without regard to case or surrounding spaces.
 *
 * A ticket's holder is the party of its owner (the member), else of its team, else of its
 * board — the most specific record the PSA has.
 *
 * @example
 * const mapping: PartyMapping = {
 *   members: { jsmith: 'internal-it', '#244': 'msp-noc' },
 *   teams: { 'Network Security': 'msp-soc' },
 *   boards: { 'Help Desk': 'msp-noc' },
 * };
 */
export interface PartyMapping {
  readonly members?: Readonly<Record<string, string>>;
  readonly teams?: Readonly<Record<string, string>>;
  readonly boards?: Readonly<Record<string, string>>;
}

const table = /* @__PURE__ */ built(() =>
  z.optional(
    z.record(
      z.string().check(z.maxLength(200)),
      z.string().check(z.minLength(1), z.maxLength(200)),
    ),
  ),
);

/**
 * The shape of a party mapping from outside (zod mini).
 *
 * @example
 * partyMappingSchema.safeParse({ members: { jsmith: 'it' } }).success; // true
 */
export const partyMappingSchema = /* @__PURE__ */ built(() =>
  z.object({ members: table, teams: table, boards: table }),
);

/** A record as the PSA refers to it: its id, identifier and name, any of them missing. */
export interface PsaRecordRef {
  readonly id?: number | string | undefined;
  readonly identifier?: string | undefined;
  readonly name?: string | undefined;
}

/** A mapping's tables with normalised keys, built once per adapter call. */
export interface PartyLookup {
  member(ref: PsaRecordRef | undefined): string | undefined;
  team(ref: PsaRecordRef | undefined): string | undefined;
  board(ref: PsaRecordRef | undefined): string | undefined;
}

const normal = (key: string) => key.trim().toLowerCase();

function indexed(entries: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, party] of Object.entries(entries ?? {})) map.set(normal(key), party);
  return map;
}

function find(map: Map<string, string>, ref: PsaRecordRef | undefined): string | undefined {
  if (!ref || map.size === 0) return undefined;
  if (ref.id !== undefined) {
    const byId = map.get(`#${String(ref.id)}`);
    if (byId !== undefined) return byId;
  }
  return (
    (ref.identifier === undefined ? undefined : map.get(normal(ref.identifier))) ??
    (ref.name === undefined ? undefined : map.get(normal(ref.name)))
  );
}

/**
 * Compiles a mapping for lookups by a record's id, identifier or name.
 *
 * @example
 * partyLookup({ members: { jsmith: 'it' } }).member({ identifier: 'JSmith' }); // 'it'
 */
export function partyLookup(mapping: PartyMapping | undefined): PartyLookup {
  const members = indexed(mapping?.members);
  const teams = indexed(mapping?.teams);
  const boards = indexed(mapping?.boards);
  return {
    member: (ref) => find(members, ref),
    team: (ref) => find(teams, ref),
    board: (ref) => find(boards, ref),
  };
}
