import { parseMatrix } from '@tandem/core';
import { parsePolicy, parseRouting } from '@tandem/react/escalation-flow';
import { delay, HttpResponse, http } from 'msw';
import { connectwisePaths, etagOf, psaEndpoints, versionOfEtag } from '../api/endpoints';
import { withColleagueEdit } from './colleague-edit';
import { cwCalendarsJson, cwCompaniesJson, cwHolidaysJson } from './data/connectwise-calendars';
import { cwHistoryAuditTrailJson, cwHistoryTicketsJson } from './data/connectwise-history';
import { cwSlaPrioritiesJson, cwSlasJson } from './data/connectwise-slas';
import { cwAuditTrailJson, cwTicketsJson, QUEUE_AS_OF } from './data/connectwise-tickets';
import { englandAndWalesIcs } from './data/england-and-wales-ics';
import { createPsaStore, type PsaStorage, type StoredAuditRecord } from './psa-store';
import { type PsaMockSettings, type PsaResource, setSaveFailure } from './settings';

type Resource = 'matrix' | 'escalation';

const incomingChanges = (body: unknown): { actor: string; at: string; change: unknown }[] => {
  const list = body && typeof body === 'object' && 'changes' in body ? body.changes : undefined;
  return Array.isArray(list)
    ? list.filter(
        (item): item is { actor: string; at: string; change: unknown } =>
          !!item &&
          typeof item.actor === 'string' &&
          typeof item.at === 'string' &&
          typeof item.change === 'object',
      )
    : [];
};

/**
 * ConnectWise's `conditions` for the date range the review asks for:
 * `dateEntered>=[…] and dateEntered<[…]`. Other conditions are not understood by the mock.
 */
const enteredBetween = (conditions: string) => {
  const bound = (op: string) => {
    const match = new RegExp(`dateEntered\\s*${op}\\s*\\[([^\\]]+)\\]`).exec(conditions);
    return match?.[1] ? Date.parse(match[1]) : undefined;
  };
  const from = bound('>=') ?? Number.NEGATIVE_INFINITY;
  const to = bound('<') ?? Number.POSITIVE_INFINITY;
  return (ticket: { _info: { dateEntered: string } }) => {
    const at = Date.parse(ticket._info.dateEntered);
    return at >= from && at < to;
  };
};

/** Every Contoso ticket the PSA holds, oldest first: the history, then the open queue's. */
const allTickets = [
  ...cwHistoryTicketsJson,
  ...cwTicketsJson.filter((ticket) => ticket.company.identifier === 'Contoso'),
];

const problem = (status: number, code: string, message: string, extra: object = {}) =>
  HttpResponse.json({ code, message, ...extra }, { status });

/**
 * The mocked PSA REST API. `settings` is read on every request, so the page can slow it down,
 * take resources down or make saves fail while running. State lives in `storage` (the
 * browser's localStorage, so a reload finds what was saved) or in memory when none is given.
 */
