import type { Matrix, ParseResult } from '@tandem/core';
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { loadAudit, loadServiceConfig, loadTickets, loadVersions } from './api/psa-client';
import type { AuditRecord } from './api/types';
import { describeAuditRecord } from './describe-change';
import { DraftPanel } from './drafts/draft-panel';
import type { PendingChange } from './drafts/draft-state';
import { escalationResource, matrixResource } from './drafts/resources';
import { useSavedDraft } from './drafts/use-saved-draft';
import { type LiveSession, livePeople } from './live/live-session';
import { PsaSwitches } from './mocks/psa-switches';
import type { PsaMockSettings } from './mocks/settings';
import { ResourcePanel } from './resource-panel';
import { type PortalRoute, portalRoutes, useHashRoute } from './use-hash-route';
import { usePsaResource } from './use-psa-resource';

// Each page loads with the component it shows, so opening the portal on one page does not
// download the other two components (the way a host would embed them).
const MatrixPage = lazy(() =>
  import('./pages/matrix-page').then((module) => ({ default: module.MatrixPage })),
);
// Yjs, the provider and IndexedDB load only for a live session.
const LiveMatrixPage = lazy(() =>
  import('./live/live-matrix-page').then((module) => ({ default: module.LiveMatrixPage })),
);
const EscalationPage = lazy(() =>
  import('./pages/escalation-page').then((module) => ({ default: module.EscalationPage })),
);
const TicketsPage = lazy(() =>
  import('./pages/tickets-page').then((module) => ({ default: module.TicketsPage })),
);
const ReviewPage = lazy(() =>
  import('./pages/review-page').then((module) => ({ default: module.ReviewPage })),
);
const AuditPage = lazy(() =>
  import('./pages/audit-page').then((module) => ({ default: module.AuditPage })),
);

/** What pages that show the matrix use until it has loaded. */
const EMPTY_MATRIX: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };

/** The people the demo lets you act as: one on each side of the engagement. */
const PEOPLE = [livePeople.dana.name, livePeople.sam.name] as const;

const pendingRecords = (
  resource: AuditRecord['resource'],
  pending: readonly PendingChange<AuditRecord['change']>[],
): AuditRecord[] =>
  pending.map((item, n) => ({ id: `pending-${resource}-${n}`, resource, version: null, ...item }));

/**
 * A page whose data is loaded when it opens, so it is as fresh as the PSA each time it is
 * visited (the saved versions and the audit trail grow with every save).
 */
function PsaPage<T>({
  title,
  load,
  children,
}: {
  title: string;
  load: (init: RequestInit) => Promise<ParseResult<T>>;
  children: (value: T) => ReactNode;
}) {
  const [resource, retry] = usePsaResource(load);
  return (
    <ResourcePanel title={title} resource={resource} retry={retry}>
      {children}
    </ResourcePanel>
  );
}

/**
 * The demo MSP client portal: Contoso's co-managed IT with Northwind, against a PSA that MSW
 * simulates in the browser. Every page works on the same drafts, so an edit on one page shows
 * on the others (the review compares the matrix draft; the audit log lists unsaved edits).
 * With a live session (`?as=dana`, `?as=sam`), the matrix is co-edited on the collab server.
 */
