import type { Issue, ParseResult } from '@tandem/core';

/**
 * What a PSA call gives: the parsed value, or issues with the HTTP status (or `'network'` when
 * the PSA was never reached) and the error body, which a 409 uses to say what changed.
 */
export type PsaResponse<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly status: number | 'network';
      readonly body?: unknown;
    };

const failed = (
  status: number | 'network',
  code: string,
  message: string,
  body?: unknown,
): PsaResponse<never> => ({
  ok: false,
  status,
  issues: [{ path: [], code, message }],
  ...(body === undefined ? {} : { body }),
});

/**
 * Calls a PSA endpoint and reads its JSON body (or, with `format: 'text'`, its text: an
 * iCalendar feed) with `read` (a parse function that never throws). Network failures, HTTP
 * errors and malformed bodies all come back as issues, never as exceptions.
 *
 * @example
 * const result = await fetchPsa('/api/psa/calendars', readCalendars);
 * if (!result.ok) show(result.issues);
 */
export async function fetchPsa<T>(
  url: string,
  read: (body: unknown) => ParseResult<T>,
  init?: RequestInit,
  format: 'json' | 'text' = 'json',
): Promise<PsaResponse<T>> {
  let response: Response;
  try {
    // Outside a page (tests, server rendering) a path resolves against localhost.
    response = await fetch(new URL(url, globalThis.location?.href ?? 'http://localhost/'), init);
  } catch (error) {
    if (init?.signal?.aborted) return failed('network', 'aborted', 'The request was cancelled.');
    return failed(
      'network',
      'network',
      `The PSA could not be reached (${error instanceof Error ? error.message : String(error)}). Check your connection.`,
    );
  }
  let body: unknown;
  try {
    body = format === 'text' && response.ok ? await response.text() : await response.json();
  } catch {
    return failed(
      response.status,
      'invalid_json',
      `The PSA answered ${response.status} with a body that is not JSON.`,
    );
  }
  if (!response.ok) {
    const detail =
      body && typeof body === 'object' && 'message' in body ? String(body.message) : '';
    return failed(
      response.status,
      `http_${response.status}`,
      `The PSA answered ${response.status}. ${detail}`.trim(),
      body,
    );
  }
  const parsed = read(body);
  return parsed.ok ? parsed : { ok: false, status: response.status, issues: parsed.issues };
}
