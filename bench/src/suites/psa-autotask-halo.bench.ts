import {
  autotaskTicketHistory,
  calendarFromHalo,
  haloTicketHistory,
  policyFromAutotask,
  policyFromHalo,
} from '@tandem/core/psa';
import { type CalendarSpec, computeSla, createCalendarRegistry } from '@tandem/core/sla';
import type { BenchSuite } from '../suite';

// The ConnectWise workload's shape for the other two PSAs, at a fifth of its size (no issue
// budget: a ratio to watch): 20,000 Autotask tickets with 10 TicketHistory entries each
// (UTC times with milliseconds), and 20,000 HaloPSA tickets with 10 actions each (local times
// without an offset, read in the site's Windows zone), adapted and their SLA computed.

const TICKETS = 20_000;
const START = Date.UTC(2026, 0, 5, 14);
const MINUTE = 60_000;
const STATUSES = ['New', 'In Progress', 'Waiting Customer', 'In Progress'];
const entered = (i: number) =>
  START + (i % 5_000) * 7 * MINUTE + Math.floor(i / 5_000) * 86_400_000;
const utc = (ms: number) => new Date(ms).toISOString();
// New York wall-clock time of an instant in January (UTC−5), written without an offset.
const local = (ms: number) => new Date(ms - 5 * 60 * MINUTE).toISOString().slice(0, 19);

function autotaskAt(i: number) {
  const created = entered(i);
  const history = [];
  for (let k = 0; k < 10; k++) {
    const kind = k % 5;
    const [action, detail] =
      kind === 0 || kind === 2
        ? ['Status Changed', `${STATUSES[k % 4]} > ${STATUSES[(k + 1) % 4]}`]
        : kind === 1
          ? ['Primary Resource Changed', `r${(i + k) % 10} > r${(i + k + 1) % 10}`]
          : kind === 3
            ? ['Description Changed', `d${k}`]
            : ['Queue Changed', 'Client Portal > Escalations'];
    history.unshift({
      id: k,
      ticketID: i,
      action,
      detail,
      date: utc(created + (k + 1) * 17 * MINUTE),
      resourceID: (i + k) % 10,
    });
  }
  const ticket = {
    id: i,
    createDate: utc(created),
    status: 8,
    priority: (i % 3) + 1,
    queueID: 2,
    assignedResourceID: (i + 10) % 10,
    serviceLevelAgreementID: 3,
    firstResponseDateTime: utc(created + 30 * MINUTE),
    ...(i % 2 === 0 ? { resolvedDateTime: utc(created + 300 * MINUTE) } : {}),
  };
  return { ticket, history };
}

function haloAt(i: number) {
  const created = entered(i);
  const actions = [];
  for (let k = 0; k < 10; k++) {
    const kind = k % 5;
    const change =
      kind === 0 || kind === 2
        ? { new_status: [1, 2, 4, 2][(k + 1) % 4] }
        : kind === 1
          ? { new_agent: ((i + k + 1) % 10) + 1 }
          : kind === 3
            ? { outcome: 'Note' }
            : { new_team: 'Escalations' };
    actions.unshift({
      id: k,
      ticket_id: i,
      who_agentid: ((i + k) % 10) + 1,
      datetime: local(created + (k + 1) * 17 * MINUTE),
      ...change,
    });
  }
  const ticket = {
    id: i,
    dateoccurred: local(created),
    status_id: 2,
    priority_id: (i % 3) + 1,
    sla_id: 3,
    agent_id: ((i + 10) % 10) + 1,
    team: 'Service Desk',
    responsedate: local(created + 30 * MINUTE),
    ...(i % 2 === 0 ? { dateclosed: local(created + 300 * MINUTE) } : {}),
    site_timezone: 'Eastern Standard Time',
  };
  return { ticket, actions };
}

