import { seededRandom } from '@tandem/fixtures';
import {
  buildTicket,
  QUEUE_AS_OF,
  type Step,
  type Team,
  type TicketSpec,
} from './connectwise-tickets';

// Contoso's tickets since the start of Q3 2026 as ConnectWise keeps them: what the quarterly
// review reads (`/service/tickets?conditions=dateEntered>=[…]`). Generated from a seed, so every
// visit reads the same quarter: user tickets in New York office hours, the NOC's alerts at any
// hour, a few urgent calls in the night, waits on the customer, hand-overs across the boundary
// between Contoso IT and Northwind, a share answered late, and a backup job that keeps failing.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const asOf = Date.parse(QUEUE_AS_OF);

/** The first day of the history: 1 July 2026 (the start of Q3). */
export const HISTORY_FROM = '2026-07-01T00:00:00-04:00';

/** The first ticket id of the history (the open queue's ids are below it). */
export const HISTORY_FIRST_ID = 5001;

type Priority = TicketSpec['priority'];

interface Kind {
  summaries: readonly string[];
  type: TicketSpec['type'];
  team: Team;
  priorities: readonly Priority[];
  source?: TicketSpec['source'];
  /** How often it comes up, relative to the others. */
  weight: number;
  /** Opened at any hour (monitoring), else in office hours. */
  anyHour?: boolean;
  /** Handed across the boundary to this team after the first response. */
  handOffTo?: Team;
  vip?: boolean;
  /** Who or what a ticket is about, named in its summary; a kind without any recurs as one. */
  subjects?: readonly string[];
}

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Isla', 'Jonas'];
const LAST = ['Souza', 'Carter', 'Martin', 'Patel', 'Rossi', 'Haddad', 'Kim', 'Walsh', 'Berg'];
const PEOPLE = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
const HOSTS = ['FS-BOSTON', 'SQL-FINANCE', 'WEB-EAST', 'APP-HR', 'DC-NYC', 'PRINT-HQ', 'RDS-OPS'];
const ROOMS = ['reception', 'floor 2', 'floor 3', 'floor 5', 'the warehouse', 'meeting room B'];

const KINDS: readonly Kind[] = [
  {
    summaries: [
      'Password reset for a warehouse user',
      'Account locked out after holiday',
      'MFA prompt loops on a new phone',
    ],
    type: 'Help Desk',
    team: 'desk',
    priorities: ['P3', 'P4', 'P4'],
    subjects: PEOPLE,
    weight: 8,
  },
  {
    summaries: [
      'Outlook keeps asking for a password',
      'Shared mailbox missing in Outlook',
      'OneDrive not syncing',
      'Teams calls choppy in meeting room B',
    ],
    type: 'Help Desk',
    team: 'desk',
    priorities: ['P2', 'P3', 'P3'],
    subjects: PEOPLE,
    weight: 7,
  },
  {
    summaries: ['Laptop will not dock', 'New starter needs a laptop', 'Blue screen on boot'],
    type: 'Help Desk',
    team: 'contosoIt',
    priorities: ['P3', 'P3', 'P4'],
    subjects: PEOPLE,
    weight: 5,
    handOffTo: 'desk',
  },
  {
    summaries: ['Executive phone not syncing mail', 'CFO cannot open the payroll application'],
    type: 'Help Desk',
    team: 'contosoIt',
    priorities: ['P1', 'P2'],
    subjects: ['the CEO', 'the CFO', 'the COO'],
    weight: 2,
    vip: true,
  },
  {
    summaries: ['Printer offline', 'Badge reader offline'],
    type: 'Help Desk',
    team: 'desk',
    priorities: ['P3', 'P4'],
    subjects: ROOMS,
    weight: 3,
    handOffTo: 'contosoIt',
  },
  {
    summaries: ['EDR alert: suspicious PowerShell on a laptop', 'Impossible-travel sign-in alert'],
    type: 'Security',
    team: 'noc',
    priorities: ['P1', 'P2'],
    source: 'Security',
    subjects: PEOPLE,
    weight: 3,
    anyHour: true,
  },
  {
    summaries: ['Phishing email reported', 'Suspicious attachment reported'],
    type: 'Security',
    team: 'noc',
    priorities: ['P2', 'P3'],
    source: 'Security',
    subjects: PEOPLE,
    weight: 3,
  },
  {
    summaries: ['Disk space low', 'CPU high', 'Service stopped'],
    type: 'Infrastructure',
    team: 'noc',
    priorities: ['P2', 'P3'],
    source: 'Monitoring',
    subjects: HOSTS,
    weight: 4,
    anyHour: true,
  },
  {
    summaries: ['VPN drops every hour for the Boston office', 'Wi-Fi slow in the Boston office'],
    type: 'Infrastructure',
    team: 'contosoIt',
    priorities: ['P2', 'P3'],
    weight: 3,
    handOffTo: 'desk',
  },
  {
    summaries: ['Patch window overran on the web servers', 'Server reboot needed after patching'],
    type: 'Infrastructure',
    team: 'desk',
    priorities: ['P3', 'P4'],
    subjects: HOSTS,
    weight: 2,
  },
  {
    // The recurring issue: the same job fails again and again over the quarter.
    summaries: ['Backup job failed for the file server'],
    type: 'Backup',
    team: 'noc',
    priorities: ['P2'],
    source: 'Backup',
    weight: 2,
    anyHour: true,
  },
];