export function createPsaHandlers(settings: PsaMockSettings, storage?: PsaStorage) {
  const store = createPsaStore(storage);

  /** The answer every request gets first: offline, slow, or the resource down. */
  const gate = async (resource: PsaResource) => {
    await delay(settings.latencyMs);
    if (settings.saves.has('offline')) return HttpResponse.error();
    if (settings.failing.has(resource))
      return problem(503, 'psa_unavailable', `The PSA's ${resource} service is unavailable.`);
    return undefined;
  };

  /** A PUT of a versioned resource: `If-Match` must name the stored version. */
  const put = (resource: Resource, validate: (body: unknown) => string | undefined) =>
    http.put(`*${psaEndpoints[resource]}`, async ({ request }) => {
      const down = await gate(resource);
      if (down) return down;
      if (settings.saves.has('save-500'))
        return problem(
          500,
          'psa_error',
          'The PSA hit an internal error while saving, and stored nothing.',
        );
      if (resource === 'matrix' && settings.saves.has('save-409')) {
        setSaveFailure(settings, 'save-409', false);
        store.write(withColleagueEdit(store.read(), new Date()));
      }
      const state = store.read();
      const stored = state[resource];
      const base = versionOfEtag(request.headers.get('If-Match'));
      if (base === undefined)
        return problem(428, 'precondition_required', 'Send If-Match with the version you edited.');
      if (base !== stored.version)
        return problem(
          409,
          'version_conflict',
          `${stored.savedBy} saved version ${stored.version} after the version ${base} your edits started from.`,
          {
            current: stored,
            changes: state.audit.filter((r) => r.resource === resource && r.version > base),
          },
        );
      const body: unknown = await request.json().catch(() => undefined);
      const invalid = validate(body);
      if (invalid) return problem(422, `invalid_${resource}`, invalid);
      const changes = incomingChanges(body);
      const version = stored.version + 1;
      const meta = {
        version,
        savedAt: new Date().toISOString(),
        savedBy: changes[0]?.actor ?? 'Portal user',
      };
      const audit: StoredAuditRecord[] = changes.map((item, n) => ({
        id: `${resource}-${version}-${n}`,
        resource,
        version,
        ...item,
      }));
      const content = body as Record<string, unknown>;
      const next =
        resource === 'matrix'
          ? {
              ...state,
              matrix: { ...meta, matrix: content.matrix },
              versions: [...state.versions, { ...meta, matrix: content.matrix }],
              audit: [...state.audit, ...audit],
            }
          : {
              ...state,
              escalation: { ...meta, policy: content.policy, routing: content.routing },
              audit: [...state.audit, ...audit],
            };
      store.write(next);
      return HttpResponse.json(next[resource], { headers: { ETag: etagOf(version) } });
    });

  const issuesText = (issues: readonly { message: string }[]) =>
    issues.map((issue) => issue.message).join(' ');

  // Patterns start with * so that they match on any origin, in the browser and in Node.
  return [
    http.get(`*${psaEndpoints.versions}`, async () => {
      return (await gate('versions')) ?? HttpResponse.json(store.read().versions);
    }),
    http.get(`*${psaEndpoints.matrix}`, async () => {
      const down = await gate('matrix');
      if (down) return down;
      const { matrix } = store.read();
      return HttpResponse.json(matrix, { headers: { ETag: etagOf(matrix.version) } });
    }),
    put('matrix', (body) => {
      const matrix = body && typeof body === 'object' && 'matrix' in body ? body.matrix : body;
      const parsed = parseMatrix(matrix);
      return parsed.ok ? undefined : `The matrix was rejected: ${issuesText(parsed.issues)}`;
    }),
    http.get(`*${psaEndpoints.escalation}`, async () => {
      const down = await gate('escalation');
      if (down) return down;
      const { escalation } = store.read();
      return HttpResponse.json(escalation, { headers: { ETag: etagOf(escalation.version) } });
    }),
    put('escalation', (body) => {
      const value = (body ?? {}) as { policy?: unknown; routing?: unknown };
      const policy = parsePolicy(value.policy);
      const routing = parseRouting(value.routing);
      const issues = [...(policy.ok ? [] : policy.issues), ...(routing.ok ? [] : routing.issues)];
      return issues.length > 0 ? `The policy was rejected: ${issuesText(issues)}` : undefined;
    }),
    http.get(`*${psaEndpoints.audit}`, async () => {
      return (await gate('audit')) ?? HttpResponse.json(store.read().audit);
    }),
    // ConnectWise PSA's own paths and shapes; the portal reads them through the core's adapters.
    http.get(`*${connectwisePaths.clock}`, async () => {
      return (await gate('tickets')) ?? HttpResponse.json({ asOf: QUEUE_AS_OF });
    }),
    // Without conditions, the open queue; with a `dateEntered` range, Contoso's tickets of it.
    http.get(`*${psaEndpoints.tickets}`, async ({ request }) => {
      const down = await gate('tickets');
      if (down) return down;
      const conditions = new URL(request.url).searchParams.get('conditions');
      return HttpResponse.json(
        conditions ? allTickets.filter(enteredBetween(conditions)) : cwTicketsJson,
      );
    }),
    http.get(`*${connectwisePaths.auditTrail}`, async ({ request }) => {
      const down = await gate('tickets');
      if (down) return down;
      const params = new URL(request.url).searchParams;
      const id = Number(params.get('id'));
      const trail = cwAuditTrailJson.get(id) ?? cwHistoryAuditTrailJson.get(id);
      if (params.get('type') !== 'Ticket' || !trail)
        return problem(404, 'NotFound', 'No ticket audit trail with that id.');
      return HttpResponse.json(trail);
    }),
    http.get(`*${psaEndpoints.slaPolicies}`, async () => {
      return (await gate('slaPolicies')) ?? HttpResponse.json(cwSlasJson);
    }),
    http.get(`*${connectwisePaths.slaPriorities(':id')}`, async ({ params }) => {
      const down = await gate('slaPolicies');
      if (down) return down;
      const priorities = cwSlaPrioritiesJson[Number(params.id)];
      return priorities
        ? HttpResponse.json(priorities)
        : problem(404, 'NotFound', `No SLA ${String(params.id)}.`);
    }),
    http.get(`*${psaEndpoints.calendars}`, async () => {
      return (await gate('calendars')) ?? HttpResponse.json(cwCalendarsJson);
    }),
    http.get(`*${connectwisePaths.holidays(':id')}`, async ({ params }) => {
      const down = await gate('calendars');
      if (down) return down;
      const holidays = cwHolidaysJson[Number(params.id)];
      return holidays
        ? HttpResponse.json(holidays)
        : problem(404, 'NotFound', `No holiday list ${String(params.id)}.`);
    }),
    http.get(`*${connectwisePaths.companies}`, async () => {
      return (await gate('calendars')) ?? HttpResponse.json(cwCompaniesJson);
    }),
    // GOV.UK's bank-holiday feed, mirrored: iCalendar text, not JSON.
    http.get('*/api/psa/bank-holidays/england-and-wales.ics', async () => {
      return (
        (await gate('calendars')) ??
        new HttpResponse(englandAndWalesIcs, {
          headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
        })
      );
    }),
  ];
}
