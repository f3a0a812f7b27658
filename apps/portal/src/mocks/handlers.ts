import { delay, HttpResponse, http } from 'msw';
import { type PsaEndpoint, psaEndpoints } from '../api/psa-client';
import type { PsaMatrix } from '../api/schemas';
import { psaMatrixSchema } from '../api/schemas';
import { demoMatrix, demoSlaPolicies, demoTickets } from './data';
import type { PsaMockSettings } from './settings';

/**
 * The mocked PSA REST API. `settings` is read on every request, so a page can slow it down or
 * take an endpoint offline while running.
 */
export function createPsaHandlers(settings: PsaMockSettings) {
  // Each handler set owns its data, so tests and page loads never share edits.
  let matrix: PsaMatrix = structuredClone(demoMatrix);

  const outage = (endpoint: PsaEndpoint) =>
    settings.failing.has(endpoint)
      ? HttpResponse.json(
          { code: 'psa_unavailable', message: `The PSA's ${endpoint} service is unavailable.` },
          { status: 503 },
        )
      : undefined;

  // Patterns start with * so that they match on any origin, in the browser and in Node.
  return [
    http.get(`*${psaEndpoints.matrix}`, async () => {
      await delay(settings.latencyMs);
      return outage('matrix') ?? HttpResponse.json(matrix);
    }),
    http.put(`*${psaEndpoints.matrix}`, async ({ request }) => {
      await delay(settings.latencyMs);
      const down = outage('matrix');
      if (down) return down;
      const parsed = psaMatrixSchema.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success) {
        return HttpResponse.json(
          {
            code: 'invalid_matrix',
            message: 'The matrix was rejected.',
            issues: parsed.error.issues,
          },
          { status: 422 },
        );
      }
      matrix = parsed.data;
      return HttpResponse.json(matrix);
    }),
    http.get(`*${psaEndpoints.tickets}`, async () => {
      await delay(settings.latencyMs);
      return outage('tickets') ?? HttpResponse.json(demoTickets);
    }),
    http.get(`*${psaEndpoints.slaPolicies}`, async () => {
      await delay(settings.latencyMs);
      return outage('slaPolicies') ?? HttpResponse.json(demoSlaPolicies);
    }),
  ];
}
