import { slugify, uniqueId } from '../io/slug';
import type { AddPartyChange } from '../matrix/changes';
import type { Matrix, PartySide } from '../matrix/model';
import type { ExternalRef } from './interop-chain';

// Their policies name their targets (PagerDuty's `summary`, Opsgenie's `name` and `username`);
// the matrix names its parties. Matching the two saves the host a hand-written mapping.

/**
 * One of their users, schedules or teams, with the name their API gave it.
 *
 * @example
 * const target: ExternalTarget = { id: 'PI7DH85', type: 'schedule_reference', name: 'Daily Engineering Rotation' };
 */
export interface ExternalTarget extends ExternalRef {
  readonly name?: string;
}

/**
 * A proposed mapping: their id → party, how each was found (the party's id or name, with a
 * score from 0 to 1), the targets no party matched, and — when asked to create them — the
 * `addParty` changes that would give those targets a party (for the host to confirm and apply).
 *
 * @example
 * const { mapping, unmatched, changes } = suggestMapping(externalTargets(json), matrix, { create: { side: 'provider' } });
 */
export interface MappingSuggestion {
  readonly mapping: Readonly<Record<string, string>>;
  readonly matches: readonly {
    readonly externalId: string;
    readonly partyId: string;
    readonly by: 'id' | 'name' | 'created';
    readonly score: number;
  }[];
  readonly unmatched: readonly ExternalTarget[];
  readonly changes: readonly AddPartyChange[];
}

/**
 * Options of `suggestMapping`: the lowest score that still counts as a match (default 0.5),
 * and whether (on which side) to propose new parties for the targets nothing matched.
 *
 * @example
 * const options: SuggestMappingOptions = { minScore: 0.6, create: { side: 'provider' } };
 */
export interface SuggestMappingOptions {
  readonly minScore?: number;
  readonly create?: { readonly side: PartySide };
}

// Words that say what kind of thing a target is, not which one: "Engineering_schedule" is the
// Engineering party's.
const NOISE = new Set([
  'schedule',
  'rotation',
  'rota',
  'escalation',
  'policy',
  'team',
  'on',
  'call',
  'oncall',
  'the',
]);

function words(text: string): Set<string> {
  // A username's domain says nothing about the person: john.doe@x.com → john, doe.
  const local = text.includes('@') ? text.slice(0, text.indexOf('@')) : text;
  const all = slugify(local, '').split('-').filter(Boolean);
  const kept = all.filter((w) => !NOISE.has(w));
  return new Set(kept.length ? kept : all);
}

// Dice coefficient of the two word sets: 1 when they are the same words.
function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Every target or recipient in their JSON (a PagerDuty, Opsgenie or JSM Operations policy or a
 * list of them), once each, named by `summary`, `name` or `username` when given.
 *
 * @example
 * externalTargets(pagerDutyJson); // [{ id: 'PAM4FGS', type: 'user_reference', name: 'Kyler Kuhn' }, …]
 */
export function externalTargets(json: unknown): ExternalTarget[] {
  const found = new Map<string, ExternalTarget>();
  const visit = (value: unknown, key: string | undefined, depth: number) => {
    if (depth > 20 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (
      (key === 'targets' || key === 'recipient' || key === 'recipients') &&
      typeof record.id === 'string'
    ) {
      const name = [record.summary, record.name, record.username].find(
        (n): n is string => typeof n === 'string' && n.trim() !== '',
      );
      if (!found.has(record.id)) {
        const type = typeof record.type === 'string' ? record.type : 'unknown';
        found.set(record.id, name ? { id: record.id, type, name } : { id: record.id, type });
      }
      return;
    }
    for (const [k, v] of Object.entries(record)) visit(v, k, depth + 1);
  };
  visit(json, undefined, 0);
  return [...found.values()];
}

/**
 * Proposes a party for each of their targets: one whose id is the target's id, else the party
 * whose name (or id) shares most words with the target's name, normalised (case, accents,
 * punctuation, words like "schedule" or "team", a username's domain). Ties and weak matches are
 * left unmatched. With `create`, unmatched targets get new parties, as `addParty` changes.
 *
 * @example
 * const suggestion = suggestMapping([{ id: 'S1', type: 'schedule', name: 'MSP NOC_schedule' }], matrix);
 * suggestion.mapping; // { S1: 'msp-noc' }
 */
export function suggestMapping(
  external: readonly ExternalTarget[],
  matrix: Pick<Matrix, 'parties'>,
  options: SuggestMappingOptions = {},
): MappingSuggestion {
  const minScore = options.minScore ?? 0.5;
  const parties = matrix.parties.map((p) => ({
    id: p.id,
    words: [words(p.name), words(p.id)],
  }));
  const mapping: Record<string, string> = {};
  const matches: MappingSuggestion['matches'][number][] = [];
  const unmatched: ExternalTarget[] = [];
  for (const target of external) {
    if (Object.hasOwn(mapping, target.id)) continue;
    const byId = matrix.parties.find((p) => p.id === target.id);
    if (byId) {
      mapping[target.id] = byId.id;
      matches.push({ externalId: target.id, partyId: byId.id, by: 'id', score: 1 });
      continue;
    }
    const name = target.name ? words(target.name) : new Set<string>();
    let best: { id: string; score: number } | undefined;
    let tied = false;
    for (const party of parties) {
      const score = Math.max(...party.words.map((w) => likeness(name, w)));
      if (!best || score > best.score) {
        best = { id: party.id, score };
        tied = false;
      } else if (score === best.score) tied = true;
    }
    if (best && !tied && best.score >= minScore) {
      mapping[target.id] = best.id;
      matches.push({ externalId: target.id, partyId: best.id, by: 'name', score: best.score });
    } else unmatched.push(target);
  }
  if (!options.create) return { mapping, matches, unmatched, changes: [] };
  const taken = new Set(matrix.parties.map((p) => p.id));
  const changes = unmatched.map((target): AddPartyChange => {
    const id = uniqueId(slugify(target.name ?? target.id, 'party'), taken);
    mapping[target.id] = id;
    matches.push({ externalId: target.id, partyId: id, by: 'created', score: 0 });
    return {
      type: 'addParty',
      party: { id, name: target.name ?? target.id, side: options.create?.side ?? 'provider' },
    };
  });
  return { mapping, matches, unmatched, changes };
}
