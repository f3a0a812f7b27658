import type { Matrix } from '@tandem/core';
import { diffMatrices, scopeDrift } from '@tandem/core/io';
import {
  type ServiceReview as Review,
  type ReviewTicket,
  serviceReview,
} from '@tandem/core/review';
import type { EscalationFlowValue } from '@tandem/react/escalation-flow';
import { ServiceReview } from '@tandem/react/service-review';
import { useId, useMemo, useState } from 'react';
import { loadServiceConfig, loadTickets } from '../api/psa-client';
import type { MatrixVersion, ServiceConfig, TicketQueue } from '../api/types';
import { downloadText } from '../import-export/download';
import { ResourcePanel } from '../resource-panel';
import { type PsaResource, usePsaResource } from '../use-psa-resource';
import { DiffSummary } from './diff-summary';
import { PageHeading } from './page-heading';
import { type ReviewExportFormat, reviewExportFile } from './review-exports';
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
 * changed, export the drift as Markdown, export the review as Markdown or HTML (for the email
 * to the customer) or its ticket-level evidence as CSV, or print it (the browser's "Save as PDF").
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
  const [quarterKey, setQuarterKey] = useState<ReviewQuarter['key']>('this');

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

  // The review is computed here, not in the panel that shows it, so the export buttons beside
  // "Export PDF" have it; `undefined` until the tickets and policies are in.
  const quarterReview = useQuarterReview(tickets, service, after, before, escalation, quarterKey);

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
  const exportServiceReview = (format: ReviewExportFormat) => {
    if (!quarterReview) return;
    const file = reviewExportFile(format, quarterReview.review, after, quarterReview.quarter);
    downloadText(file.fileName, file.text, file.type);
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
              {(['markdown', 'html', 'csv'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="portal-review-export"
                  disabled={!quarterReview}
                  onClick={() => exportServiceReview(format)}
                >
                  {EXPORT_LABELS[format]}
                </button>
              ))}
            </p>
            <ResourcePanel title="Tickets" resource={tickets} retry={retryTickets}>
              {() => (
                <ResourcePanel title="SLA policies" resource={service} retry={retryService}>
                  {() =>
                    quarterReview && (
                      <QuarterReview
                        computed={quarterReview}
                        matrix={after}
                        onQuarterChange={setQuarterKey}
                      />
                    )
                  }
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

const EXPORT_LABELS: Record<ReviewExportFormat, string> = {
  markdown: 'Export Markdown',
  html: 'Export HTML',
  csv: 'Export CSV',
};

/** A quarter's service review and what it was computed from. */
interface QuarterReviewData {
  readonly quarters: readonly ReviewQuarter[];
  readonly quarter: ReviewQuarter;
  readonly tickets: readonly ReviewTicket[];
  readonly review: Review;
}

/**
 * The service review of the chosen quarter: the quarter's tickets against the matrix ("after")
 * and the matrix as the last review left it ("before"), once the PSA's tickets and policies
 * are in.
 */
function useQuarterReview(
  tickets: PsaResource<TicketQueue>,
  service: PsaResource<ServiceConfig>,
  matrix: Matrix,
  previousMatrix: Matrix | undefined,
  escalation: EscalationFlowValue | undefined,
  key: ReviewQuarter['key'],
): QuarterReviewData | undefined {
  const queue = tickets.status === 'ready' ? tickets.value : undefined;
  const config = service.status === 'ready' ? service.value : undefined;
  const quarters = useMemo(() => (queue ? reviewQuarters(queue.asOf) : undefined), [queue]);
  const reviewTickets = useMemo(() => queue?.tickets.map(reviewTicket), [queue]);
  return useMemo(() => {
    if (!quarters || !reviewTickets || !config || !previousMatrix) return undefined;
    const quarter = quarters.find((q) => q.key === key) ?? quarters[0];
    const review = serviceReview({
      matrix,
      previousMatrix,
      tickets: reviewTickets,
      policies: config.policies,
      calendars: config.calendars,
      ...(escalation ? { routing: escalation.routing, escalation: [escalation.policy] } : {}),
      period: quarter.period,
      previousPeriod: quarter.previous,
    });
    return { quarters, quarter, tickets: reviewTickets, review };
  }, [quarters, reviewTickets, config, matrix, previousMatrix, escalation, key]);
}

/** The service review of one quarter, with its picker. */
function QuarterReview({
  computed,
  matrix,
  onQuarterChange,
}: {
  computed: QuarterReviewData;
  matrix: Matrix;
  onQuarterChange: (key: ReviewQuarter['key']) => void;
}) {
  const id = useId();
  const { quarters, quarter, tickets, review } = computed;
  return (
    <>
      <div className="portal-review-pickers">
        <div className="portal-review-field">
          <label htmlFor={`${id}-quarter`}>Quarter</label>
          <select
            id={`${id}-quarter`}
            value={quarter.key}
            onChange={(event) => onQuarterChange(event.currentTarget.value as ReviewQuarter['key'])}
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
