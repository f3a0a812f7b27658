import type { Matrix, Party, Row } from '@tandem/core';
import {
  type ReviewPeriod,
  type ReviewTicket,
  type ServiceReview,
  type ServiceReviewInput,
  serviceReview,
} from '@tandem/core/review';
import type { CalendarSpec, SlaPolicy, TicketEvent } from '@tandem/core/sla';
import { seededRandom } from '@tandem/fixtures';
import { calendars, policy, parties as slaParties } from '../../sla-timeline/stories/sla-fixtures';

// Quarters of realistic tickets for the stories, the tests and the browser bench: Contoso's
// internal IT with Northwind's desk and NOC, tickets opened in working hours (the NOC's at any
// hour), answered, paused on the customer, handed across the boundary and resolved — each
// quarter generated from a seed, so every run reads the same figures.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rows = (patchingDoer: string): Row[] => {
  const row = (id: string, name: string, categoryId: string, doer: string): Row => ({
    id,
    name,
    categoryId,
    kind: 'task',
    cells:
      doer === 'internal-it'
        ? { 'internal-it': { roles: ['R', 'A'] } }
        : { [doer]: { roles: ['R'] }, 'internal-it': { roles: ['A'] } },
  });
  return [
    row('password-resets', 'Password resets', 'helpdesk', 'msp-desk'),
    row('endpoint-support', 'Laptop and desktop support', 'helpdesk', 'msp-desk'),
    row('m365', 'Microsoft 365 issues', 'helpdesk', 'msp-desk'),
    row('vip-support', 'VIP and executive support', 'helpdesk', 'internal-it'),
    row('security-monitoring', 'Security monitoring', 'security', 'msp-noc'),
    row('network', 'Network and Wi-Fi', 'infrastructure', 'internal-it'),
    row('server-patching', 'Server patching', 'infrastructure', patchingDoer),
    row('backup-monitoring', 'Backup monitoring', 'backup-dr', 'msp-noc'),
  ];
};

const categories = [
  { id: 'helpdesk', name: 'Help desk' },
  { id: 'security', name: 'Security' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'backup-dr', name: 'Backup and DR' },
];

const reviewParties: Party[] = slaParties.filter((party) => party.id !== 'msp-night');

/**
 * Contoso's matrix this quarter: the MSP patches the servers.
 *
 * @example
 * reviewMatrix.rows.find((row) => row.id === 'server-patching')?.cells['msp-noc']; // { roles: ['R'] }
 */
export const reviewMatrix: Matrix = {
  name: 'Contoso and Northwind',
  variant: 'raci',
  parties: reviewParties,
  categories,
  rows: rows('msp-noc'),
};

/**
 * The matrix as last quarter's review left it: internal IT patched the servers. Against
 * {@link reviewMatrix} it is scope drift.
 *
 * @example
 * serviceReview({ ...input, previousMatrix: previousReviewMatrix }).drift.length; // 1
 */
export const previousReviewMatrix: Matrix = { ...reviewMatrix, rows: rows('internal-it') };

const TITLES: Readonly<Record<string, readonly string[]>> = {
  'password-resets': ['Password reset for a warehouse user', 'Account locked out after holiday'],
  'endpoint-support': ['Laptop will not dock', 'New starter needs a laptop', 'Blue screen on boot'],
  m365: ['Shared mailbox missing in Outlook', 'Teams calls drop', 'OneDrive not syncing'],
  'vip-support': ['CFO cannot open the payroll app', 'Board pack will not print'],
  'security-monitoring': [
    'EDR alert on a laptop',
    'Impossible-travel sign-in',
    'Phishing reported',
  ],
  network: ['Wi-Fi drops on floor 3', 'VPN drops for the Boston office'],
  'server-patching': ['Patch window overran on SQL02', 'Reboot pending on FS01'],
  'backup-monitoring': ['Backup job failed for FS01'],
};

/** How often each row's tickets come in, of every 20. */
const WEIGHTS: readonly [string, number][] = [
  ['password-resets', 4],
  ['endpoint-support', 4],
  ['m365', 3],
  ['vip-support', 1],
  ['security-monitoring', 2],
  ['network', 2],
  ['server-patching', 2],
  ['backup-monitoring', 2],
];
const PRIORITIES = ['P1', 'P2', 'P2', 'P2', 'P3', 'P3', 'P3', 'P3', 'P3', 'P4', 'P4', 'P4'];

/**
 * How a quarter went: how late answers and fixes come as a share of their targets, and how
 * often a ticket is worked outside the matrix or handed across.
 *
 * @example
 * const strained: QuarterMood = { lateness: 1.6, greyZone: 0.1, handoffs: 0.3 };
 */
