import type { AuditRecord, AuditResource } from '../api/types';

/**
 * Which records the audit log shows: `all` resources or one; `''` for every actor.
 *
 * @example
 * const filter: AuditFilter = { resource: 'matrix', actor: 'Dana Whitfield (Contoso IT)' };
 */
export interface AuditFilter {
  readonly resource: AuditResource | 'all';
  readonly actor: string;
}

/**
 * Records newest first. Records saved together share a time; the PSA lists them oldest first,
 * so among equal times the later one in the list comes first.
 *
 * @example
 * newestFirst(records)[0]?.at; // '2026-11-20T19:12:00Z'
 */
export function newestFirst(records: readonly AuditRecord[]): AuditRecord[] {
  const time = (at: string) => {
    const parsed = Date.parse(at);
    return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  return records
    .map((record, index) => ({ record, index, time: time(record.at) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map((entry) => entry.record);
}

/**
 * The people who made the records, each once, in alphabetical order for the actor filter.
 *
 * @example
 * auditActors(records); // ['Dana Whitfield (Contoso IT)', 'Sam Okafor (Northwind MSP)']
 */
export function auditActors(records: readonly AuditRecord[]): string[] {
  return [...new Set(records.map((record) => record.actor))].sort((a, b) => a.localeCompare(b));
}

/**
 * The records a filter lets through, in the order given.
 *
 * @example
 * filterAudit(records, { resource: 'matrix', actor: '' });
 */
export function filterAudit(records: readonly AuditRecord[], filter: AuditFilter): AuditRecord[] {
  return records.filter(
    (record) =>
      (filter.resource === 'all' || record.resource === filter.resource) &&
      (filter.actor === '' || record.actor === filter.actor),
  );
}
