import type { Issue, Matrix, ParseResult } from '@tandem/core';
import type { EscalationFlowValue } from '@tandem/react/escalation-flow';
import { etagOf, psaEndpoints } from './endpoints';
import { fetchPsa } from './fetch-psa';
import type { AuditRecord, SavedEscalation, SavedMatrix } from './types';
import { readAudit, readSavedEscalation, readSavedMatrix, readVersions } from './wire';

export { loadServiceConfig, loadTickets } from './connectwise-client';

// The PSA client: one function per call. Every function resolves (never rejects) with the
// parsed value or issues.

export const loadMatrix = (init?: RequestInit) =>
  fetchPsa(psaEndpoints.matrix, readSavedMatrix, init);
export const loadVersions = (init?: RequestInit) =>
  fetchPsa(psaEndpoints.versions, readVersions, init);
export const loadAudit = (init?: RequestInit) => fetchPsa(psaEndpoints.audit, readAudit, init);
export const loadEscalation = (init?: RequestInit) =>
  fetchPsa(psaEndpoints.escalation, (body) => readSavedEscalation(body), init);

/** One change as the save request carries it to the PSA's audit trail. */
export interface OutgoingChange {
  readonly actor: string;
  readonly at: string;
  readonly change: unknown;
}

/**
 * How a save ended: saved (with the new version), refused because someone saved first (the
 * server's version and the changes they made), or failed (the PSA's answer or the network).
 */
export type SaveOutcome<T> =
  | { readonly kind: 'saved'; readonly saved: T }
  | {
      readonly kind: 'conflict';
      readonly message: string;
      readonly current: T;
      readonly theirs: readonly AuditRecord[];
    }
  | {
      readonly kind: 'failed';
      readonly offline: boolean;
      readonly status: number | 'network';
      readonly issues: readonly Issue[];
    };

async function save<T>(
  url: string,
  read: (body: unknown) => ParseResult<T>,
  baseVersion: number,
  body: Record<string, unknown>,
): Promise<SaveOutcome<T>> {
  const result = await fetchPsa(url, read, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'If-Match': etagOf(baseVersion) },
    body: JSON.stringify(body),
  });
  if (result.ok) return { kind: 'saved', saved: result.value };
  if (result.status === 409 && result.body && typeof result.body === 'object') {
    const conflict = result.body as { message?: unknown; current?: unknown; changes?: unknown };
    const current = read(conflict.current);
    const theirs = readAudit(conflict.changes ?? []);
    if (current.ok)
      return {
        kind: 'conflict',
        message: String(conflict.message ?? 'Someone else saved first.'),
        current: current.value,
        theirs: theirs.ok ? theirs.value : [],
      };
  }
  return {
    kind: 'failed',
    offline: result.status === 'network',
    status: result.status,
    issues: result.issues,
  };
}

/** Saves the matrix over `baseVersion` (sent as `If-Match`), with the changes for the audit. */
export const saveMatrix = (
  baseVersion: number,
  matrix: Matrix,
  changes: readonly OutgoingChange[],
): Promise<SaveOutcome<SavedMatrix>> =>
  save(psaEndpoints.matrix, readSavedMatrix, baseVersion, { matrix, changes });

/** Saves the escalation policy and routing table over `baseVersion`. */
export const saveEscalation = (
  baseVersion: number,
  value: EscalationFlowValue,
  changes: readonly OutgoingChange[],
): Promise<SaveOutcome<SavedEscalation>> =>
  save(psaEndpoints.escalation, (body) => readSavedEscalation(body), baseVersion, {
    policy: value.policy,
    routing: value.routing,
    changes,
  });
