import type { MatrixChange } from '@tandem/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  loadAudit,
  loadEscalation,
  loadMatrix,
  loadServiceConfig,
  loadTickets,
  loadVersions,
  saveEscalation,
  saveMatrix,
} from '../api/psa-client';
import { createPsaHandlers } from './handlers';
import { readPsaMockSettings } from './settings';

// The mocked PSA through the portal's own client, as the page uses it: every call resolves
// with a parsed value or issues. State lives in memory, fresh for each test.

const settings = readPsaMockSettings('?latency=0');
let handlers = createPsaHandlers(settings);
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  settings.failing.clear();
  settings.saves.clear();
  settings.latencyMs = 0;
  handlers = createPsaHandlers(settings);
  server.resetHandlers(...handlers);
});
afterAll(() => server.close());

const DANA = 'Dana Whitfield (Contoso IT)';
const rename: MatrixChange = { type: 'renameRow', rowId: 'backup', name: 'Backups and restores' };

async function loaded() {
  const result = await loadMatrix();
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.value;
}

describe('the mocked PSA API', () => {
  it('serves the matrix, versions, audit, escalation, tickets and SLA policies, all parseable', async () => {
    const matrix = await loaded();
    expect(matrix.matrix.rows).toHaveLength(17);
    expect(matrix.version).toBe(7);
    const versions = await loadVersions();
    expect(versions.ok && versions.value.map((v) => v.version)).toEqual([3, 5, 7]);
    const audit = await loadAudit();
    expect(audit.ok && audit.value.length).toBeGreaterThan(0);
    const escalation = await loadEscalation();
    expect(escalation.ok && escalation.value.value.routing.rules.length).toBeGreaterThan(0);
    const tickets = await loadTickets();
    expect(tickets.ok && tickets.value.tickets.map((t) => t.id)).toContain('#1044');
    const service = await loadServiceConfig();
    expect(service.ok && Object.keys(service.value.policies[0]?.priorities ?? {})).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
    ]);
  });

  it('answers 503 with a message for a resource in outage, leaving the others up', async () => {
    settings.failing.add('tickets');
    const tickets = await loadTickets();
    expect(tickets).toMatchObject({
      ok: false,
      status: 503,
      issues: [
        {
          code: 'http_503',
          message: "The PSA answered 503. The PSA's tickets service is unavailable.",
        },
      ],
    });
    expect((await loadMatrix()).ok).toBe(true);
  });

  it('waits for the configured latency', async () => {
    settings.latencyMs = 120;
    const started = performance.now();
    await loadMatrix();
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('saves over the current version: a new version, in the versions list and the audit trail', async () => {
    const before = await loaded();
    const outcome = await saveMatrix(before.version, before.matrix, [
      { actor: DANA, at: '2026-12-01T10:00:00Z', change: rename },
    ]);
    expect(outcome.kind).toBe('saved');
    expect(outcome.kind === 'saved' && outcome.saved.version).toBe(8);
    expect((await loaded()).version).toBe(8);
    const versions = await loadVersions();
    expect(versions.ok && versions.value.at(-1)?.savedBy).toBe(DANA);
    const audit = await loadAudit();
    expect(audit.ok && audit.value.at(-1)).toMatchObject({
      version: 8,
      actor: DANA,
      change: rename,
    });
  });

  it('refuses a save over an old version with 409, the current version and what changed', async () => {
    const before = await loaded();
    settings.saves.add('save-409');
    const outcome = await saveMatrix(before.version, before.matrix, [
      { actor: DANA, at: '2026-12-01T10:00:00Z', change: rename },
    ]);
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind !== 'conflict') return;
    expect(outcome.current.version).toBe(8);
    expect(outcome.theirs.map((record) => record.change.type)).toEqual(['renameRow', 'setCell']);
    // The switch fires once: saving over the version the conflict returned now works.
    expect(settings.saves.has('save-409')).toBe(false);
    const retried = await saveMatrix(outcome.current.version, outcome.current.matrix, []);
    expect(retried.kind === 'saved' && retried.saved.version).toBe(9);
  });

  it('stores nothing when the PSA fails with 500, and says so', async () => {
    const before = await loaded();
    settings.saves.add('save-500');
    const outcome = await saveMatrix(before.version, before.matrix, []);
    expect(outcome).toMatchObject({ kind: 'failed', offline: false, status: 500 });
    expect((await loaded()).version).toBe(before.version);
  });

  it('reports offline as a network failure on reads and saves alike', async () => {
    settings.saves.add('offline');
    const read = await loadMatrix();
    expect(read).toMatchObject({ ok: false, status: 'network' });
    const outcome = await saveMatrix(
      7,
      { variant: 'raci', parties: [], categories: [], rows: [] },
      [],
    );
    expect(outcome).toMatchObject({ kind: 'failed', offline: true });
  });

  it('rejects an invalid matrix with 422 and a save without If-Match with 428', async () => {
    const invalid = await fetch('http://localhost/api/psa/matrix', {
      method: 'PUT',
      headers: { 'If-Match': '"7"' },
      body: JSON.stringify({ matrix: { rows: 'nope' } }),
    });
    expect(invalid.status).toBe(422);
    const unconditional = await fetch('http://localhost/api/psa/matrix', {
      method: 'PUT',
      body: JSON.stringify({ matrix: (await loaded()).matrix }),
    });
    expect(unconditional.status).toBe(428);
    expect((await loaded()).version).toBe(7);
  });

  it('saves the escalation policy with its own versions', async () => {
    const before = await loadEscalation();
    if (!before.ok) throw new Error('escalation did not load');
    const outcome = await saveEscalation(before.value.version, before.value.value, []);
    expect(outcome.kind === 'saved' && outcome.saved.version).toBe(before.value.version + 1);
  });
});

describe('readPsaMockSettings', () => {
  it('reads latency, failing resources and save failures from the query string', () => {
    const read = readPsaMockSettings('?latency=0&fail=matrix,tickets,save-409,bogus');
    expect(read.latencyMs).toBe(0);
    expect([...read.failing]).toEqual(['matrix', 'tickets']);
    expect([...read.saves]).toEqual(['save-409']);
  });

  it('takes every resource down with fail=all and falls back on a bad latency', () => {
    const read = readPsaMockSettings('?latency=-5&fail=all', 350);
    expect(read.latencyMs).toBe(350);
    expect(read.failing.size).toBe(7);
  });
});