// Generated on first use, so other suites' timings do not carry these payloads' weight.
let autotaskPayloads: ReturnType<typeof autotaskAt>[] | undefined;
let haloPayloads: ReturnType<typeof haloAt>[] | undefined;
function autotask() {
  autotaskPayloads ??= Array.from({ length: TICKETS }, (_, i) => autotaskAt(i));
  return autotaskPayloads;
}
function halo() {
  haloPayloads ??= Array.from({ length: TICKETS }, (_, i) => haloAt(i));
  return haloPayloads;
}
const priorities = { '1': 'High', '2': 'Medium', '3': 'Low' };
const atLabels = {
  statuses: { '1': 'New', '7': 'Waiting Customer', '8': 'In Progress' },
  priorities,
  queues: { '2': 'Client Portal' },
};
const haloLabels = { statuses: { '1': 'New', '2': 'In Progress', '4': 'On Hold' }, priorities };
const atParties = {
  members: Object.fromEntries(
    Array.from({ length: 10 }, (_, k) => [`r${k}`, k < 5 ? 'internal-it' : 'msp-noc']),
  ),
  boards: { 'Client Portal': 'internal-it', Escalations: 'msp-soc' },
};
const haloParties = {
  members: Object.fromEntries(
    Array.from({ length: 10 }, (_, k) => [`#${k + 1}`, k < 5 ? 'internal-it' : 'msp-noc']),
  ),
  teams: { 'Service Desk': 'internal-it', Escalations: 'msp-soc' },
};
const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const workday = calendarFromHalo({
  id: 1,
  timezone: 'Eastern Standard Time',
  ...Object.fromEntries(
    days.flatMap((d) => [
      [`${d}_start`, '08:00:00'],
      [`${d}_end`, '17:00:00'],
    ]),
  ),
  holidays: [{ name: 'New Year', date: '2026-01-01T00:00:00', allday: true }],
});
const atPolicy = policyFromAutotask(
  {
    id: 3,
    priorities: [1, 2, 3].map((priority) => ({
      priority,
      firstResponseHours: priority,
      resolvedHours: 4 * priority,
    })),
  },
  { calendarId: 'halo-workday-1', priorities, pauseStatuses: ['Waiting Customer'] },
);
const haloPolicy = policyFromHalo(
  { id: 3, workday_id: 1 },
  ['High', 'Medium', 'Low'].map((name, k) => ({
    slaid: 3,
    name,
    responsetime: k + 1,
    responseunits: 'H',
    fixtime: 4 * (k + 1),
    fixunits: 'H',
  })),
  { pauseStatuses: ['On Hold'] },
);
if (!workday.ok || !atPolicy.ok || !haloPolicy.ok)
  throw new Error('[bench] the Halo workday or the SLAs did not convert');
const calendars = createCalendarRegistry([workday.value as CalendarSpec]);
const NOW = START + 40 * 86_400_000;

function tally(
  histories: Iterable<Parameters<typeof computeSla>[1]>,
  policy: Parameters<typeof computeSla>[0],
) {
  let breached = 0;
  let met = 0;
  for (const history of histories) {
    const sla = computeSla(policy, history, NOW, { calendars, timeline: false });
    if (sla.clocks.resolution?.state === 'breached') breached++;
    if (sla.clocks.response?.state === 'met') met++;
  }
  return { breached, met };
}

export const psaOtherSuite: BenchSuite = {
  name: 'psa-autotask-halo',
  groups: [
    {
      name: 'psa: Autotask → history + computeSla, 20,000 tickets × 10 history entries',
      cases: [
        {
          name: '@tandem/core autotaskTicketHistory + computeSla',
          subject: true,
          run: () =>
            tally(
              autotask().map(({ ticket, history }) => {
                const result = autotaskTicketHistory(ticket, history, {
                  parties: atParties,
                  labels: atLabels,
                });
                if (!result.ok)
                  throw new Error(`[bench] Autotask ticket ${ticket.id} did not convert`);
                return result.value.history;
              }),
              atPolicy.value,
            ),
        },
      ],
    },
    {
      name: 'psa: HaloPSA → history + computeSla, 20,000 tickets × 10 actions',
      cases: [
        {
          name: '@tandem/core haloTicketHistory + computeSla',
          subject: true,
          run: () =>
            tally(
              halo().map(({ ticket, actions }) => {
                const result = haloTicketHistory(ticket, actions, {
                  parties: haloParties,
                  labels: haloLabels,
                });
                if (!result.ok) throw new Error(`[bench] Halo ticket ${ticket.id} did not convert`);
                return result.value.history;
              }),
              haloPolicy.value,
            ),
        },
      ],
    },
  ],
};
