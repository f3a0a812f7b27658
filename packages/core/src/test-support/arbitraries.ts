// fast-check generators of valid matrices and changes, shared by the property tests. Test-only:
// nothing in the published entry imports this file.
import fc from 'fast-check';
import type { Cell, Matrix, Party, Qualifier, Row } from '../matrix/model';
import { type RoleLetter, type RoleVariant, roleLetters, sortRoles } from '../matrix/roles';

const sides = ['internal', 'provider', 'vendor', 'business'] as const;
const qualifiers: Qualifier[] = [
  'overflow',
  'when-unavailable',
  'after-hours',
  'business-hours',
  { custom: 'EMEA sites only' },
];
const tagPool = [
  '24x7',
  'compliance',
  'security-policy',
  'policy-approval',
  'risk-decision',
  'access-approval',
];

/** A cell with letters of `variant` (sometimes none), maybe a qualifier and a note. */
export function cellArbitrary(variant: RoleVariant = 'raci'): fc.Arbitrary<Cell> {
  return fc
    .record(
      {
        roles: fc.subarray([...roleLetters(variant)] as RoleLetter[]),
        qualifier: fc.constantFrom(...qualifiers),
        note: fc.constantFrom('check monthly', 'per contract §4'),
      },
      { requiredKeys: ['roles'] },
    )
    .map((cell) => ({ ...cell, roles: sortRoles(cell.roles) }))
    .filter(
      (cell) => cell.roles.length > 0 || cell.qualifier !== undefined || cell.note !== undefined,
    );
}

export interface MatrixShape {
  maxParties?: number;
  maxCategories?: number;
  maxRows?: number;
  variant?: RoleVariant;
}

/**
 * A valid matrix: unique ids, rows grouped by category order, only non-empty cells, letters
 * of the matrix's variant.
 */
export function matrixArbitrary(shape: MatrixShape = {}): fc.Arbitrary<Matrix> {
  const { maxParties = 5, maxCategories = 4, maxRows = 12 } = shape;
  const variant = shape.variant
    ? fc.constant(shape.variant)
    : fc.constantFrom<RoleVariant>('raci', 'rasci', 'daci');
  return fc
    .record({
      variant,
      partyCount: fc.integer({ min: 1, max: maxParties }),
      categoryCount: fc.integer({ min: 1, max: maxCategories }),
      rowCount: fc.integer({ min: 0, max: maxRows }),
    })
    .chain(({ variant: v, partyCount, categoryCount, rowCount }) => {
      const parties = fc.tuple(
        ...Array.from({ length: partyCount }, (_, i) =>
          fc.record({ side: fc.constantFrom(...sides), always: fc.boolean() }).map(
            ({ side, always }): Party => ({
              id: `p${i}`,
              name: `Party ${i}`,
              side,
              ...(always ? { calendarId: '24x7' } : {}),
            }),
          ),
        ),
      );
      const rows = fc.array(
        fc.record({
          category: fc.integer({ min: 0, max: categoryCount - 1 }),
          kind: fc.constantFrom<Row['kind']>('task', 'task', 'decision'),
          tags: fc.subarray(tagPool, { maxLength: 2 }),
        }),
        { minLength: rowCount, maxLength: rowCount },
      );
      const cells = fc.array(fc.option(cellArbitrary(v), { freq: 2 }), {
        minLength: rowCount * partyCount,
        maxLength: rowCount * partyCount,
      });
      return fc.tuple(fc.constant(v), fc.constant(categoryCount), parties, rows, cells);
    })
    .map(([v, categoryCount, parties, rowSpecs, cellList]) => {
      const categories = Array.from({ length: categoryCount }, (_, i) => ({
        id: `c${i}`,
        name: `Category ${i}`,
      }));
      const rows: Row[] = rowSpecs
        .map((spec, i) => ({ spec, i }))
        .sort((a, b) => a.spec.category - b.spec.category || a.i - b.i)
        .map(({ spec, i }) => {
          const cells: Record<string, Cell> = {};
          parties.forEach((party, p) => {
            const cell = cellList[i * parties.length + p];
            if (cell) cells[party.id] = cell;
          });
          return {
            id: `r${i}`,
            name: `Row ${i}`,
            categoryId: `c${spec.category}`,
            kind: spec.kind,
            ...(spec.tags.length > 0 ? { tags: spec.tags } : {}),
            cells,
          };
        });
      return { variant: v, parties, categories, rows };
    });
}
