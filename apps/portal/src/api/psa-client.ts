import type { Issue, ParseResult } from '@tandem/core';
import type { z } from 'zod';
import {
  type PsaMatrix,
  type PsaSlaPolicy,
  type PsaTicket,
  psaMatrixSchema,
  psaSlaPoliciesSchema,
  psaTicketsSchema,
} from './schemas';

/** The PSA endpoints the portal reads. */
export const psaEndpoints = {
  matrix: '/api/psa/matrix',
  tickets: '/api/psa/tickets',
  slaPolicies: '/api/psa/sla-policies',
} as const;
export type PsaEndpoint = keyof typeof psaEndpoints;

/**
 * Fetches a PSA endpoint and parses its body. Network failures, HTTP errors and malformed bodies
 * all come back as issues, never as exceptions.
 */
export async function fetchPsa<T>(
  url: string,
  schema: z.ZodType<T>,
  init?: RequestInit,
): Promise<ParseResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    return failed('network', `The PSA could not be reached: ${String(error)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failed(
      'invalid_json',
      `The PSA answered ${response.status} with a body that is not JSON.`,
    );
  }
  if (!response.ok) {
    const detail =
      body && typeof body === 'object' && 'message' in body ? String(body.message) : '';
    return failed(
      `http_${response.status}`,
      `The PSA answered ${response.status}. ${detail}`.trim(),
    );
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    code: issue.code,
    message: issue.message,
  }));
  return { ok: false, issues };
}

function failed(code: string, message: string): ParseResult<never> {
  return { ok: false, issues: [{ path: [], code, message }] };
}

export const loadMatrix = (init?: RequestInit): Promise<ParseResult<PsaMatrix>> =>
  fetchPsa(psaEndpoints.matrix, psaMatrixSchema, init);
export const loadTickets = (init?: RequestInit): Promise<ParseResult<PsaTicket[]>> =>
  fetchPsa(psaEndpoints.tickets, psaTicketsSchema, init);
export const loadSlaPolicies = (init?: RequestInit): Promise<ParseResult<PsaSlaPolicy[]>> =>
  fetchPsa(psaEndpoints.slaPolicies, psaSlaPoliciesSchema, init);
