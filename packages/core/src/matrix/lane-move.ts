import type { SetCellChange } from './changes';
import { cellOf } from './get-cell';
import type { Cell, Matrix, Party, Row } from './model';
import { type RoleLetter, sortRoles } from './roles';
import { findRow } from './row-index';
import { isBackupQualifier, type Lane, laneOfRow, laneOfSide } from './views';

/** A lane a row can be moved to: every lane but `unassigned`. */
export type TargetLane = Exclude<Lane, 'unassigned'>;

/**
 * What {@link laneMoveChanges} returns: the cell changes, or why the row cannot go there.
 *
 * @example
 * const result: LaneMoveResult = { ok: false, code: 'no_party_on_side', message: 'No provider party to own the row.' };
 */
export type LaneMoveResult =
  | { readonly ok: true; readonly changes: readonly SetCellChange[] }
  | {
      readonly ok: false;
      readonly code: 'unknown_row' | 'no_party_on_side';
      readonly message: string;
    };

type Side = 'internal' | 'provider';

/**
 * The cell changes that move a row into an ownership lane — what dropping a row card on the
 * Internal, Joint or MSP lane of a board does. The rule, in order:
 *
 * - The "doer" letter is R (D in DACI); ownership is the doer letter and A, as in `laneOfRow`.
 * - Each side has a lead: its party already holding A, else the doer letter, else any letter in
 *   the row, else its first party (internal before business, provider before vendor).
 * - To **internal** or **provider**: every party on the other side gives up its doer letter and
 *   A; one left holding nothing becomes Informed so the handover keeps it in the loop. The lead
 *   of the target side then takes A and the doer letter where no party of that side holds them.
 * - To **joint**: a side with no owner gets the doer letter on its lead; a row nobody owned also
 *   gets A on the internal lead (the common co-managed split: the MSP does, IT answers for it).
 * - A lead that takes a letter loses an "overflow only" or "when unavailable" qualifier, which
 *   would otherwise keep it from owning, and its C or I, which ownership supersedes. Backup
 *   cells of other parties are left alone.
 *
 * Moving a row to the lane it is already in returns no changes.
 *
 * @example
 * const result = laneMoveChanges(matrix, 'patching', 'provider');
 * if (result.ok) applyMatrixChanges(matrix, result.changes);
 */
export function laneMoveChanges(matrix: Matrix, rowId: string, lane: TargetLane): LaneMoveResult {
  const row = findRow(matrix, rowId);
  if (!row) return { ok: false, code: 'unknown_row', message: `No row has the id "${rowId}".` };
  const current = laneOfRow(matrix, row);
  if (current === lane) return { ok: true, changes: [] };
  const doer: RoleLetter = matrix.variant === 'daci' ? 'D' : 'R';
  const cells = new Map<string, Cell | undefined>(
    matrix.parties.map((party) => [party.id, cellOf(row, party.id)]),
  );
  const sideOf = (party: Party): Side => laneOfSide(party.side);
  const holds = (party: Party, letter: RoleLetter) => {
    const cell = cells.get(party.id);
    return !!cell && !isBackupQualifier(cell.qualifier) && cell.roles.includes(letter);
  };
  const give = (party: Party, letters: readonly RoleLetter[]) => {
    const cell = cells.get(party.id) ?? { roles: [] };
    const { qualifier, ...rest } = cell;
    cells.set(party.id, {
      ...rest,
      ...(qualifier !== undefined && !isBackupQualifier(qualifier) ? { qualifier } : {}),
      // An owner is no longer merely consulted or informed.
      roles: sortRoles([
        ...new Set([...cell.roles.filter((l) => l !== 'C' && l !== 'I'), ...letters]),
      ]),
    });
  };
  const needLead = (side: Side): Party | LaneMoveResult => {
    const lead = leadOf(matrix, row, side, doer);
    return (
      lead ?? {
        ok: false,
        code: 'no_party_on_side',
        message: `No ${side} party to own the row "${row.name}".`,
      }
    );
  };

  if (lane === 'joint') {
    const owned = (side: Side) =>
      matrix.parties.some((p) => sideOf(p) === side && (holds(p, doer) || holds(p, 'A')));
    for (const side of ['internal', 'provider'] as const) {
      if (owned(side)) continue;
      const lead = needLead(side);
      if ('ok' in lead) return lead;
      give(lead, current === 'unassigned' && side === 'internal' ? ['A'] : [doer]);
    }
  } else {
    const lead = needLead(lane);
    if ('ok' in lead) return lead;
    for (const party of matrix.parties) {
      const cell = cells.get(party.id);
      if (sideOf(party) === lane || !cell || isBackupQualifier(cell.qualifier)) continue;
      const roles = cell.roles.filter((letter) => letter !== doer && letter !== 'A');
      if (roles.length === cell.roles.length) continue;
      cells.set(party.id, { ...cell, roles: roles.length > 0 ? roles : ['I'] });
    }
    const missing = [doer, 'A' as const].filter(
      (letter) => !matrix.parties.some((p) => sideOf(p) === lane && holds(p, letter)),
    );
    if (missing.length > 0) give(lead, missing);
  }

  const changes: SetCellChange[] = [];
  for (const party of matrix.parties) {
    const next = cells.get(party.id);
    if (next !== cellOf(row, party.id) && next)
      changes.push({ type: 'setCell', rowId, partyId: party.id, cell: next });
  }
  return { ok: true, changes };
}

/** The party that speaks for a side in a row (see {@link laneMoveChanges}). */
function leadOf(matrix: Matrix, row: Row, side: Side, doer: RoleLetter): Party | undefined {
  const onSide = matrix.parties.filter((party) => laneOfSide(party.side) === side);
  const holding = (letter?: RoleLetter) =>
    onSide.find((party) => {
      const cell = cellOf(row, party.id);
      return !!cell && (letter ? cell.roles.includes(letter) : cell.roles.length > 0);
    });
  const primary = side === 'internal' ? 'internal' : 'provider';
  return (
    holding('A') ??
    holding(doer) ??
    holding() ??
    onSide.find((party) => party.side === primary) ??
    onSide[0]
  );
}
