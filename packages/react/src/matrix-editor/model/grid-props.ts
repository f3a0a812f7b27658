// The attributes of the matrix grid's elements, as pure functions of plain values. The editor's
// prop getters (`getRowProps`, `getCellProps`, `getHeaderProps`) and the shipped row and header
// are both built from these, so what a host renders and what ships cannot drift apart.
import type { Cell, Lane, Party, PartySide, Row } from '@tandem/core';
import { type MatrixIssue, type Severity, worstSeverity } from '@tandem/core/validate';

/**
 * How a party relates to a row under a perspective: it owns it (R/A/D), takes part (C, I, S)
 * or has nothing there.
 *
 * @example
 * perspectiveOf(getCell(matrix, 'backup', 'msp')); // 'owner'
 */
export function perspectiveOf(cell: Cell | undefined): 'owner' | 'involved' | 'none' {
  if (!cell || cell.roles.length === 0) return 'none';
  return cell.roles.some((l) => l === 'R' || l === 'A' || l === 'D') ? 'owner' : 'involved';
}

/** What a row holds for a party, if anything (own properties only: ids are user data). */
export const cellFor = (row: Row, partyId: string): Cell | undefined =>
  Object.hasOwn(row.cells, partyId) ? row.cells[partyId] : undefined;

/** What {@link rowProps} needs to describe one row. */
export interface RowPropsInput {
  row: Row;
  lane: Lane;
  selected: boolean;
  readOnly: boolean;
  issues: readonly MatrixIssue[] | undefined;
  /** The perspective's party id, or `null`. */
  perspective: string | null;
  /** The row's 1-based line in the grid (two header lines come first); `undefined` when not shown. */
  ariaRowIndex: number | undefined;
}

/**
 * The attributes of a grid row (`MatrixEditor['getRowProps']` without its handlers).
 *
 * @example
 * <tr {...rowProps({ row, lane: 'provider', selected: false, readOnly: false, issues: undefined, perspective: null, ariaRowIndex: 3 })} />
 */
export function rowProps({
  row,
  lane,
  selected,
  readOnly,
  issues,
  perspective,
  ariaRowIndex,
}: RowPropsInput): MatrixRowAttributes {
  return {
    role: 'row',
    'aria-rowindex': ariaRowIndex,
    'aria-selected': readOnly ? undefined : selected,
    'data-row-id': row.id,
    'data-lane': lane,
    'data-state': worstSeverity(issues) ?? 'valid',
    'data-perspective': perspective ? perspectiveOf(cellFor(row, perspective)) : undefined,
  };
}

/**
 * The attributes `getRowProps` puts on a row's element.
 *
 * @example
 * const attributes: MatrixRowAttributes = editor.getRowProps(row);
 */
export interface MatrixRowAttributes {
  readonly role: 'row';
  readonly 'aria-rowindex': number | undefined;
  readonly 'aria-selected': boolean | undefined;
  readonly 'data-row-id': string;
  readonly 'data-lane': Lane;
  /** The worst issue's severity, or `'valid'`. */
  readonly 'data-state': Severity | 'valid';
  /** How the perspective's party relates to this row; absent without a perspective. */
  readonly 'data-perspective': 'owner' | 'involved' | 'none' | undefined;
}

/** What {@link cellProps} needs to describe one cell. */
export interface CellPropsInput {
  row: Row;
  party: Party;
  active: boolean;
  readOnly: boolean;
  issues: readonly MatrixIssue[] | undefined;
  /** Whether the cell's party is the perspective. */
  perspective: boolean;
  /** Read out for a cell with nothing in it (no letter, qualifier or note). */
  unassignedLabel: string;
}

/**
 * The attributes of one grid cell (`MatrixEditor['getCellProps']` without its handlers). Only
 * the active cell is in the tab order (the others take focus from a click or from code);
 * states are `data-*` strings, and `data-state` appears only on cells with issues.
 *
 * @example
 * <td {...cellProps({ row, party, active: true, readOnly: false, issues: undefined, perspective: false, unassignedLabel: 'unassigned' })} />
 */
export function cellProps({
  row,
  party,
  active,
  readOnly,
  issues,
  perspective,
  unassignedLabel,
}: CellPropsInput): MatrixCellAttributes {
  const cell = cellFor(row, party.id);
  const blank = !cell || (cell.roles.length === 0 && cell.qualifier === undefined && !cell.note);
  return {
    role: 'gridcell',
    tabIndex: active ? 0 : -1,
    'aria-label': blank ? unassignedLabel : undefined,
    'aria-readonly': readOnly || undefined,
    'data-party-id': party.id,
    'data-active': active ? '' : undefined,
    'data-empty': !cell || cell.roles.length === 0 ? '' : undefined,
    'data-perspective': perspective ? perspectiveOf(cell) : undefined,
    'data-state': worstSeverity(issues),
  };
}

/**
 * The attributes `getCellProps` puts on a cell's element.
 *
 * @example
 * const attributes: MatrixCellAttributes = editor.getCellProps(row, party);
 */
export interface MatrixCellAttributes {
  readonly role: 'gridcell';
  /** `0` on the one cell in the tab order, `-1` elsewhere. */
  readonly tabIndex: 0 | -1;
  readonly 'aria-label': string | undefined;
  readonly 'aria-readonly': true | undefined;
  readonly 'data-party-id': string;
  readonly 'data-active': '' | undefined;
  readonly 'data-empty': '' | undefined;
  readonly 'data-perspective': 'owner' | 'involved' | 'none' | undefined;
  readonly 'data-state': Severity | undefined;
}

/**
 * The attributes of a party's column header (`MatrixEditor['getHeaderProps']`).
 *
 * @example
 * <th {...headerProps(party, null)}>{party.name}</th>
 */
export function headerProps(party: Party, perspective: string | null): MatrixHeaderAttributes {
  return {
    scope: 'col',
    'data-party-id': party.id,
    'data-side': party.side,
    'data-perspective': perspective === party.id ? 'self' : undefined,
  };
}

/**
 * The attributes `getHeaderProps` puts on a party's column header.
 *
 * @example
 * const attributes: MatrixHeaderAttributes = editor.getHeaderProps(party);
 */
export interface MatrixHeaderAttributes {
  readonly scope: 'col';
  readonly 'data-party-id': string;
  readonly 'data-side': PartySide;
  /** `'self'` on the perspective's column. */
  readonly 'data-perspective': 'self' | undefined;
}
