import { type Matrix, type ValidateOptions, validateMatrix } from '@tandem/react';
import { MatrixTable } from './matrix-table';
import './docs.css';

/**
 * Runs the real validator on a small matrix and shows what one rule reports: severity,
 * message, the rows it concerns and the labels of its one-click fixes. Nothing here is
 * hand-written output, so the docs cannot drift from the rules.
 *
 * @example
 * <RuleExample ruleId="responsible-required" matrix={noResponsible} />
 */
export function RuleExample({
  ruleId,
  matrix,
  options,
}: {
  ruleId: string;
  matrix: Matrix;
  options?: ValidateOptions;
}) {
  const issues = validateMatrix(matrix, options).issues.filter((issue) => issue.ruleId === ruleId);
  return (
    <figure className="tandem-docs-example" aria-label={`Example: ${ruleId}`}>
      <MatrixTable matrix={matrix} />
      <figcaption>
        {issues.length === 0 ? (
          <p>
            <code>{ruleId}</code> reports nothing for this matrix.
          </p>
        ) : (
          issues.map((issue) => (
            // Issues have no id of their own; a rule reports one message per finding.
            <div key={`${issue.ruleId}-${issue.message}`}>
              <p>
                <span className="tandem-docs-severity" data-severity={issue.severity}>
                  {issue.severity}
                </span>
                {issue.message}
              </p>
              {issue.fixes.length > 0 ? (
                <ul aria-label="Suggested fixes">
                  {issue.fixes.map((fix) => (
                    <li key={fix.label}>
                      Fix: {fix.label}{' '}
                      <span className="tandem-docs-muted">
                        ({fix.changes.map((change) => change.type).join(', ')})
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="tandem-docs-muted">No automatic fix: this one is a judgement call.</p>
              )}
            </div>
          ))
        )}
      </figcaption>
    </figure>
  );
}
