import type { RoleLetter, RoleVariant } from './roles';

/**
 * Which side of the co-managed relationship a party is on. `provider` is the MSP (or MSSP);
 * `business` is leadership or a business owner outside IT.
 */
export type PartySide = 'internal' | 'provider' | 'vendor' | 'business';

/**
 * A column of the matrix: a team or role that can hold letters.
 *
 * @example
 * const noc: Party = { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' };
 */
export interface Party {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  /** The coverage calendar this party works to; `'24x7'` names the built-in always-open one. */
  readonly calendarId?: string;
  /** A CSS colour for the party's column and cards. */
  readonly color?: string;
}

/**
 * A group of rows: helpdesk, security, infrastructure, backup and DR, projects, …
 *
 * @example
 * const security: Category = { id: 'security', name: 'Security' };
 */
export interface Category {
  readonly id: string;
  readonly name: string;
}

/** A row is work to do (`task`) or a call to make (`decision`): its Accountable party decides. */
export type RowKind = 'task' | 'decision';

/**
 * A row of the matrix: one IT function or decision, with what each party holds in it.
 *
 * Tags carry meaning for the built-in rules: `24x7` (needs round-the-clock cover),
 * `compliance`, `security-policy`, `policy-approval`, `risk-decision`, `access-approval`.
 *
 * @example
 * const row: Row = {
 *   id: 'siem', name: 'Security monitoring', categoryId: 'security', kind: 'task', tags: ['24x7'],
 *   cells: { msp: { roles: ['R', 'A'] }, 'internal-it': { roles: ['I'] } },
 * };
 */
export interface Row {
  readonly id: string;
  readonly name: string;
  readonly categoryId: string;
  readonly kind: RowKind;
  readonly description?: string;
  readonly tags?: readonly string[];
  /**
   * When the two teams last reviewed this row (epoch ms), set by a `markRowsReviewed` change;
   * the service review lists rows not reviewed for a while.
   */
  readonly reviewedAt?: number;
  /**
   * What each party holds in this row, by party id. Only assigned cells are stored: a cell with
   * no letters, no qualifier and no note is absent. Read it with `getCell`/`findCell`, which
   * never trip over inherited keys. (Cells live on their row so that an edit copies one row and
   * the rows array, not a map of every cell.)
   */
  readonly cells: RowCells;
}

/** The cells of one row, by party id. */
export type RowCells = Readonly<Record<string, Cell>>;

/** The conditions co-managed matrices put on a letter. */
export type KnownQualifier = 'overflow' | 'when-unavailable' | 'after-hours' | 'business-hours';

/** A known condition, or free text such as `{ custom: 'EMEA sites only' }`. */
export type Qualifier = KnownQualifier | { readonly custom: string };

/**
 * What one party holds in one row. `roles` are always in canonical order (R, A, C, I) without
 * repeats.
 *
 * @example
 * const overflow: Cell = { roles: ['R'], qualifier: 'overflow' };
 */
export interface Cell {
  readonly roles: readonly RoleLetter[];
  readonly qualifier?: Qualifier;
  readonly note?: string;
}

/**
 * A co-managed responsibility matrix: plain, JSON-serialisable data.
 *
 * `parties`, `categories` and `rows` are in display order, and rows are kept grouped by
 * category in category order, so `rows` is exactly the order a grid shows.
 *
 * @example
 * const matrix: Matrix = {
 *   variant: 'raci',
 *   parties: [{ id: 'it', name: 'Internal IT', side: 'internal' }],
 *   categories: [{ id: 'helpdesk', name: 'Helpdesk' }],
 *   rows: [
 *     { id: 'tier1', name: 'Tier 1 helpdesk', categoryId: 'helpdesk', kind: 'task', cells: { it: { roles: ['R', 'A'] } } },
 *   ],
 * };
 */
export interface Matrix {
  readonly name?: string;
  /** RACI by default; RASCI adds Support, DACI names Driver and Approver. */
  readonly variant: RoleVariant;
  readonly parties: readonly Party[];
  readonly categories: readonly Category[];
  readonly rows: readonly Row[];
}
