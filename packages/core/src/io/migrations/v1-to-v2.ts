import { fail, type Issue, ok } from '../../result';
import type { DocumentMigration } from './index';

// Version 1 kept cells in one map beside the rows, `matrix.cells[rowId][partyId]`, and the
// title and save time at the top level:
//   { version: 1, title?, savedAt?, matrix: { …, rows: [{ id, … }], cells: { [rowId]: { [partyId]: Cell } } } }
// Version 2 moved cells onto their rows (an edit copies one row, not the whole map) and the
// title and time into `meta`.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: moves each row's cells from `matrix.cells` onto the row, and `title` and
 * `savedAt` into `meta` (`savedAt` becomes `updatedAt`). Cells of a row that does not exist are
 * reported, never dropped quietly. Everything else is left for the version 2 checks.
 *
 * @example
 * v1ToV2.migrate({ version: 1, title: 'Acme', matrix: { parties, categories, rows: [{ id: 'a', … }], cells: { a: { msp: { roles: ['R'] } } } } });
 * // { ok: true, value: { version: 2, matrix: { …, rows: [{ id: 'a', …, cells: { msp: … } }] }, meta: { title: 'Acme' } } }
 */
export const v1ToV2: DocumentMigration = {
  from: 1,
  migrate(saved) {
    if (!isObject(saved) || !isObject(saved.matrix)) {
      return fail([
        { path: ['matrix'], code: 'invalid_type', message: 'Expected a matrix object.' },
      ]);
    }
    const { cells = {}, rows, ...fields } = saved.matrix;
    const issues: Issue[] = [];
    if (!Array.isArray(rows))
      issues.push({
        path: ['matrix', 'rows'],
        code: 'invalid_type',
        message: 'Expected an array of rows.',
      });
    if (!isObject(cells))
      issues.push({
        path: ['matrix', 'cells'],
        code: 'invalid_type',
        message: 'Expected cells by row id.',
      });
    if (!Array.isArray(rows) || !isObject(cells) || issues.length > 0) return fail(issues);
    const rowIds = new Set(rows.map((row: unknown) => (isObject(row) ? row.id : undefined)));
    for (const rowId of Object.keys(cells)) {
      if (!rowIds.has(rowId)) {
        issues.push({
          path: ['matrix', 'cells', rowId],
          code: 'unknown_row',
          message: `No row has the id "${rowId}".`,
        });
      }
    }
    if (issues.length > 0) return fail(issues);
    const moved = rows.map((row: unknown) => {
      if (!isObject(row) || typeof row.id !== 'string' || !Object.hasOwn(cells, row.id)) return row;
      return { ...row, cells: cells[row.id] };
    });
    const { title, savedAt } = saved;
    const meta = {
      ...(title !== undefined ? { title } : {}),
      ...(savedAt !== undefined ? { updatedAt: savedAt } : {}),
    };
    return ok({
      version: 2,
      matrix: { ...fields, rows: moved },
      ...(Object.keys(meta).length > 0 ? { meta } : {}),
    });
  },
};
