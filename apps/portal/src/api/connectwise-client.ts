import type { Issue, ParseResult } from '@tandem/core';
import { calendarFromIcs } from '@tandem/core/ics';
import {
  calendarFromConnectWise,
  connectwiseTicketHistory,
  type PsaLost,
  policyFromConnectWise,
} from '@tandem/core/psa';
import {
  type CalendarSpec,
  createCalendarRegistry,
  type SlaPolicy,
} from '@tandem/react/sla-timeline';
import { z } from 'zod';
import {
  type CalendarBinding,
  categoryOfType,
  connectwiseCalendars,
  connectwiseParties,
  MY_CALENDAR_ID,
  PAUSE_STATUSES,
  sourceOfSource,
} from './connectwise-setup';
import { connectwisePaths, psaEndpoints } from './endpoints';
import { fetchPsa, type PsaResponse } from './fetch-psa';
import type { ServiceConfig, TicketQueue, TicketRecord } from './types';

// The portal's ConnectWise client: tickets with their audit trails, SLAs with their priorities,
// calendars with their holidays — each payload turned into Tandem's data by the core's adapters
// (`connectwiseTicketHistory`, `policyFromConnectWise`, `calendarFromConnectWise`,
// `calendarFromIcs`), never by the portal. zod reads only what the adapters do not: the list
// envelopes, and the ticket fields routing needs (summary, type, source, the VIP field).

const raw = (body: unknown): ParseResult<unknown> => ({ ok: true, value: body });
const fail = (issues: readonly Issue[]): PsaResponse<never> => ({
  ok: false,
  status: 200,
  issues,
});
const under = (prefix: (string | number)[], issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
const zodIssues = (error: z.ZodError, prefix: (string | number)[]): Issue[] =>
  error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    code: issue.code,
    message: issue.message,
  }));
const notes = (prefix: (string | number)[], items: readonly PsaLost[]): PsaLost[] =>
  items.map((item) => ({ ...item, path: [...prefix, ...item.path] }));

const idSchema = z.union([z.number(), z.string()]);
const refName = z.object({ name: z.string().nullish() }).nullish();
const ticketFields = z.looseObject({
  id: idSchema,
  summary: z.string().nullish(),
  type: refName,
  source: refName,
  customFields: z
    .array(z.looseObject({ caption: z.string().nullish(), value: z.unknown() }))
    .nullish(),
});
const list = z.array(z.looseObject({ id: idSchema }));
const clockSchema = z.object({ asOf: z.iso.datetime({ offset: true }) });

async function all<T>(
  items: readonly unknown[],
  load: (item: unknown, index: number) => Promise<PsaResponse<T>>,
): Promise<PsaResponse<T[]>> {
  const results = await Promise.all(items.map(load));
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) return failed;
  return { ok: true, value: results.flatMap((result) => (result.ok ? [result.value] : [])) };
}

/**
 * The queue: every ticket of `GET /service/tickets` with its audit trail, through
 * `connectwiseTicketHistory` with the portal's party mapping. A ticket the adapter refuses
 * stops the load with its issues (under `tickets/<index>`); what it could not carry over is
 * in each record's `report`. `conditions` (ConnectWise's query language, e.g. a `dateEntered`
 * range, made from the PSA's "now") asks for those tickets instead of the open queue.
 *
 * @example
 * const queue = await loadTickets();
 * if (queue.ok) queue.value.tickets[0]?.history;
 */
export async function loadTickets(
  init?: RequestInit,
  conditions?: (asOf: number) => string,
): Promise<PsaResponse<TicketQueue>> {
  const clock = await fetchPsa(connectwisePaths.clock, raw, init);
  if (!clock.ok) return clock;
  const now = clockSchema.safeParse(clock.value);
  if (!now.success) return fail(zodIssues(now.error, ['clock']));
  const query = conditions
    ? `?conditions=${encodeURIComponent(conditions(Date.parse(now.data.asOf)))}`
    : '';
  const tickets = await fetchPsa(`${psaEndpoints.tickets}${query}`, raw, init);
  if (!tickets.ok) return tickets;
  const shape = z.array(ticketFields).safeParse(tickets.value);
  if (!shape.success) return fail(zodIssues(shape.error, ['tickets']));
  const records = await all(shape.data, async (item, index): Promise<PsaResponse<TicketRecord>> => {
    const fields = item as z.infer<typeof ticketFields>;
    const trailUrl = `${connectwisePaths.auditTrail}?type=Ticket&id=${encodeURIComponent(String(fields.id))}`;
    const trail = await fetchPsa(trailUrl, raw, init);
    if (!trail.ok) return trail;
    const read = connectwiseTicketHistory(item, trail.value, { parties: connectwiseParties });
    if (!read.ok) return fail(under(['tickets', index], read.issues));
    const { history, attributes } = read.value;
    const first = history[0];
    const vip = fields.customFields?.find((f) => f.caption === 'VIP')?.value === true;
    const source = sourceOfSource[fields.source?.name ?? ''] ?? 'user';
    return {
      ok: true,
      value: {
        id: `#${read.value.id}`,
        title: fields.summary ?? `Ticket ${read.value.id}`,
        categoryId: categoryOfType[fields.type?.name ?? ''] ?? 'helpdesk',
        priority: first?.type === 'created' ? first.priority : '',
        vip,
        source,
        attributes,
        history,
        report: {
          lost: notes(['tickets', index], read.report.lost),
          inferred: notes(['tickets', index], read.report.inferred),
        },
      },
    };
  });
  if (!records.ok) return records;
  return { ok: true, value: { asOf: Date.parse(now.data.asOf), tickets: records.value } };
}

