import type { PsaResource } from '../mocks/settings';

/** The PSA REST endpoints the portal uses, by resource. */
export const psaEndpoints: Readonly<Record<PsaResource, string>> = {
  matrix: '/api/psa/matrix',
  versions: '/api/psa/matrix/versions',
  audit: '/api/psa/audit',
  escalation: '/api/psa/escalation',
  tickets: '/api/psa/tickets',
  slaPolicies: '/api/psa/sla-policies',
  calendars: '/api/psa/calendars',
};

/** The ETag of a saved version: its number, quoted. */
export const etagOf = (version: number): string => `"${version}"`;

/** The version an `If-Match` or `ETag` header names, or `undefined`. */
export function versionOfEtag(header: string | null): number | undefined {
  const match = header?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : undefined;
}