export interface QuarterMood {
  /** The latest a ticket is answered or resolved, as a share of its target (below 1 is healthy). */
  readonly lateness: number;
  readonly greyZone: number;
  readonly handoffs: number;
}

const HEALTHY: QuarterMood = { lateness: 0.7, greyZone: 0.01, handoffs: 0.04 };
const STRAINED: QuarterMood = { lateness: 1.7, greyZone: 0.08, handoffs: 0.3 };

const other = (partyId: string) => (partyId === 'internal-it' ? 'msp-desk' : 'internal-it');

/**
 * `count` tickets opened over `period` (whose start is midnight where the customer is), with
 * histories whose figures follow `mood`.
 *
 * @example
 * quarterTickets({ from: Date.UTC(2026, 6, 1, 4), to: Date.UTC(2026, 9, 1, 4) }, 240, 1).length; // 240
 */
export function quarterTickets(
  period: ReviewPeriod,
  count: number,
  seed: number,
  mood: QuarterMood = HEALTHY,
  targets: SlaPolicy = policy,
  idPrefix = 'T-',
): ReviewTicket[] {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const pickRow = () => {
    let left = rand() * total;
    for (const [rowId, weight] of WEIGHTS) {
      left -= weight;
      if (left < 0) return rowId;
    }
    return 'password-resets';
  };
  const days = Math.floor((period.to - period.from) / DAY);
  const tickets: ReviewTicket[] = [];
  for (let k = 0; k < count; k++) {
    const rowId = pickRow();
    const row = reviewMatrix.rows.find((r) => r.id === rowId) as Row;
    const doer =
      Object.keys(row.cells).find((id) => row.cells[id]?.roles.includes('R')) ?? 'internal-it';
    const round = doer === 'msp-noc';
    // Working days for people's tickets; the NOC's alerts come at any hour of any day.
    let day = Math.floor(rand() * days);
    const weekday = new Date(period.from + day * DAY).getUTCDay();
    if (!round && (weekday === 0 || weekday === 6)) day = Math.max(0, day - 2);
    const hour = round ? rand() * 24 : 8 + rand() * 8;
    const created = period.from + day * DAY + Math.round((hour * 60) / 5) * 5 * MINUTE;
    const priority = round && rand() < 0.2 ? 'P1' : pick(PRIORITIES);
    const holder = rand() < mood.greyZone ? other(doer) : doer;
    const goal = targets.priorities[priority] ?? targets.priorities.P3;
    if (!goal) continue;
    // Business minutes are at most wall minutes; a day-long target on office hours spans
    // nights and weekends, so its wall time is longer the fewer hours its calendar opens.
    const calendarOf = (target: { calendarId?: string }) => {
      const id = target.calendarId ?? targets.calendarId;
      return id === 'holder'
        ? (reviewMatrix.parties.find((p) => p.id === holder)?.calendarId ?? '24x7')
        : id;
    };
    const wall = (target: { minutes: number; calendarId?: string }) => {
      const calendar = calendarOf(target);
      const spread = calendar === '24x7' ? 1 : calendar === 'extended' ? 1.4 : 3;
      return target.minutes >= 480 ? target.minutes * spread : target.minutes;
    };
    const late = () => 0.1 + rand() * (mood.lateness - 0.1);
    const events: TicketEvent[] = [
      { type: 'created', at: created, priority, partyId: holder, by: holder },
    ];
    const respondAt = created + Math.round(wall(goal.response) * late()) * MINUTE;
    events.push({ type: 'responded', at: respondAt, by: holder });
    let at = respondAt;
    if (goal.plan) {
      at = Math.max(at, created + Math.round(wall(goal.plan) * late()) * MINUTE);
      events.push({ type: 'planned', at, by: holder });
    }
    let current = holder;
    if (rand() < 0.15) {
      const wait = at + Math.round(20 + rand() * 60) * MINUTE;
      events.push({ type: 'status', at: wait, status: 'waiting-on-customer', by: current });
      at = wait + Math.round(30 + rand() * 240) * MINUTE;
      events.push({ type: 'status', at, status: 'in-progress', by: current });
    }
    if (rand() < mood.handoffs) {
      const to = other(current);
      at += Math.round(15 + rand() * 120) * MINUTE;
      events.push({ type: 'assigned', at, partyId: to, by: current });
      at += Math.round(5 + rand() * 90 * mood.lateness) * MINUTE;
      events.push({ type: 'updated', at, by: to });
      current = to;
    }
    const resolveAt = Math.max(
      at + 5 * MINUTE,
      created + Math.round(wall(goal.resolution) * late()) * MINUTE,
    );
    // Tickets opened near the quarter's end may still be open when it closes.
    if (resolveAt < period.to || rand() < 0.5)
      events.push({ type: 'resolved', at: resolveAt, by: current });
    const titles = TITLES[rowId] ?? ['Ticket'];
    tickets.push({
      id: `${idPrefix}${1000 + k}`,
      title: pick(titles),
      rowId,
      categoryId: row.categoryId,
      history: events,
    });
  }
  return tickets.sort((a, b) => (a.history[0]?.at ?? 0) - (b.history[0]?.at ?? 0));
}

