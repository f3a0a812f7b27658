import type { Matrix } from '@tandem/core';
import { diffMatrices, scopeDrift } from '@tandem/core/io';
import { useId, useMemo, useState } from 'react';
import type { MatrixVersion } from '../api/types';
import { downloadText } from '../import-export/download';
import { DiffSummary } from './diff-summary';
import { DriftReport } from './drift-report';
import { PageHeading } from './page-heading';
import { reviewFileName, reviewMarkdown } from './review-markdown';
import {
  DRAFT_KEY,
  defaultBeforeVersion,
  formatDate,
  versionKey,
  versionLabel,
} from './review-model';
import './pages.css';

/**
 * What the quarterly review compares: saved versions and the working copy.
 *
 * @example
 * const props: ReviewPageProps = { versions, draft: matrix, draftSaved: true };
 */
export interface ReviewPageProps {
  /** Saved versions of the matrix, in any order. */
  versions: readonly MatrixVersion[];
  /** The matrix being edited, offered as "Current draft". */
  draft: Matrix;
  /** Whether the draft matches what the PSA has saved. */
  draftSaved: boolean;
}

/**
 * The quarterly review: pick a "before" version (by default the newest quarterly review, else
 * the oldest) and an "after" (by default the current draft), then read the scope-drift report
 * by severity, a summary of everything else that changed, and export both as Markdown.
 *
 * @example
 * <ReviewPage versions={versions} draft={matrix} draftSaved={!dirty} />
 */
export function ReviewPage({ versions, draft, draftSaved }: ReviewPageProps) {
  const id = useId();
  const dates = useMemo(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }), []);
  const newestFirst = useMemo(
    () => [...versions].sort((a, b) => b.version - a.version),
    [versions],
  );
  const [beforeChoice, setBeforeChoice] = useState<string>();
  const [afterChoice, setAfterChoice] = useState<string>(DRAFT_KEY);

  // A choice whose version has gone (the list was reloaded) falls back to the default.
  const find = (key: string | undefined) => newestFirst.find((v) => versionKey(v) === key);
  const beforeVersion = find(beforeChoice) ?? defaultBeforeVersion(versions);
  const afterVersion = find(afterChoice);
  const before = beforeVersion?.matrix;
  const after = afterVersion?.matrix ?? draft;

  const diff = useMemo(() => (before ? diffMatrices(before, after) : undefined), [before, after]);
  const findings = useMemo(
    () => (before && diff ? scopeDrift(before, after, diff) : []),
    [before, after, diff],
  );

  const label = (version: MatrixVersion) => versionLabel(version, (iso) => formatDate(dates, iso));
  const draftLabel = draftSaved ? 'Current draft' : 'Current draft (unsaved edits)';
  const beforeName = beforeVersion ? `v${beforeVersion.version}` : '';
  const afterName = afterVersion ? `v${afterVersion.version}` : 'the current draft';

  const exportReview = () => {
    if (!beforeVersion || !before || !diff) return;
    const text = reviewMarkdown({
      beforeLabel: label(beforeVersion),
      afterLabel: afterVersion ? label(afterVersion) : 'Current draft',
      before,
      after,
      findings,
      diff,
      unsaved: !afterVersion && !draftSaved,
    });
    const afterKey = afterVersion ? versionKey(afterVersion) : DRAFT_KEY;
    downloadText(reviewFileName(versionKey(beforeVersion), afterKey), text, 'text/markdown');
  };

  return (
    <>
      <PageHeading title="Quarterly review">
        Compare two versions of the matrix to catch scope drift: work and decisions that moved
        between Internal IT and the provider without being renegotiated.
      </PageHeading>
      <div className="portal-review">
        {!draftSaved && (
          <p className="portal-review-note">
            The current draft has unsaved edits. Comparing with “Current draft” includes them; the
            saved versions do not.
          </p>
        )}
        {!beforeVersion || !before || !diff ? (
          <p className="portal-review-empty">
            No saved versions yet. Save the matrix once to have something to review against.
          </p>
        ) : (
          <>
            <div className="portal-review-pickers">
              <div className="portal-review-field">
                <label htmlFor={`${id}-before`}>Before</label>
                <select
                  id={`${id}-before`}
                  value={versionKey(beforeVersion)}
                  onChange={(event) => setBeforeChoice(event.currentTarget.value)}
                >
                  {newestFirst.map((version) => (
                    <option key={versionKey(version)} value={versionKey(version)}>
                      {label(version)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="portal-review-field">
                <label htmlFor={`${id}-after`}>After</label>
                <select
                  id={`${id}-after`}
                  value={afterVersion ? versionKey(afterVersion) : DRAFT_KEY}
                  onChange={(event) => setAfterChoice(event.currentTarget.value)}
                >
                  <option value={DRAFT_KEY}>{draftLabel}</option>
                  {newestFirst.map((version) => (
                    <option key={versionKey(version)} value={versionKey(version)}>
                      {label(version)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <DriftReport
              findings={findings}
              before={before}
              after={after}
              beforeName={beforeName}
              afterName={afterName}
            />
            <DiffSummary diff={diff} beforeName={beforeName} afterName={afterName} />
            <p className="portal-review-actions">
              <button type="button" className="portal-review-export" onClick={exportReview}>
                Export review as Markdown
              </button>
            </p>
          </>
        )}
      </div>
    </>
  );
}
