import {
  type BulkAssignChange,
  findRow,
  isEmptyCell,
  type Matrix,
  type MatrixChange,
  type MatrixChangeType,
  type SetCellChange,
  type UpdatePartyChange,
  type UpdateRowChange,
} from '@tandem/core';
import type { EscalationFlowValue, PolicyChange } from '@tandem/react/escalation-flow';
import type { AuditRecord } from './api/types';
import {
  categoryWords,
  cellWords,
  lettersWords,
  listWords,
  partyWords,
  position,
  quoted,
  renamedFrom,
  rowWords,
  someWords,
} from './pages/change-words';
import { describePolicyChange, isPolicyChangeType } from './pages/describe-policy-change';

// One plain-English sentence per change, for the audit log people read. Names come from the
// matrix (or policy) given; a thing that no longer exists is named by its quoted id.

export { describePolicyChange } from './pages/describe-policy-change';

const MATRIX_CHANGE_TYPES: Readonly<Record<MatrixChangeType, true>> = {
  addRow: true,
  removeRow: true,
  renameRow: true,
  updateRow: true,
  moveRows: true,
  addCategory: true,
  removeCategory: true,
  renameCategory: true,
  moveCategory: true,
  addParty: true,
  removeParty: true,
  updateParty: true,
  moveParty: true,
  setCell: true,
  moveRole: true,
  bulkAssign: true,
  setVariant: true,
  markRowsReviewed: true,
};

const isMatrixChangeType = (type: string): type is MatrixChangeType =>
  Object.hasOwn(MATRIX_CHANGE_TYPES, type);

const unknownChange = (change: unknown) =>
  `Unknown change "${String((change as { type?: unknown } | null)?.type)}"`;

const NOTE_LENGTH = 60;

function describeSetCell(change: SetCellChange, matrix: Matrix): string {
  const who = partyWords(matrix, change.partyId);
  const where = rowWords(matrix, change.rowId);
  const cell = change.cell;
  if (!cell || isEmptyCell(cell)) return `Cleared ${who} on ${where}`;
  const letters = cell.roles.length > 0 ? cellWords(cell) : `no letters ${cellWords(cell)}`;
  const note =
    cell.note === undefined
      ? ''
      : ` with the note ${quoted(cell.note.length > NOTE_LENGTH ? `${cell.note.slice(0, NOTE_LENGTH)}…` : cell.note)}`;
  return `Set ${who} to ${letters} on ${where}${note}`;
}

function describeBulkAssign(change: BulkAssignChange, matrix: Matrix): string {
  const who = partyWords(matrix, change.partyId);
  const rows = someWords(
    change.rowIds.map((id) => rowWords(matrix, id)),
    'row',
  );
  const letters = lettersWords(change.roles);
  switch (change.mode) {
    case 'add':
      return `Gave ${who} ${letters} on ${rows}`;
    case 'remove':
      return `Took ${letters} from ${who} on ${rows}`;
    default:
      return change.roles.length === 0
        ? `Cleared ${who} on ${rows}`
        : `Set ${who} to ${letters} on ${rows}`;
  }
}

function describeUpdateRow(change: UpdateRowChange, matrix: Matrix): string {
  const { kind, description, tags } = change.patch;
  const parts: string[] = [];
  if (kind !== undefined) parts.push(`made it a ${kind}`);
  if (description === null) parts.push('removed its description');
  else if (description !== undefined) parts.push('changed its description');
  if (tags === null || tags?.length === 0) parts.push('removed its tags');
  else if (tags !== undefined) parts.push(`set its tags to ${listWords(tags)}`);
  const row = rowWords(matrix, change.rowId);
  return parts.length > 0 ? `Updated row ${row}: ${listWords(parts)}` : `Updated row ${row}`;
}

function describeUpdateParty(change: UpdatePartyChange, matrix: Matrix): string {
  const { name, side, calendarId, color } = change.patch;
  const current = matrix.parties.find((party) => party.id === change.partyId)?.name;
  const rename = name === undefined ? '' : quoted(name);
  const parts: string[] = [];
  if (side !== undefined) parts.push(`moved it to the ${side} side`);
  if (calendarId === null) parts.push('removed its calendar');
  else if (calendarId !== undefined) parts.push(`set its calendar to ${quoted(calendarId)}`);
  if (color === null) parts.push('removed its colour');
  else if (color !== undefined) parts.push(`set its colour to ${color}`);
  if (name !== undefined && parts.length === 0) {
    return `Renamed party ${renamedFrom(current, name, change.partyId)} to ${rename}`;
  }
  if (name !== undefined) parts.unshift(`renamed it to ${rename}`);
  const party = quoted(current ?? change.partyId);
  return parts.length > 0
    ? `Updated party ${party}: ${listWords(parts)}`
    : `Updated party ${party}`;
}

