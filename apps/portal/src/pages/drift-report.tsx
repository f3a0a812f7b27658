import type { Matrix } from '@tandem/core';
import type { DriftFinding, DriftSeverity } from '@tandem/core/io';
import { useId } from 'react';
import { compareCells, findingCountWords, groupBySeverity, SEVERITIES } from './review-model';

const SEVERITY_TITLES: Record<DriftSeverity, string> = {
  high: 'High severity',
  medium: 'Medium severity',
  low: 'Low severity',
};

function FindingItem({
  finding,
  before,
  after,
  id,
}: {
  finding: DriftFinding;
  before: Matrix;
  after: Matrix;
  id: string;
}) {
  const cells = compareCells(finding, before, after);
  return (
    <li className="portal-review-finding">
      <p id={id} className="portal-review-message">
        {finding.message}
      </p>
      <table className="portal-review-cells" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={cell.partyId}>
              <th scope="row">{cell.party}</th>
              <td>{cell.before}</td>
              <td>{cell.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

/**
 * The scope-drift part of the quarterly review: findings grouped by severity with counts, each
 * with its row's cells before and after; a plain "No scope drift" line when there are none.
 *
 * @example
 * <DriftReport findings={scopeDrift(before, after)} before={before} after={after} beforeName="v3" afterName="the current draft" />
 */
export function DriftReport({
  findings,
  before,
  after,
  beforeName,
  afterName,
}: {
  findings: readonly DriftFinding[];
  before: Matrix;
  after: Matrix;
  beforeName: string;
  afterName: string;
}) {
  const id = useId();
  const groups = groupBySeverity(findings);
  return (
    <section className="portal-review-drift" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Scope drift</h2>
      {findings.length === 0 ? (
        <p className="portal-review-empty">
          No scope drift between {beforeName} and {afterName}: no row's ownership moved between the
          internal and provider sides.
        </p>
      ) : (
        <>
          <p className="portal-review-counts">{findingCountWords(findings)}.</p>
          {SEVERITIES.map((severity) => {
            const group = groups[severity];
            if (group.length === 0) return null;
            return (
              <section
                key={severity}
                className="portal-review-group"
                data-severity={severity}
                aria-labelledby={`${id}-${severity}`}
              >
                <h3 id={`${id}-${severity}`}>
                  {SEVERITY_TITLES[severity]}{' '}
                  <span className="portal-review-count">({group.length})</span>
                </h3>
                <ul className="portal-review-findings">
                  {group.map((finding) => (
                    <FindingItem
                      key={`${finding.rowId}-${finding.kind}`}
                      id={`${id}-${finding.rowId}-${finding.kind}`}
                      finding={finding}
                      before={before}
                      after={after}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