export function App({
  settings,
  live,
}: {
  settings: PsaMockSettings;
  live?: LiveSession | undefined;
}) {
  const [actor, setActor] = useState<string>(live?.person.name ?? PEOPLE[0]);
  const route = useHashRoute();
  const matrix = useSavedDraft(matrixResource, actor);
  const escalation = useSavedDraft(escalationResource, actor);
  const [service, retryService] = usePsaResource(loadServiceConfig);
  const [tickets, retryTickets] = usePsaResource(loadTickets);

  const matrixDraft = matrix.phase === 'ready' ? matrix.state.draft : undefined;
  const escalationDraft = escalation.phase === 'ready' ? escalation.state.draft : undefined;
  const describe = useMemo(() => {
    const context = matrixDraft
      ? { matrix: matrixDraft, ...(escalationDraft ? { escalation: escalationDraft } : {}) }
      : undefined;
    return (record: AuditRecord) =>
      context ? describeAuditRecord(record, context) : record.change.type;
  }, [matrixDraft, escalationDraft]);

  const page = (id: PortalRoute) => {
    switch (id) {
      case 'matrix':
        return (
          <DraftPanel title="Responsibility matrix" handle={matrix}>
            {(ready) =>
              live ? (
                <LiveMatrixPage handle={ready} session={live} describe={describe} />
              ) : (
                <MatrixPage handle={ready} describe={describe} />
              )
            }
          </DraftPanel>
        );
      case 'escalation':
        return (
          <DraftPanel title="Escalation policy" handle={escalation}>
            {(ready) => (
              <EscalationPage
                handle={ready}
                matrix={matrixDraft ?? EMPTY_MATRIX}
                service={service.status === 'ready' ? service.value : undefined}
                describe={describe}
              />
            )}
          </DraftPanel>
        );
      case 'tickets':
        return (
          <ResourcePanel title="Ticket queue" resource={tickets} retry={retryTickets}>
            {(queue) => (
              <ResourcePanel title="SLA policies" resource={service} retry={retryService}>
                {(config) => (
                  <TicketsPage
                    queue={queue}
                    service={config}
                    matrix={matrixDraft ?? EMPTY_MATRIX}
                    escalation={escalationDraft}
                  />
                )}
              </ResourcePanel>
            )}
          </ResourcePanel>
        );
      case 'review':
        return matrix.phase === 'ready' ? (
          <PsaPage title="Saved versions" load={loadVersions}>
            {(list) => (
              <ReviewPage
                versions={list}
                draft={matrix.state.draft}
                draftSaved={matrix.state.pending.length === 0}
                escalation={escalationDraft}
              />
            )}
          </PsaPage>
        ) : (
          <DraftPanel title="Responsibility matrix" handle={matrix}>
            {() => null}
          </DraftPanel>
        );
      case 'audit':
        return (
          <PsaPage title="Audit trail" load={loadAudit}>
            {(records) => (
              <AuditPage
                records={[
                  ...records,
                  ...(matrix.phase === 'ready'
                    ? pendingRecords('matrix', matrix.state.pending)
                    : []),
                  ...(escalation.phase === 'ready'
                    ? pendingRecords('escalation', escalation.state.pending)
                    : []),
                ]}
                matrix={matrixDraft ?? EMPTY_MATRIX}
                escalation={escalationDraft}
              />
            )}
          </PsaPage>
        );
    }
  };

  const unsaved =
    (matrix.phase === 'ready' ? matrix.state.pending.length : 0) +
    (escalation.phase === 'ready' ? escalation.state.pending.length : 0);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <div className="masthead-inner">
          <p className="brand">
            <span className="brand-mark" aria-hidden="true">
              N
            </span>
            Northwind MSP <span className="muted">· Contoso client portal</span>
          </p>
          {live ? (
            <p className="actor">
              Live as <strong>{live.person.name}</strong>
            </p>
          ) : (
            <label className="actor">
              Acting as
              <select value={actor} onChange={(event) => setActor(event.currentTarget.value)}>
                {PEOPLE.map((person) => (
                  <option key={person}>{person}</option>
                ))}
              </select>
            </label>
          )}
        </div>
        <nav aria-label="Portal" className="tabs">
          {portalRoutes.map(({ id, label }) => (
            <a key={id} href={`#/${id}`} aria-current={route === id ? 'page' : undefined}>
              {label}
              {id === 'audit' && unsaved > 0 && (
                <span className="count">
                  {unsaved}
                  <span className="sr-only"> unsaved</span>
                </span>
              )}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p role="status" className="muted loading">
              Loading the page…
            </p>
          }
        >
          {page(route)}
        </Suspense>
      </main>
      <footer>
        <PsaSwitches settings={settings} />
      </footer>
    </>
  );
}
