import type { PsaResource } from '../mocks/settings';

/**
 * The PSA REST endpoints the portal uses, by resource. Tickets, SLAs and calendars are
 * ConnectWise PSA's own paths (under the demo's `/api/psa` prefix).
 */
export const psaEndpoints: Readonly<Record<PsaResource, string>> = {
  matrix: '/api/psa/matrix',
  versions: '/api/psa/matrix/versions',
  audit: '/api/psa/audit',
  escalation: '/api/psa/escalation',
  tickets: '/api/psa/service/tickets',
  slaPolicies: '/api/psa/service/SLAs',
  calendars: '/api/psa/schedule/calendars',
};

/** ConnectWise's other paths the portal reads, each served under one resource above. */
export const connectwisePaths = {
  /** `?type=Ticket&id=<ticket id>`: one ticket's audit trail (under `tickets`). */
  auditTrail: '/api/psa/system/audittrail',
  /** `/<SLA id>/priorities` (under `slaPolicies`). */
  slaPriorities: (id: number | string) => `/api/psa/service/SLAs/${id}/priorities`,
  /** `/<holiday list id>/holidays` (under `calendars`). */
  holidays: (id: number | string) => `/api/psa/schedule/holidayLists/${id}/holidays`,
  /** Customers, with their calendar and time-zone setup (under `calendars`). */
  companies: '/api/psa/company/companies',
  /** The demo's frozen clock: what "now" is for the queue (under `tickets`). */
  clock: '/api/psa/demo/clock',
} as const;

/** The ETag of a saved version: its number, quoted. */
export const etagOf = (version: number): string => `"${version}"`;

/** The version an `If-Match` or `ETag` header names, or `undefined`. */
export function versionOfEtag(header: string | null): number | undefined {
  const match = header?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : undefined;
}
