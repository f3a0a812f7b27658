import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import { groupRowsByCategory } from './category-block';
import { idProblem } from './ids';
import type { Cell, Matrix, Row } from './model';
import { normaliseCell } from './normalise-cell';
import { matrixSchema } from './schema';

/** Most issues one parse reports; past that, one more issue says how many were left out. */
const MAX_ISSUES = 200;

/**
 * Reads a matrix from untrusted input (parsed JSON, a request body, local storage). Never throws,
 * whatever it is given: it returns the matrix in canonical form — letters sorted, empty cells
 * dropped, rows grouped by category order — or every problem found, each with its path.
 *
 * Beyond the shape, it checks what a schema cannot: ids are unique, rows name existing
 * categories, cells name existing parties, and no id is a name objects inherit (`__proto__`,
 * `constructor` …).
 *
 * @example
 * const result = parseMatrix(JSON.parse(text));
 * if (result.ok) render(result.value);
 * else for (const issue of result.issues) console.warn(formatPath(issue.path), issue.message);
 */
export function parseMatrix(input: unknown): ParseResult<Matrix> {
  try {
    return parseUnchecked(input);
  } catch (error) {
    // Getters that throw, revoked proxies and the like: report, never rethrow.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

function parseUnchecked(input: unknown): ParseResult<Matrix> {
  const shape = matrixSchema.safeParse(input);
  if (!shape.success) return fail(capped(toIssues(shape.error.issues)));
  const value = shape.data;
  const issues: Issue[] = [];

  checkIds(value.parties, ['parties'], 'party', issues);
  checkIds(value.categories, ['categories'], 'category', issues);
  checkIds(value.rows, ['rows'], 'row', issues);

  const partyIds = new Set(value.parties.map((party) => party.id));
  const categoryIds = new Set(value.categories.map((category) => category.id));
  const rawRows = (input as { rows: readonly unknown[] }).rows;

  const rows: Row[] = value.rows.map((row, index) => {
    if (!categoryIds.has(row.categoryId)) {
      issues.push({
        path: ['rows', index, 'categoryId'],
        code: 'unknown_category',
        message: `No category has the id "${row.categoryId}".`,
      });
    }
    // The schema quietly drops a `__proto__` key; a cell must never vanish without a word.
    const rawCells = (rawRows[index] as { cells?: unknown }).cells;
    if (rawCells && typeof rawCells === 'object' && Object.hasOwn(rawCells, '__proto__')) {
      issues.push({
        path: ['rows', index, 'cells', '__proto__'],
        code: 'reserved_id',
        message: 'A party id is "__proto__", a name every object inherits.',
      });
    }
    const cells: Record<string, Cell> = {};
    for (const [partyId, cell] of Object.entries(row.cells)) {
      const path = ['rows', index, 'cells', partyId];
      if (!partyIds.has(partyId)) {
        issues.push({ path, code: 'unknown_party', message: `No party has the id "${partyId}".` });
        continue;
      }
      const normal = normaliseCell(cell as Cell, 'cell');
      if (normal && !('code' in normal)) cells[partyId] = normal;
    }
    const { cells: _raw, ...fields } = row;
    return { ...fields, cells } as Row;
  });

  if (issues.length > 0) return fail(capped(issues));
  return ok({ ...value, rows: groupRowsByCategory(rows, value.categories) } as Matrix);
}

function checkIds(
  list: readonly { id: string }[],
  path: (string | number)[],
  what: string,
  issues: Issue[],
) {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const problem = idProblem(item.id);
    if (problem) {
      issues.push({
        path: [...path, index, 'id'],
        code: 'reserved_id',
        message: `A ${what} id ${problem}.`,
      });
    }
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push({
        path: [...path, index, 'id'],
        code: 'duplicate_id',
        message: `The ${what} id "${item.id}" is also used by ${what} ${first + 1}.`,
      });
    } else seen.set(item.id, index);
  });
}

function capped(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      path: [],
      code: 'too_many_issues',
      message: `${issues.length - MAX_ISSUES} more issues were left out.`,
    },
  ];
}
