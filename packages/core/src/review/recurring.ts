import type { Row } from '../matrix/model';
import type { RecurringIssue, ReviewTicket } from './types';

// Recurring issues: tickets of one matrix row, or, without a row, of one title once numbers,
// case and spacing are set aside ("Backup job 4411 failed" and "backup job 4412 failed").

/**
 * A title reduced to what repeats: lower case, runs of digits as `#`, spacing collapsed,
 * trailing punctuation dropped.
 *
 * @example
 * titleKey('Backup job 4411 failed!'); // 'backup job # failed'
 */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/, '')
    .trim();
}

/** Groups of at least `at` tickets, largest first (then by key). */
export function recurringIssues(
  rowsById: ReadonlyMap<string, Row>,
  tickets: readonly ReviewTicket[],
  at: number,
): RecurringIssue[] {
  const groups = new Map<string, { title: string; rowId?: string; ticketIds: string[] }>();
  for (const ticket of tickets) {
    const row = ticket.rowId === undefined ? undefined : rowsById.get(ticket.rowId);
    const key = row
      ? `row:${row.id}`
      : ticket.title
        ? `title:${titleKey(ticket.title)}`
        : undefined;
    if (key === undefined) continue;
    let group = groups.get(key);
    if (!group) {
      group = row
        ? { title: row.name, rowId: row.id, ticketIds: [] }
        : { title: ticket.title ?? '', ticketIds: [] };
      groups.set(key, group);
    }
    group.ticketIds.push(ticket.id);
  }
  const repeats: RecurringIssue[] = [];
  for (const [key, group] of groups) {
    if (group.ticketIds.length < at) continue;
    repeats.push({
      key,
      title: group.title,
      ...(group.rowId === undefined ? {} : { rowId: group.rowId }),
      count: group.ticketIds.length,
      ticketIds: group.ticketIds,
    });
  }
  return repeats.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}
