import type { MatrixDiff } from '@tandem/core/io';
import { useId } from 'react';
import { diffCounts } from './review-model';

/**
 * What changed between two versions besides drift: parties, categories and rows added,
 * removed and changed, and how many cells changed.
 *
 * @example
 * <DiffSummary diff={diffMatrices(before, after)} beforeName="v3" afterName="the current draft" />
 */
export function DiffSummary({
  diff,
  beforeName,
  afterName,
}: {
  diff: MatrixDiff;
  beforeName: string;
  afterName: string;
}) {
  const id = useId();
  return (
    <section className="portal-review-diff" aria-labelledby={id}>
      <h2 id={id}>What changed</h2>
      {diff.same ? (
        <p className="portal-review-empty">
          {beforeName} and {afterName} hold the same matrix.
        </p>
      ) : (
        <>
          <table className="portal-review-diff-table">
            <caption>
              From {beforeName} to {afterName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Added</th>
                <th scope="col">Removed</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {diffCounts(diff).map((count) => (
                <tr key={count.label}>
                  <th scope="row">{count.label}</th>
                  <td>{count.added}</td>
                  <td>{count.removed}</td>
                  <td>{count.changed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="portal-review-totals">
            <div>
              <dt>Cell changes</dt>
              <dd>{diff.cells.length}</dd>
            </div>
            {diff.variant && (
              <div>
                <dt>Variant</dt>
                <dd>
                  {diff.variant.before.toUpperCase()} → {diff.variant.after.toUpperCase()}
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
