import { loadMatrix, loadSlaPolicies, loadTickets } from './api/psa-client';
import { MatrixTable } from './matrix-table';
import type { PsaMockSettings } from './mocks/settings';
import { ResourcePanel } from './resource-panel';
import { SlaPoliciesTable } from './sla-policies-table';
import { TicketsTable } from './tickets-table';
import { usePsaResource } from './use-psa-resource';

/** The demo MSP client portal. */
export function App({ settings }: { settings: PsaMockSettings }) {
  const [matrix, retryMatrix] = usePsaResource(loadMatrix);
  const [tickets, retryTickets] = usePsaResource(loadTickets);
  const [policies, retryPolicies] = usePsaResource(loadSlaPolicies);
  const parties = matrix.status === 'ready' ? matrix.value.parties : undefined;

  return (
    <>
      <header className="masthead">
        <p className="brand">Tandem demo portal</p>
        <p className="muted">
          Contoso and Northwind MSP, co-managed. The PSA is simulated in your browser
          {settings.failing.size > 0 ? ` (outage: ${[...settings.failing].join(', ')})` : ''}.
        </p>
      </header>
      <main>
        <h1>Who owns what</h1>
        <ResourcePanel
          id="matrix"
          title="Responsibility matrix"
          resource={matrix}
          retry={retryMatrix}
        >
          {(value) => <MatrixTable matrix={value} />}
        </ResourcePanel>
        <ResourcePanel id="tickets" title="Open tickets" resource={tickets} retry={retryTickets}>
          {(value) => <TicketsTable tickets={value} parties={parties} />}
        </ResourcePanel>
        <ResourcePanel id="sla" title="SLA policies" resource={policies} retry={retryPolicies}>
          {(value) => <SlaPoliciesTable policies={value} />}
        </ResourcePanel>
      </main>
      <footer className="muted">
        Try <a href="?fail=all">a PSA outage</a>, <a href="?latency=2000">a slow PSA</a> or{' '}
        <a href="?">the normal PSA</a>.
      </footer>
    </>
  );
}
