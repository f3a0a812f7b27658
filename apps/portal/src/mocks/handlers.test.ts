import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchPsa, psaEndpoints } from '../api/psa-client';
import { psaMatrixSchema, psaSlaPoliciesSchema, psaTicketsSchema } from '../api/schemas';
import { createPsaHandlers } from './handlers';
import { type PsaMockSettings, readPsaMockSettings } from './settings';

const settings: { current: PsaMockSettings } = {
  current: { latencyMs: 0, failing: new Set() },
};
// A live view so each test can change the settings the handlers read.
const live: PsaMockSettings = {
  get latencyMs() {
    return settings.current.latencyMs;
  },
  get failing() {
    return settings.current.failing;
  },
};
const server = setupServer(...createPsaHandlers(live));
const base = 'http://psa.test';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  settings.current = { latencyMs: 0, failing: new Set() };
});
afterAll(() => server.close());

describe('the mocked PSA API', () => {
  it('serves a matrix, tickets and SLA policies that match their schemas', async () => {
    const matrix = await fetchPsa(base + psaEndpoints.matrix, psaMatrixSchema);
    const tickets = await fetchPsa(base + psaEndpoints.tickets, psaTicketsSchema);
    const policies = await fetchPsa(base + psaEndpoints.slaPolicies, psaSlaPoliciesSchema);
    expect(matrix.ok && matrix.value.rows).toHaveLength(14);
    expect(tickets.ok && tickets.value.length).toBeGreaterThan(0);
    expect(policies.ok && policies.value.map((p) => p.priority)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });

  it('answers 503 with a message for an endpoint in outage, leaving the others up', async () => {
    settings.current = { latencyMs: 0, failing: new Set(['tickets']) };
    const tickets = await fetchPsa(base + psaEndpoints.tickets, psaTicketsSchema);
    expect(tickets).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'http_503',
          message: "The PSA answered 503. The PSA's tickets service is unavailable.",
        },
      ],
    });
    const matrix = await fetchPsa(base + psaEndpoints.matrix, psaMatrixSchema);
    expect(matrix.ok).toBe(true);
  });

  it('waits for the configured latency', async () => {
    settings.current = { latencyMs: 120, failing: new Set() };
    const started = performance.now();
    await fetchPsa(base + psaEndpoints.slaPolicies, psaSlaPoliciesSchema);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('stores a valid matrix and rejects an invalid one with 422', async () => {
    const url = base + psaEndpoints.matrix;
    const current = await fetchPsa(url, psaMatrixSchema);
    if (!current.ok) throw new Error('matrix did not load');
    const renamed = { ...current.value, name: 'Renamed' };
    const saved = await fetchPsa(url, psaMatrixSchema, {
      method: 'PUT',
      body: JSON.stringify(renamed),
    });
    expect(saved.ok && saved.value.name).toBe('Renamed');

    const rejected = await fetchPsa(url, psaMatrixSchema, {
      method: 'PUT',
      body: JSON.stringify({ ...renamed, rows: 'nope' }),
    });
    expect(rejected.ok).toBe(false);
    expect(!rejected.ok && rejected.issues[0]?.code).toBe('http_422');
    const after = await fetchPsa(url, psaMatrixSchema);
    expect(after.ok && after.value.name).toBe('Renamed');
  });
});

describe('fetchPsa', () => {
  it('reports a body that does not match the schema with the path of the bad value', async () => {
    const result = await fetchPsa(base + psaEndpoints.tickets, psaMatrixSchema);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.path).toEqual([]);
    expect(!result.ok && result.issues[0]?.code).toBe('invalid_type');
  });

  it('reports an unreachable PSA as an issue instead of throwing', async () => {
    server.close();
    try {
      const result = await fetchPsa('http://127.0.0.1:1/api/psa/matrix', psaMatrixSchema);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]?.code).toBe('network');
    } finally {
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('readPsaMockSettings', () => {
  it('reads latency and failing endpoints from the query string', () => {
    const read = readPsaMockSettings('?latency=0&fail=matrix,tickets,bogus');
    expect(read.latencyMs).toBe(0);
    expect([...read.failing]).toEqual(['matrix', 'tickets']);
  });

  it('takes everything down with fail=all and falls back on a bad latency', () => {
    const read = readPsaMockSettings('?latency=-5&fail=all', 350);
    expect(read.latencyMs).toBe(350);
    expect(read.failing.size).toBe(3);
  });
});