/**
 * One sentence saying what a matrix change did, naming rows, parties and categories as
 * `matrix` calls them (their quoted id when `matrix` no longer has them).
 *
 * @example
 * describeMatrixChange({ type: 'moveRole', rowId: 'vendor-contracts', letter: 'R', fromPartyId: 'internal-it', toPartyId: 'msp-desk' }, matrix);
 * // 'Moved R on "Vendor contracts" from Internal IT to MSP service desk'
 */
export function describeMatrixChange(change: MatrixChange, matrix: Matrix): string {
  const row = (id: string) => rowWords(matrix, id);
  const party = (id: string) => partyWords(matrix, id);
  const category = (id: string) => matrix.categories.find((item) => item.id === id)?.name;
  switch (change.type) {
    case 'addRow': {
      const noun = change.row.kind === 'decision' ? 'decision' : 'row';
      const where = categoryWords(matrix, change.row.categoryId);
      return `Added ${noun} ${quoted(change.row.name)} to ${where}`;
    }
    case 'removeRow':
      return `Removed row ${row(change.rowId)}`;
    case 'renameRow': {
      const from = renamedFrom(findRow(matrix, change.rowId)?.name, change.name, change.rowId);
      return `Renamed row ${from} to ${quoted(change.name)}`;
    }
    case 'updateRow':
      return describeUpdateRow(change, matrix);
    case 'moveRows': {
      const rows = someWords(change.rowIds.map(row), 'row');
      if (change.categoryId !== undefined) {
        return `Moved ${rows} to ${categoryWords(matrix, change.categoryId)}`;
      }
      const its = change.rowIds.length === 1 ? 'its' : 'their';
      return `Moved ${rows} to ${position(change.index)} of ${its} category`;
    }
    case 'addCategory':
      return `Added category ${quoted(change.category.name)}`;
    case 'removeCategory':
      return `Removed category ${quoted(category(change.categoryId) ?? change.categoryId)}`;
    case 'renameCategory': {
      const from = renamedFrom(category(change.categoryId), change.name, change.categoryId);
      return `Renamed category ${from} to ${quoted(change.name)}`;
    }
    case 'moveCategory': {
      const name = quoted(category(change.categoryId) ?? change.categoryId);
      return `Moved category ${name} to ${position(change.toIndex)}`;
    }
    case 'addParty':
      return `Added party ${quoted(change.party.name)} on the ${change.party.side} side`;
    case 'removeParty': {
      const name = matrix.parties.find((item) => item.id === change.partyId)?.name;
      return `Removed party ${quoted(name ?? change.partyId)}`;
    }
    case 'updateParty':
      return describeUpdateParty(change, matrix);
    case 'moveParty': {
      const name = matrix.parties.find((item) => item.id === change.partyId)?.name;
      return `Moved party ${quoted(name ?? change.partyId)} to ${position(change.toIndex, 'column')}`;
    }
    case 'setCell':
      return describeSetCell(change, matrix);
    case 'moveRole': {
      const { letter, rowId, fromPartyId, toPartyId } = change;
      return `Moved ${letter} on ${row(rowId)} from ${party(fromPartyId)} to ${party(toPartyId)}`;
    }
    case 'bulkAssign':
      return describeBulkAssign(change, matrix);
    case 'setVariant':
      return `Switched the matrix to ${String(change.variant).toUpperCase()}`;
    case 'markRowsReviewed': {
      const rows = someWords(change.rowIds.map(row), 'row');
      return change.at === null
        ? `Cleared the review date of ${rows}`
        : `Marked ${rows} as reviewed`;
    }
    default: {
      // A new change type fails to compile here; at runtime, loose data still gets a sentence.
      const unknown: never = change;
      return unknownChange(unknown);
    }
  }
}

/**
 * One sentence for a line of the audit trail, whichever resource it edits. The change is only
 * loosely checked when read from the PSA, so an unknown type reads `Unknown change "<type>"`
 * and a malformed one `Unreadable change "<type>"`; this never throws.
 *
 * @example
 * describeAuditRecord(record, { matrix, escalation });
 * // 'Set MSP service desk to R, A on "Workstation patching"'
 */
export function describeAuditRecord(
  record: AuditRecord,
  context: { matrix: Matrix; escalation?: EscalationFlowValue | undefined },
): string {
  const change: unknown = record.change;
  const type =
    typeof change === 'object' && change !== null ? (change as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return unknownChange(change);
  try {
    if (isMatrixChangeType(type)) {
      return describeMatrixChange(change as MatrixChange, context.matrix);
    }
    if (isPolicyChangeType(type)) {
      return describePolicyChange(change as PolicyChange, context.escalation, context.matrix);
    }
  } catch {
    // A known type with missing fields: the log still shows a line rather than a blank page.
    return `Unreadable change ${quoted(type)}`;
  }
  return unknownChange(change);
}
