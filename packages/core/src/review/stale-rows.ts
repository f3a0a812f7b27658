import type { Matrix } from '../matrix/model';
import type { StaleRow } from './types';

// Rows not reviewed for a while: a row's `reviewedAt` is set by a `markRowsReviewed` change
// when the two teams go over it; a row never marked, or marked longer ago than the review's
// window, is due. Listed in matrix order.

const DAY = 86_400_000;

/** The rows last reviewed more than `days` days before `asOf` (epoch ms), or never. */
export function staleRows(matrix: Matrix, asOf: number, days: number): StaleRow[] {
  const stale: StaleRow[] = [];
  for (const row of matrix.rows) {
    const reviewedAt = row.reviewedAt;
    if (reviewedAt === undefined) {
      stale.push({ rowId: row.id, reviewedAt: null, days: null });
      continue;
    }
    const age = Math.floor((asOf - reviewedAt) / DAY);
    if (age > days) stale.push({ rowId: row.id, reviewedAt, days: age });
  }
  return stale;
}
