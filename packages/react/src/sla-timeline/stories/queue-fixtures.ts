import type { TicketEvent } from '@tandem/core/sla';
import { seededRandom } from '@tandem/fixtures';
import type { SlaQueueTicket } from '../model/queue-model';
import { at, calendars, parties, policy } from './sla-fixtures';

// A deterministic queue of realistic tickets for stories and tests: the same seed always gives
// the same tickets, and every instant is relative to a fixed `now`.

/** Tuesday 3 March 2026, 15:00 in New York: the queue's present. */
export const QUEUE_NOW = at('2026-03-03T15:00:00-05:00');

/**
 * The props every queue story and test starts from: `count` tickets of {@link queueTickets} at
 * {@link QUEUE_NOW}, the fixtures' calendars and parties, in British English.
 *
 * @example
 * render(<SlaQueue {...queueArgs(40)} />);
 */
export function queueArgs(count: number, viewerTimeZone = 'UTC') {
  return {
    tickets: queueTickets(count),
    now: QUEUE_NOW,
    calendars,
    parties,
    locale: 'en-GB',
    viewerTimeZone,
  };
}

const SUBJECTS = [
  'Outlook keeps asking for a password',
  'VPN drops every hour',
  'Printer on floor 3 offline',
  'Laptop for new starter',
  'MFA reset after phone change',
  'Backup job failed on FS01',
  'Firewall alert: port scan from abroad',
  'Teams calls choppy in Boston office',
  'SharePoint access for Finance',
  'Disk space low on SQL02',
  'Wi-Fi dead in meeting room B',
  'Phishing email reported',
  'ERP client crashes on login',
  'Mailbox full for CEO assistant',
  'Certificate expires on web portal',
  'Switch stack reboot overnight',
];
const PRIORITIES = ['P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P3', 'P4', 'P4', 'P3'];
const HOLDERS = ['internal-it', 'internal-it', 'msp-desk', 'msp-noc', 'msp-desk'];
const MINUTE = 60_000;

/**
 * `count` tickets opened over the three days before {@link QUEUE_NOW}: some answered, some
 * waiting on the customer, some handed over, some resolved.
 *
 * @example
 * queueTickets(5_000).length; // 5000
 */
export function queueTickets(count: number, seed = 42): SlaQueueTicket[] {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const tickets: SlaQueueTicket[] = [];
  for (let k = 0; k < count; k++) {
    const created = QUEUE_NOW - Math.round((rand() * 72 * 60) / 5) * 5 * MINUTE;
    const priority = pick(PRIORITIES);
    const holder = priority === 'P1' ? 'msp-noc' : pick(HOLDERS);
    const events: TicketEvent[] = [{ type: 'created', at: created, priority, partyId: holder }];
    let t = created;
    const later = (maxMinutes: number) => {
      t += Math.round(5 + rand() * maxMinutes) * MINUTE;
      return t;
    };
    const urgent = priority === 'P1' || priority === 'P2';
    if (rand() < 0.85) events.push({ type: 'responded', at: later(priority === 'P1' ? 12 : 90) });
    if (urgent && rand() < 0.75)
      events.push({ type: 'planned', at: later(priority === 'P1' ? 40 : 200) });
    if (rand() < 0.25) events.push({ type: 'assigned', at: later(240), partyId: pick(HOLDERS) });
    if (rand() < 0.2) {
      events.push({ type: 'status', at: later(300), status: 'waiting-on-customer' });
      if (rand() < 0.5) events.push({ type: 'status', at: later(900), status: 'in-progress' });
    }
    if (rand() < 0.2) events.push({ type: 'resolved', at: later(1200) });
    tickets.push({
      id: `T-${10_000 + k}`,
      title: pick(SUBJECTS),
      policy,
      history: events.filter((event) => event.at <= QUEUE_NOW),
    });
  }
  return tickets;
}