/** Business-hour targets per priority, as minutes: what "late" is measured against. */
const RESPOND: Readonly<Record<Priority, number>> = { P1: 15, P2: 60, P3: 240, P4: 480 };
/** The NOC's 24/7 SLA answers faster. */
const NOC_RESPOND: Readonly<Record<Priority, number>> = { P1: 15, P2: 30, P3: 60, P4: 480 };
const RESOLVE: Readonly<Record<Priority, number>> = { P1: 240, P2: 480, P3: 1440, P4: 2700 };

/** New York's offset from UTC on a day of 2026 (summer time ends on 1 November). */
const newYorkOffset = (dayStart: number) =>
  dayStart < Date.parse('2026-11-01T06:00:00Z') ? 4 * HOUR : 5 * HOUR;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickKind(random: () => number): Kind {
  const total = KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  let roll = random() * total;
  for (const kind of KINDS) {
    roll -= kind.weight;
    if (roll < 0) return kind;
  }
  return KINDS[0] as Kind;
}

/** What happens to one ticket after it opens, and whether it is still open at `asOf`. */
function stepsOf(random: () => number, kind: Kind, priority: Priority, openFor: number): Step[] {
  const late = random() < 0.08;
  const respondIn = Math.max(
    2,
    Math.round(
      (kind.team === 'noc' ? NOC_RESPOND : RESPOND)[priority] *
        (late ? 1.5 + random() * 2 : 0.1 + random() * 0.8),
    ),
  );
  const steps: Step[] = [[respondIn, 'responded']];
  let t = respondIn;
  if (random() < 0.85) {
    t += 5 + Math.round(random() * 25);
    steps.push([t, 'planned']);
  }
  if (kind.handOffTo && random() < 0.6) {
    t += 15 + Math.round(random() * 120);
    steps.push([t, 'team', kind.handOffTo]);
  }
  if (random() < 0.3) {
    // A wait on the customer; now and then set minutes after they answered (a flag).
    t += 20 + Math.round(random() * 90);
    steps.push([t, 'status', 'Waiting on Customer']);
    t += 120 + Math.round(random() * (random() < 0.2 ? 4000 : 600));
    steps.push([t, 'status', 'In Progress']);
    if (random() < 0.25) {
      t += 3 + Math.round(random() * 5);
      steps.push([t, 'status', 'Waiting on Customer']);
      t += 60 + Math.round(random() * 300);
      steps.push([t, 'status', 'In Progress']);
    }
  }
  const resolveIn = Math.round(
    RESOLVE[priority] * (late ? 1.4 + random() * 2 : 0.2 + random() * 0.7),
  );
  t = Math.max(t + 10, resolveIn);
  if (t < openFor) steps.push([t, 'resolved']);
  return steps.filter((step) => step[0] < openFor);
}

function generate(): TicketSpec[] {
  const random = seededRandom(20260701);
  const specs: TicketSpec[] = [];
  let id = HISTORY_FIRST_ID;
  // Days up to the one before the open queue's (the queue holds the last days' tickets).
  const lastDay = asOf - 2 * DAY;
  for (let day = Date.parse('2026-07-01T00:00:00Z'); day < lastDay; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const count = weekend ? (random() < 0.5 ? 1 : 0) : 2 + Math.floor(random() * 3);
    for (let n = 0; n < count; n += 1) {
      let kind = pickKind(random);
      while (weekend && !kind.anyHour) kind = pickKind(random);
      const localMinutes = kind.anyHour
        ? Math.floor(random() * 24 * 60)
        : 8 * 60 + Math.floor(random() * 9 * 60);
      const opened = day + newYorkOffset(day) + localMinutes * MINUTE;
      const priority = pick(random, kind.priorities);
      const openedMinutesAgo = Math.round((asOf - opened) / MINUTE);
      specs.push({
        id,
        summary: kind.subjects
          ? `${pick(random, kind.summaries)} (${pick(random, kind.subjects)})`
          : pick(random, kind.summaries),
        company: 'contoso',
        type: kind.type,
        priority,
        team: kind.team,
        openedMinutesAgo,
        ...(kind.vip ? { vip: true } : {}),
        ...(kind.source ? { source: kind.source } : {}),
        steps: stepsOf(random, kind, priority, openedMinutesAgo),
      });
      id += 1;
    }
    // Now and then an urgent call in the night, taken by Contoso IT (office hours only).
    if (!weekend && random() < 0.06) {
      const opened = day + newYorkOffset(day) + (22 * 60 + Math.floor(random() * 90)) * MINUTE;
      const openedMinutesAgo = Math.round((asOf - opened) / MINUTE);
      specs.push({
        id,
        summary: 'Email down for the night shift',
        company: 'contoso',
        type: 'Help Desk',
        priority: 'P1',
        team: 'contosoIt',
        openedMinutesAgo,
        steps: [
          [40 + Math.floor(random() * 600), 'responded'],
          [660, 'team', 'desk'],
          [900, 'resolved'],
        ],
      });
      id += 1;
    }
  }
  return specs;
}

const built = generate().map(buildTicket);

/** Contoso's tickets from {@link HISTORY_FROM} to two days before the queue's "as of". */
export const cwHistoryTicketsJson = built.map((b) => b.ticket);

/** Each history ticket's audit trail by id (`/system/audittrail?type=Ticket&id=`). */
export const cwHistoryAuditTrailJson = new Map(built.map((b) => [b.ticket.id, b.audit]));