/**
 * A review as a story or test shows it: the input, the review, and how to read its dates.
 *
 * @example
 * const { review, input, locale, timeZone } = reviewScenario('healthy');
 */
export interface ReviewScenario {
  readonly input: ServiceReviewInput;
  readonly review: ServiceReview;
  readonly locale: string;
  readonly timeZone: string;
}

/** Q3 2026 in New York: 1 July to 1 October, midnight Eastern Daylight Time. */
export const Q3_NEW_YORK: ReviewPeriod = {
  from: Date.UTC(2026, 6, 1, 4),
  to: Date.UTC(2026, 9, 1, 4),
};
/** Q3 2026 in Sydney: 1 July to 1 October, midnight Australian Eastern Standard Time. */
export const Q3_SYDNEY: ReviewPeriod = {
  from: Date.UTC(2026, 5, 30, 14),
  to: Date.UTC(2026, 8, 30, 14),
};

const previousOf = (period: ReviewPeriod): ReviewPeriod => ({
  from: period.from - (period.to - period.from),
  to: period.from,
});

const sydneyOffice: CalendarSpec = {
  id: 'sydney-office',
  name: 'Sydney office',
  timeZone: 'Australia/Sydney',
  hours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:30']] as const]),
  ),
  holidays: [{ date: '2026-10-05', name: 'Labour Day' }],
};
const sydneyPolicy: SlaPolicy = { ...policy, id: 'sydney', calendarId: 'sydney-office' };
const sydneyMatrix: Matrix = {
  ...reviewMatrix,
  name: 'Wattle Health and Northwind',
  parties: reviewParties.map((party) =>
    party.id === 'internal-it' ? { ...party, calendarId: 'sydney-office' } : party,
  ),
};

/** The stories' quarters, by name. */
export type ReviewScenarioName = 'healthy' | 'strained' | 'empty' | 'sydney';

const cache = new Map<string, ReviewScenario>();

/**
 * A named quarter, computed once: `healthy` (240 tickets, every figure on goal), `strained`
 * (260 tickets with breaches, grey-zone work, costly hand-offs and scope drift), `empty` (no
 * tickets) and `sydney` (a customer on Sydney's office hours, read in en-AU).
 *
 * @example
 * reviewScenario('strained').review.drift.length; // 1
 */
export function reviewScenario(name: ReviewScenarioName, count?: number): ReviewScenario {
  const key = `${name}|${count ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const period = name === 'sydney' ? Q3_SYDNEY : Q3_NEW_YORK;
  const mood = name === 'strained' ? STRAINED : HEALTHY;
  const targets = name === 'sydney' ? sydneyPolicy : policy;
  const size = count ?? (name === 'strained' ? 260 : 240);
  const seed = { healthy: 1, strained: 2, empty: 3, sydney: 4 }[name];
  const tickets =
    name === 'empty'
      ? []
      : [
          ...quarterTickets(
            previousOf(period),
            Math.round(size * 0.9),
            seed + 100,
            HEALTHY,
            targets,
            'P-',
          ),
          ...quarterTickets(period, size, seed, mood, targets),
        ];
  const matrix = name === 'sydney' ? sydneyMatrix : reviewMatrix;
  const input: ServiceReviewInput = {
    matrix,
    ...(name === 'strained' ? { previousMatrix: previousReviewMatrix } : {}),
    tickets,
    policies: [targets],
    calendars:
      name === 'sydney'
        ? [sydneyOffice, ...[...calendars.values()].filter((c) => c.id !== '24x7')]
        : calendars,
    period,
    // Every row has a few tickets a quarter; a pattern worth an agenda item is more than that.
    options: { recurringAt: 45 },
  };
  const scenario: ReviewScenario = {
    input,
    review: serviceReview(input),
    locale: name === 'sydney' ? 'en-AU' : 'en-US',
    timeZone: name === 'sydney' ? 'Australia/Sydney' : 'America/New_York',
  };
  cache.set(key, scenario);
  return scenario;
}
