import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import { idProblem } from '../matrix/ids';
import type { Party, PartySide } from '../matrix/model';
import { type CsvIssue, type CsvIssueCode, csvIssue } from './csv-issue';
import { guessPartySide } from './party-guess';
import { slugify, uniqueId } from './slug';

/**
 * What the importer may be told about parties; everything else is derived from the header.
 *
 * @example
 * const hints: PartyHints = { sides: { 'Acme Ops': 'provider' }, defaultSide: 'vendor' };
 */
export interface PartyHints {
  /** Parties to reuse (id, side, calendar, colour), matched to header cells by name or id. */
  readonly parties?: readonly Party[];
  /** Sides by header name or derived party id (any case), for names that say nothing. */
  readonly sides?: Readonly<Record<string, PartySide>>;
  /** The side of a party nothing else places; `internal` when left out. Always warned. */
  readonly defaultSide?: PartySide;
}

const lower = (text: string) => text.trim().toLowerCase();

/**
 * The parties for a CSV header's party columns, left to right, with a warning for each party
 * whose side had to be assumed and each duplicate name. Given parties are matched by name
 * (exact, then any case) or id, each at most once; the rest get an id slugified from the name
 * (unique, `-2` on repeats) and a side from `sides`, then the name ({@link guessPartySide}),
 * then `defaultSide`.
 *
 * @example
 * const { parties } = partiesFromHeader([{ name: 'MSP NOC', row: 1, column: 3 }], {});
 * parties[0]; // { id: 'msp-noc', name: 'MSP NOC', side: 'provider' }
 */
export function partiesFromHeader(
  headers: readonly { name: string; row: number; column: number }[],
  hints: PartyHints,
): { parties: Party[]; warnings: CsvIssue[] } {
  const warnings: CsvIssue[] = [];
  // A given party with an unusable id (`__proto__` …) is not reused: its id would be a cell key.
  const given = (hints.parties ?? []).filter((party) => idProblem(party.id) === undefined);
  const used = new Set<Party>();
  const find = (test: (party: Party) => boolean) => {
    const party = given.find((candidate) => !used.has(candidate) && test(candidate));
    if (party) used.add(party);
    return party;
  };
  const matched = headers.map(
    ({ name }) =>
      find((party) => party.name === name) ??
      find((party) => lower(party.name) === lower(name)) ??
      find((party) => party.id === name),
  );
  const taken = new Set(matched.flatMap((party) => (party ? [party.id] : [])));
  const sides = new Map(Object.entries(hints.sides ?? {}).map(([key, side]) => [lower(key), side]));
  const names = new Set<string>();

  const parties = headers.map(({ name: raw, row, column }, index): Party => {
    const warn = (code: CsvIssueCode, message: string) =>
      warnings.push({ ...csvIssue(row, column, code, message), path: ['parties', index] });
    const name = raw.length > MAX_NAME_LENGTH ? raw.slice(0, MAX_NAME_LENGTH) : raw;
    if (name !== raw) warn('too_long', `the party name was cut to ${MAX_NAME_LENGTH} characters.`);
    const reused = matched[index];
    if (reused) return reused;
    if (names.has(lower(name))) warn('duplicate_party', `another column is also called "${name}".`);
    names.add(lower(name));
    const id = uniqueId(slugify(name, 'party'), taken);
    const known = sides.get(lower(name)) ?? sides.get(id) ?? guessPartySide(name);
    const side = known ?? hints.defaultSide ?? 'internal';
    const guess = known ? '' : ' (nothing in the name says which side)';
    if (given.length > 0) {
      warn(
        'unknown_party',
        `"${name}" is not one of the given parties; it was added as ${side}${guess}.`,
      );
    } else if (!known) {
      warn(
        'party_side_unknown',
        `nothing in "${name}" says whose side it is on; it was taken as ${side}. ` +
          'Pass `sides` or `parties` to say.',
      );
    }
    return { id, name, side };
  });
  return { parties, warnings };
}
