import type { Matrix } from '@tandem/core';
import type { EscalationFlowValue } from '@tandem/react/escalation-flow';
import { useId, useMemo, useState } from 'react';
import type { AuditRecord, AuditResource } from '../api/types';
import { describeAuditRecord } from '../describe-change';
import { type AuditFilter, auditActors, filterAudit, newestFirst } from './audit-log';
import { PageHeading } from './page-heading';
import { formatDate } from './review-model';
import './pages.css';

/**
 * What the audit log shows and the names it describes changes with.
 *
 * @example
 * const props: AuditPageProps = { records, matrix, escalation: { policy, routing } };
 */
export interface AuditPageProps {
  /** Audit lines in any order, saved or not yet saved. */
  records: readonly AuditRecord[];
  /** The matrix whose rows, parties and categories name things in the sentences. */
  matrix: Matrix;
  /** The policy and routing table whose steps and rules name things, when loaded. */
  escalation?: EscalationFlowValue | undefined;
}

const RESOURCE_LABELS: Record<AuditResource, string> = {
  matrix: 'Matrix',
  escalation: 'Escalation',
};

const resourceFilter = (value: string): AuditFilter['resource'] =>
  value === 'matrix' || value === 'escalation' ? value : 'all';

/**
 * The audit log: who changed what and when, newest first, one plain sentence per change, with
 * filters by resource and by person. Changes not saved to the PSA yet are marked
 * `data-state="pending"` and say so.
 *
 * @example
 * <AuditPage records={audit} matrix={matrix} escalation={flowValue} />
 */
export function AuditPage({ records, matrix, escalation }: AuditPageProps) {
  const id = useId();
  const when = useMemo(
    () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    [],
  );
  const [resource, setResource] = useState<AuditFilter['resource']>('all');
  const [actorChoice, setActorChoice] = useState('');
  const sorted = useMemo(() => newestFirst(records), [records]);
  const actors = useMemo(() => auditActors(records), [records]);
  // Someone chosen who no longer appears (the log was reloaded) means everyone again.
  const actor = actors.includes(actorChoice) ? actorChoice : '';
  const shown = filterAudit(sorted, { resource, actor });
  const context = { matrix, escalation };

  return (
    <>
      <PageHeading title="Audit log">
        Every change to the matrix and the escalation policy: who made it, when, and which saved
        version it went into.
      </PageHeading>
      <div className="portal-audit">
        <div className="portal-audit-filters">
          <div className="portal-audit-field">
            <label htmlFor={`${id}-resource`}>Resource</label>
            <select
              id={`${id}-resource`}
              value={resource}
              onChange={(event) => setResource(resourceFilter(event.currentTarget.value))}
            >
              <option value="all">All resources</option>
              <option value="matrix">{RESOURCE_LABELS.matrix}</option>
              <option value="escalation">{RESOURCE_LABELS.escalation}</option>
            </select>
          </div>
          <div className="portal-audit-field">
            <label htmlFor={`${id}-actor`}>Changed by</label>
            <select
              id={`${id}-actor`}
              value={actor}
              onChange={(event) => setActorChoice(event.currentTarget.value)}
            >
              <option value="">Everyone</option>
              {actors.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="portal-audit-count" aria-live="polite">
          Showing {shown.length} of {records.length} {records.length === 1 ? 'change' : 'changes'}
        </p>
        {shown.length === 0 ? (
          <p className="portal-audit-empty">
            {records.length === 0
              ? 'No changes recorded yet.'
              : 'No changes match these filters. Choose “All resources” and “Everyone” to see them all.'}
          </p>
        ) : (
          <div className="portal-audit-panel">
            <table className="portal-audit-table">
              <caption>Changes to the matrix and the escalation policy, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Resource</th>
                  <th scope="col">What</th>
                  <th scope="col">Version</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((record) => (
                  <tr key={record.id} data-state={record.version === null ? 'pending' : 'saved'}>
                    <td className="portal-audit-when">
                      <time dateTime={record.at}>{formatDate(when, record.at)}</time>
                    </td>
                    <td>{record.actor}</td>
                    <td>{RESOURCE_LABELS[record.resource] ?? record.resource}</td>
                    <td>{describeAuditRecord(record, context)}</td>
                    <td className="portal-audit-version">
                      {record.version === null ? (
                        <span className="portal-audit-pending">Not saved yet</span>
                      ) : (
                        `v${record.version}`
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
