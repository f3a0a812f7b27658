import type { Category, Cell, Matrix, Party, Qualifier, Row } from '../model';
import { isRoleLetter, type RoleLetter, sortRoles } from '../roles';

/**
 * A ready-made responsibility matrix a user can start from.
 *
 * @example
 * const start: Matrix = templates['helpdesk-overflow'].matrix;
 */
export interface MatrixTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Where the division of work comes from, e.g. `'seed 001'`. */
  readonly source: string;
  readonly matrix: Matrix;
}

/**
 * The RACI letters of one cell written as one string in canonical order, so a template cannot
 * spell `'AR'` or `'RR'`.
 *
 * @example
 * const owner: RaciCode = 'RA';
 */
export type RaciCode =
  | 'R'
  | 'A'
  | 'C'
  | 'I'
  | 'RA'
  | 'RC'
  | 'RI'
  | 'AC'
  | 'AI'
  | 'CI'
  | 'RAC'
  | 'RAI'
  | 'RCI'
  | 'ACI'
  | 'RACI';

/**
 * One cell of a template: letters alone, or letters with a qualifier or note.
 *
 * @example
 * const overflow: CellSpec = { roles: 'R', qualifier: 'overflow' };
 */
export type CellSpec =
  | RaciCode
  | { readonly roles: RaciCode; readonly qualifier?: Qualifier; readonly note?: string };

/**
 * A template row: a {@link Row} without its category (taken from the enclosing category), with
 * compact cells keyed by the template's party ids.
 *
 * @example
 * const row: RowSpec<'it' | 'msp'> = { id: 'siem', name: 'SIEM', kind: 'task', cells: { msp: 'RA' } };
 */
export interface RowSpec<P extends string> extends Omit<Row, 'categoryId' | 'cells'> {
  readonly cells: { readonly [K in P]?: CellSpec };
}

/**
 * A category with its rows nested inside, so rows are grouped in category order by construction.
 *
 * @example
 * const backup: CategorySpec<'msp'> = { id: 'backup', name: 'Backup and DR', rows: [] };
 */
export interface CategorySpec<P extends string> extends Category {
  readonly rows: readonly RowSpec<P>[];
}

/**
 * What {@link defineTemplate} takes: template metadata, parties, and categories holding rows.
 * Party ids are inferred from `parties`, so a cell keyed by an unknown party does not compile.
 *
 * @example
 * const spec: TemplateSpec<'it'> = { id: 'x', name: 'X', description: '', source: '', parties: [], categories: [] };
 */
export interface TemplateSpec<P extends string> {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly parties: readonly (Party & { readonly id: P })[];
  readonly categories: readonly CategorySpec<NoInfer<P>>[];
}

/**
 * Turns a compact cell into a stored {@link Cell}: letters split and sorted canonically.
 *
 * @example
 * toCell({ roles: 'R', qualifier: 'overflow' }); // { roles: ['R'], qualifier: 'overflow' }
 */
export function toCell(spec: CellSpec): Cell {
  const { roles, ...rest } = typeof spec === 'string' ? { roles: spec } : spec;
  const letters = [...roles].filter((letter): letter is RoleLetter => isRoleLetter(letter, 'raci'));
  return { roles: sortRoles(letters), ...rest };
}

/**
 * Builds a {@link MatrixTemplate} (variant RACI) from categories that hold their rows, storing
 * only the cells a row names.
 *
 * @example
 * const tiny = defineTemplate({
 *   id: 'tiny', name: 'Tiny', description: 'One row.', source: 'example',
 *   parties: [{ id: 'msp', name: 'MSP', side: 'provider' }],
 *   categories: [{ id: 'backup', name: 'Backup', rows: [
 *     { id: 'backup', name: 'Backup checks', kind: 'task', cells: { msp: 'RA' } },
 *   ] }],
 * });
 */
export function defineTemplate<const P extends string>(spec: TemplateSpec<P>): MatrixTemplate {
  const categories: Category[] = [];
  const rows: Row[] = [];
  for (const { rows: rowSpecs, ...category } of spec.categories) {
    categories.push(category);
    for (const { cells, ...row } of rowSpecs) {
      const entries = Object.entries<CellSpec | undefined>(cells).flatMap(([partyId, cell]) =>
        cell === undefined ? [] : [[partyId, toCell(cell)] as const],
      );
      // `Object.fromEntries` defines own keys, so no party id can write through a prototype.
      rows.push({ ...row, categoryId: category.id, cells: Object.fromEntries(entries) });
    }
  }
  const { id, name, description, source, parties } = spec;
  return {
    id,
    name,
    description,
    source,
    matrix: { name, variant: 'raci', parties, categories, rows },
  };
}
