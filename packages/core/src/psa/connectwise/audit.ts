/**
 * What one ConnectWise audit-trail text says changed, when it is a change an SLA reads: the
 * field (`status`, `priority`, `owner`, `team`, `board`), and the values before and after as
 * ConnectWise wrote them (`''` for none).
 *
 * @example
 * const change: AuditChange = { field: 'status', from: 'New', to: 'In Progress' };
 */
export interface AuditChange {
  readonly field: AuditField;
  readonly from: string;
  readonly to: string;
}

/**
 * The ticket fields whose changes the ConnectWise adapter turns into events.
 *
 * @example
 * const field: AuditField = 'owner';
 */
export type AuditField = 'status' | 'priority' | 'owner' | 'team' | 'board';

// ConnectWise writes a change as `<Field> has been changed from "<old>" to "<new>"` (older
// releases: `<Field> changed from <old> to <new>`); both read. Plain string search, not one
// regular expression: a lazy pattern backtracks for microseconds a text, and bulk reads millions.
const MARK = ' changed from ';
const LEAD = /\s+(?:has\s+been|was)$/i;
const TICKET = /^\s*ticket\s+(?=\S+\s)/i;

function unquote(text: string): string {
  let t = text.trim();
  if (t.endsWith('.')) t = t.slice(0, -1);
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

const FIELDS: Readonly<Record<string, AuditField>> = {
  status: 'status',
  priority: 'priority',
  owner: 'owner',
  'ticket owner': 'owner',
  resource: 'owner',
  'assigned to': 'owner',
  team: 'team',
  'service team': 'team',
  board: 'board',
  'service board': 'board',
};

/**
 * Reads a ConnectWise audit-trail text. Returns the change for the fields an SLA reads, the
 * field's name for other changes (`{ other: 'Summary' }`), or `undefined` for a text that is no
 * change at all (a note, "Ticket created").
 *
 * @example
 * readAuditText('Status has been changed from "New" to ">Closed"'); // { field: 'status', from: 'New', to: '>Closed' }
 * readAuditText('Summary has been changed from "a" to "b"'); // { other: 'Summary' }
 */
export function readAuditText(text: string): AuditChange | { readonly other: string } | undefined {
  const mark = text.indexOf(MARK);
  if (mark <= 0) return undefined;
  // The patterns run only where they can match: most texts end " has been" and start otherwise.
  let head = text.slice(0, mark);
  head = head.endsWith(' has been') ? head.slice(0, -9) : head.replace(LEAD, '');
  if (/^\s*t/i.test(head)) head = head.replace(TICKET, '');
  const name = head.trim();
  if (name === '') return undefined;
  const rest = text.slice(mark + MARK.length);
  // A quoted old value may itself contain " to "; split after its closing quote then.
  const split = rest.startsWith('"') ? rest.indexOf('" to ', 1) + 1 : rest.indexOf(' to ');
  if (split <= 0) return undefined;
  const field = FIELDS[name.toLowerCase()] ?? FIELDS[`ticket ${name.toLowerCase()}`];
  if (!field) return { other: name };
  return { field, from: unquote(rest.slice(0, split)), to: unquote(rest.slice(split + 4)) };
}
