import type { PartyMapping, PsaRecordRef } from './party-mapping';

/**
 * A PSA member, team or board to map. `group` is what else the PSA says of it (a member's
 * department or team name, a board's location), used when the name says nothing.
 *
 * @example
 * const member: PsaRecordToMap = { id: 244, identifier: 'jsmith', name: 'Jane Smith', group: 'MSP NOC' };
 */
export interface PsaRecordToMap extends PsaRecordRef {
  readonly group?: string;
}

/**
 * Why a record stayed unmapped: no party shares a word with it, or several do equally well.
 *
 * @example
 * const left: UnmappedRecord = { kind: 'teams', key: 'Dispatch', reason: 'no-match', candidates: [] };
 */
export interface UnmappedRecord {
  readonly kind: 'members' | 'teams' | 'boards';
  readonly key: string;
  readonly reason: 'no-match' | 'ambiguous';
  /** The parties that tied, for `ambiguous`. */
  readonly candidates: readonly string[];
}

/**
 * A proposed mapping and what it could not place; review it before use.
 *
 * @example
 * const { mapping, unmapped } = suggestPartyMapping(records, parties);
 */
export interface SuggestedMapping {
  readonly mapping: PartyMapping;
  readonly unmapped: readonly UnmappedRecord[];
}

// Words too common in team and party names to tell them apart.
const NOISE = new Set(['team', 'the', 'and', 'of', 'board', 'desk', 'group', 'it', 'services']);

function words(text: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const word of (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 1 && !NOISE.has(word)) out.add(word);
  }
  return out;
}

function score(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/**
 * Proposes a {@link PartyMapping} from names: each member, team and board goes to the party whose
 * name and id share the most words with its name (for members with nothing in common, with its
 * `group`). A record no party shares a word with, or
 * that two parties match equally, stays unmapped and is listed — never guessed. Keys are the
 * record's identifier, else its name, else `#id`.
 *
 * @example
 * suggestPartyMapping(
 *   { teams: [{ id: 10, name: 'Network Security' }, { id: 11, name: 'Service Desk' }] },
 *   [{ id: 'msp-soc', name: 'MSP Security (SOC)' }, { id: 'internal-it', name: 'Internal Service Desk' }],
 * ).mapping; // { teams: { 'Network Security': 'msp-soc', 'Service Desk': 'internal-it' } }
 */
export function suggestPartyMapping(
  records: {
    readonly members?: readonly PsaRecordToMap[];
    readonly teams?: readonly PsaRecordToMap[];
    readonly boards?: readonly PsaRecordToMap[];
  },
  parties: readonly { readonly id: string; readonly name?: string }[],
): SuggestedMapping {
  const partyWords = parties.map((p) => ({
    id: p.id,
    words: new Set([...words(p.name), ...words(p.id)]),
  }));
  const unmapped: UnmappedRecord[] = [];
  const mapping: Record<'members' | 'teams' | 'boards', Record<string, string>> = {
    members: {},
    teams: {},
    boards: {},
  };
  for (const kind of ['members', 'teams', 'boards'] as const) {
    for (const record of records[kind] ?? []) {
      const key =
        record.identifier ?? record.name ?? (record.id === undefined ? '' : `#${record.id}`);
      if (key === '') continue;
      let best = bestOf(partyWords, words(record.name));
      if (best.ids.length === 0) best = bestOf(partyWords, words(record.group));
      const [only] = best.ids;
      if (best.ids.length === 1 && only !== undefined) mapping[kind][key] = only;
      else
        unmapped.push({
          kind,
          key,
          reason: best.ids.length === 0 ? 'no-match' : 'ambiguous',
          candidates: best.ids,
        });
    }
  }
  const out: {
    members?: Record<string, string>;
    teams?: Record<string, string>;
    boards?: Record<string, string>;
  } = {};
  for (const kind of ['members', 'teams', 'boards'] as const) {
    if (Object.keys(mapping[kind]).length > 0) out[kind] = mapping[kind];
  }
  return { mapping: out, unmapped };
}

function bestOf(parties: readonly { id: string; words: Set<string> }[], name: Set<string>) {
  let top = 0;
  let ids: string[] = [];
  for (const party of parties) {
    const s = score(name, party.words);
    if (s > top) {
      top = s;
      ids = [party.id];
    } else if (s === top && s > 0) ids.push(party.id);
  }
  return { ids };
}