const calendarFields = z.looseObject({
  id: z.number(),
  holidayList: z.object({ id: idSchema }).nullish(),
});
const companyFields = z.looseObject({
  calendar: z.object({ id: z.number() }).nullish(),
  timeZoneSetup: z.object({ name: z.string() }).nullish(),
});

/** One bound calendar: ConnectWise's calendar and holidays, then its iCalendar feed if any. */
async function loadCalendar(
  calendar: z.infer<typeof calendarFields>,
  binding: CalendarBinding,
  timeZoneName: string | undefined,
  index: number,
  init: RequestInit | undefined,
): Promise<PsaResponse<{ spec: CalendarSpec; lost: PsaLost[] }>> {
  const path = ['calendars', index];
  let holidays: unknown = [];
  if (calendar.holidayList) {
    const read = await fetchPsa(connectwisePaths.holidays(calendar.holidayList.id), raw, init);
    if (!read.ok) return read;
    holidays = read.value;
  }
  // A calendar no company uses (the MSP's own) keeps the zone of the MSP's office.
  const zone = timeZoneName ?? 'GMT-5/Eastern Time: US & Canada';
  const converted = calendarFromConnectWise(calendar, holidays, { timeZoneName: zone });
  if (!converted.ok) return fail(under(path, converted.issues));
  const lost = notes(path, converted.report.lost);
  const spec = { ...converted.value, id: binding.id };
  if (!binding.holidayFeed) return { ok: true, value: { spec, lost } };
  const feed = await fetchPsa(binding.holidayFeed, raw, init, 'text');
  if (!feed.ok) return feed;
  const withFeed = calendarFromIcs(feed.value, spec);
  if (!withFeed.ok) return fail(under([...path, 'holidayFeed'], withFeed.issues));
  const feedLost = withFeed.report.lost.map((loss) => ({
    path: [...path, 'holidayFeed', ...loss.path],
    message: loss.message,
  }));
  return { ok: true, value: { spec: withFeed.value, lost: [...lost, ...feedLost] } };
}

/**
 * Calendars, then the SLA policies counted on them: `GET /schedule/calendars` (with holiday
 * lists and, for a calendar bound to one, an iCalendar feed), the companies' time-zone setups,
 * and `GET /service/SLAs` with each SLA's priorities.
 *
 * @example
 * const service = await loadServiceConfig();
 * if (service.ok) service.value.policies.map((policy) => policy.when?.sla);
 */
export async function loadServiceConfig(init?: RequestInit): Promise<PsaResponse<ServiceConfig>> {
  const [calendars, companies] = await Promise.all([
    fetchPsa(psaEndpoints.calendars, raw, init),
    fetchPsa(connectwisePaths.companies, raw, init),
  ]);
  if (!calendars.ok) return calendars;
  if (!companies.ok) return companies;
  const calendarList = z.array(calendarFields).safeParse(calendars.value);
  if (!calendarList.success) return fail(zodIssues(calendarList.error, ['calendars']));
  const companyList = z.array(companyFields).safeParse(companies.value);
  if (!companyList.success) return fail(zodIssues(companyList.error, ['companies']));
  const zoneOf = new Map(
    companyList.data.flatMap((c) =>
      c.calendar && c.timeZoneSetup ? [[c.calendar.id, c.timeZoneSetup.name] as const] : [],
    ),
  );
  const loaded = await all(calendarList.data, (item, index) => {
    const calendar = item as z.infer<typeof calendarFields>;
    const binding = connectwiseCalendars[calendar.id];
    if (!binding) return Promise.resolve({ ok: true, value: undefined } as const);
    return loadCalendar(calendar, binding, zoneOf.get(calendar.id), index, init);
  });
  if (!loaded.ok) return loaded;
  const bound = loaded.value.flatMap((entry) => (entry ? [entry] : []));
  const specs = bound.map((entry) => entry.spec);
  const registry = createCalendarRegistry(specs);

  const slas = await fetchPsa(psaEndpoints.slaPolicies, raw, init);
  if (!slas.ok) return slas;
  const slaList = list.safeParse(slas.value);
  if (!slaList.success) return fail(zodIssues(slaList.error, ['slas']));
  const policies = await all(
    slaList.data,
    async (sla, index): Promise<PsaResponse<{ policy: SlaPolicy; lost: PsaLost[] }>> => {
      const id = (sla as { id: number | string }).id;
      const priorities = await fetchPsa(connectwisePaths.slaPriorities(id), raw, init);
      if (!priorities.ok) return priorities;
      const custom = (sla as { customCalendar?: { id?: number } }).customCalendar?.id;
      const customCalendarId = custom === undefined ? undefined : connectwiseCalendars[custom]?.id;
      const read = policyFromConnectWise(sla, priorities.value, {
        myCalendarId: MY_CALENDAR_ID,
        ...(customCalendarId ? { customCalendarId } : {}),
        pauseStatuses: PAUSE_STATUSES,
      });
      if (!read.ok) return fail(under(['slas', index], read.issues));
      return {
        ok: true,
        value: { policy: read.value, lost: notes(['slas', index], read.report.lost) },
      };
    },
  );
  if (!policies.ok) return policies;
  return {
    ok: true,
    value: {
      calendars: registry,
      calendarSpecs: specs,
      policies: policies.value.map((entry) => entry.policy),
      lost: [...bound.flatMap((entry) => entry.lost), ...policies.value.flatMap((e) => e.lost)],
    },
  };
}
