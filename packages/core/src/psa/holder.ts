import type { PartyLookup, PsaRecordRef } from './party-mapping';
import type { ReportBuilder } from './report';

/**
 * Who holds a ticket in a PSA's terms: the member (ConnectWise's owner, Autotask's resource,
 * HaloPSA's agent), the team (Autotask: the role) and the board (Autotask: the queue), each
 * missing where the ticket has none.
 *
 * @example
 * const holder: Holder = { member: { id: 29682885, name: 'Jane Smith' }, board: { id: 8, name: 'Client Portal' } };
 */
export interface Holder {
  member?: PsaRecordRef | undefined;
  team?: PsaRecordRef | undefined;
  board?: PsaRecordRef | undefined;
}

/** Reports a record of `kind` no party is mapped to (once), at `path` or the kind's own path. */
export type NoteUnmapped = (
  kind: keyof Holder,
  ref: PsaRecordRef,
  path?: readonly (string | number)[],
) => void;

/**
 * The party holding a ticket: that of its member, else of its team, else of its board — the
 * most specific record the PSA has. When none is mapped, each record it has is reported.
 *
 * @example
 * holderParty({ member: { identifier: 'jsmith' } }, partyLookup(mapping), note); // 'internal-it'
 */
export function holderParty(
  holder: Holder,
  parties: PartyLookup,
  note: NoteUnmapped,
): string | undefined {
  const member = holder.member && parties.member(holder.member);
  if (member !== undefined) return member;
  const team = holder.team && parties.team(holder.team);
  if (team !== undefined) return team;
  const board = holder.board && parties.board(holder.board);
  if (board !== undefined) return board;
  if (holder.member) note('member', holder.member);
  if (holder.team) note('team', holder.team);
  if (holder.board) note('board', holder.board);
  return undefined;
}

/**
 * A {@link NoteUnmapped} that reports each unmapped record once in `report.lost`, named as the
 * PSA names its kind (`words.member` = `'resource'`…) at the path `paths` gives for it.
 *
 * @example
 * const note = unmappedNoter(report, { member: 'resource', team: 'role', board: 'queue' }, (kind) => ['ticket', kind]);
 */
export function unmappedNoter(
  report: ReportBuilder,
  words: Readonly<Record<keyof Holder, string>>,
  pathOf: (kind: keyof Holder) => readonly (string | number)[],
): NoteUnmapped {
  const seen = new Set<string>();
  return (kind, ref, path) => {
    const key = ref.identifier ?? ref.name ?? (ref.id === undefined ? '' : `#${ref.id}`);
    const k = `${kind}\u0000${key.toLowerCase()}`;
    if (key === '' || seen.has(k)) return;
    seen.add(k);
    report.lost.push({
      path: path ?? pathOf(kind),
      message: `No party is mapped to the ${words[kind]} "${key}"; what it held or did names no party.`,
    });
  };
}
