// Test-only builders for small hand-written matrices (nothing in the published entry imports
// this file): `testMatrix({ rows: [{ id: 'backup', cells: { it: 'RA', msp: 'R' } }] })`.
import type { Category, Cell, Matrix, Party, Row } from '../matrix/model';
import { type RoleLetter, type RoleVariant, sortRoles } from '../matrix/roles';
import type { RuleSettings } from './options';
import { builtInRules } from './rules';
import type { MatrixIssue, ValidationResult } from './types';

/** Parties most tests use: one per side. */
export const IT: Party = { id: 'it', name: 'Internal IT', side: 'internal', calendarId: 'office' };
export const MSP: Party = {
  id: 'msp',
  name: 'Northwind MSP',
  side: 'provider',
  calendarId: '24x7',
};
export const CEO: Party = { id: 'ceo', name: 'Leadership', side: 'business' };
export const ISP: Party = { id: 'isp', name: 'Fibre ISP', side: 'vendor' };

/** A cell as letters (`'RA'`) or in full. */
export type CellSpec = string | Cell;

/** A row in brief: only the id is required. */
export interface RowSpec {
  readonly id: string;
  readonly name?: string;
  readonly kind?: Row['kind'];
  readonly categoryId?: string;
  readonly tags?: readonly string[];
  readonly cells?: Readonly<Record<string, CellSpec>>;
}

/** A matrix in brief: rows, and parties and categories when the defaults will not do. */
export interface MatrixSpec {
  readonly variant?: RoleVariant;
  readonly parties?: readonly Party[];
  readonly categories?: readonly Category[];
  readonly rows: readonly RowSpec[];
}

const toCell = (spec: CellSpec): Cell =>
  typeof spec === 'string' ? { roles: sortRoles([...spec] as RoleLetter[]) } : spec;

/** A matrix from a compact spec; rows default to tasks in the category `ops`, named by id. */
export function testMatrix(spec: MatrixSpec): Matrix {
  return {
    variant: spec.variant ?? 'raci',
    parties: spec.parties ?? [IT, MSP],
    categories: spec.categories ?? [{ id: 'ops', name: 'Operations' }],
    rows: spec.rows.map((row) => ({
      id: row.id,
      name: row.name ?? row.id,
      categoryId: row.categoryId ?? 'ops',
      kind: row.kind ?? 'task',
      ...(row.tags ? { tags: row.tags } : {}),
      cells: Object.fromEntries(
        Object.entries(row.cells ?? {}).map(([partyId, cell]) => [partyId, toCell(cell)]),
      ),
    })),
  };
}

/** Rule settings that switch every built-in rule off except `ids`. */
export function only(...ids: string[]): RuleSettings {
  return Object.fromEntries(
    builtInRules.filter((rule) => !ids.includes(rule.id)).map((rule) => [rule.id, 'off']),
  );
}

/** The issues one rule reported. */
export function issuesOf(result: ValidationResult, ruleId: string): MatrixIssue[] {
  return result.issues.filter((issue) => issue.ruleId === ruleId);
}
