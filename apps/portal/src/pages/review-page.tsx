import type { Matrix } from '@tandem/core';
import { diffMatrices, scopeDrift } from '@tandem/core/io';
import { serviceReview } from '@tandem/core/review';
import type { EscalationFlowValue } from '@tandem/react/escalation-flow';
import { ServiceReview } from '@tandem/react/service-review';
import { useId, useMemo, useState } from 'react';
import { loadServiceConfig, loadTickets } from '../api/psa-client';
import type { MatrixVersion, ServiceConfig, TicketQueue } from '../api/types';
import { downloadText } from '../import-export/download';
import { ResourcePanel } from '../resource-panel';
import { usePsaResource } from '../use-psa-resource';
import { DiffSummary } from './diff-summary';
import { PageHeading } from './page-heading';
import { reviewFileName, reviewMarkdown } from './review-markdown';
import {
  DRAFT_KEY,
  defaultBeforeVersion,
  formatDate,
  type ReviewQuarter,
  reviewConditions,
  reviewQuarters,
  reviewTicket,
  versionKey,
  versionLabel,
} from './review-model';
import './pages.css';

/** The review's tickets: Contoso's, since the start of last quarter as the PSA's clock reads. */
const loadReviewTickets = (init: RequestInit) => loadTickets(init, reviewConditions);

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
  /** The routing and escalation policy (the draft): rows never routed, steps that fired. */
  escalation?: EscalationFlowValue | undefined;
}

/**
 * The quarterly review: pick the quarter (this one to date, or the last), a "before" version (by
 * default the newest quarterly review, else the oldest) and an "after" (by default the current
 * draft), then read the service review of the quarter's tickets (attainment, who held the
 * clock, gaps, recurring issues, scope drift and the agenda), a summary of everything else that
 * changed, export the drift as Markdown, or print the review (the browser's "Save as PDF").
 *
 * @example
 * <ReviewPage versions={versions} draft={matrix} draftSaved={!dirty} />
 */
export function ReviewPage({ versions, draft, draftSaved, escalation }: ReviewPageProps) {
  const id = useId();
  const dates = useMemo(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }), []);
  const newestFirst = useMemo(
    () => [...versions].sort((a, b) => b.version - a.version),
    [versions],
  );
  const [beforeChoice, setBeforeChoice] = useState<string>();
  const [afterChoice, setAfterChoice] = useState<string>(DRAFT_KEY);
  const [tickets, retryTickets] = usePsaResource(loadReviewTickets);
  const [service, retryService] = usePsaResource(loadServiceConfig);

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
        The quarter’s service review from the PSA’s tickets: SLA attainment, who held the clock,
        ownership gaps, recurring issues and the agenda, with the scope drift between two versions
        of the matrix (work and decisions that moved without being renegotiated).
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
            <p className="portal-review-actions">
              <button type="button" className="portal-review-export" onClick={() => window.print()}>
                Export PDF
              </button>
              <button type="button" className="portal-review-export" onClick={exportReview}>
                Export drift as Markdown
              </button>
            </p>
            <ResourcePanel title="Tickets" resource={tickets} retry={retryTickets}>
              {(queue) => (
                <ResourcePanel title="SLA policies" resource={service} retry={retryService}>
                  {(config) => (
                    <QuarterReview
                      queue={queue}
                      service={config}
                      matrix={after}
                      previousMatrix={before}
                      escalation={escalation}
                    />
                  )}
                </ResourcePanel>
              )}
            </ResourcePanel>
            <DiffSummary diff={diff} beforeName={beforeName} afterName={afterName} />
          </>
        )}
      </div>
    </>
  );
}

/**
 * The service review of one quarter, with its picker: the quarter's tickets against the
 * matrix ("after") and the matrix as the last review left it ("before").
 */
function QuarterReview({
  queue,
  service,
  matrix,
  previousMatrix,
  escalation,
}: {
  queue: TicketQueue;
  service: ServiceConfig;
  matrix: Matrix;
  previousMatrix: Matrix;
  escalation: EscalationFlowValue | undefined;
}) {
  const id = useId();
  const quarters = useMemo(() => reviewQuarters(queue.asOf), [queue.asOf]);
  const [key, setKey] = useState<ReviewQuarter['key']>('this');
  const quarter = quarters.find((q) => q.key === key) ?? quarters[0];
  const tickets = useMemo(() => queue.tickets.map(reviewTicket), [queue.tickets]);
  const review = useMemo(
    () =>
      serviceReview({
        matrix,
        previousMatrix,
        tickets,
        policies: service.policies,
        calendars: service.calendars,
        ...(escalation ? { routing: escalation.routing, escalation: [escalation.policy] } : {}),
        period: quarter.period,
        previousPeriod: quarter.previous,
      }),
    [matrix, previousMatrix, tickets, service, quarter, escalation],
  );
  return (
    <>
      <div className="portal-review-pickers">
        <div className="portal-review-field">
          <label htmlFor={`${id}-quarter`}>Quarter</label>
          <select
            id={`${id}-quarter`}
            value={quarter.key}
            onChange={(event) => setKey(event.currentTarget.value as ReviewQuarter['key'])}
          >
            {quarters.map((q) => (
              <option key={q.key} value={q.key}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ServiceReview review={review} tickets={tickets} matrix={matrix} headingLevel={2} />
    </>
  );
}
