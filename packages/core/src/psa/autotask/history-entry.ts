/**
 * The ticket fields whose Autotask history entries become events.
 *
 * @example
 * const field: AutotaskField = 'queue';
 */
export type AutotaskField = 'status' | 'priority' | 'resource' | 'role' | 'queue';

/**
 * What one Autotask `TicketHistory` entry says changed: the field, and the values before and
 * after as Autotask wrote them (labels, `''` for none or not given).
 *
 * @example
 * const change: AutotaskChange = { field: 'status', from: 'New', to: 'In Progress' };
 */
export interface AutotaskChange {
  readonly field: AutotaskField;
  readonly from: string;
  readonly to: string;
}

const FIELDS: Readonly<Record<string, AutotaskField>> = {
  status: 'status',
  priority: 'priority',
  'primary resource': 'resource',
  resource: 'resource',
  'assigned resource': 'resource',
  'primary resource (role)': 'role',
  role: 'role',
  'assigned resource role': 'role',
  queue: 'queue',
};

// The entity page names what a history entry tracked but gives no sample of `detail`; the
// history page shows "<Field> Changed" actions and changed-from / changed-to values. Both forms
// read: the field in `action` ("Status Changed", "Status") or before a colon in `detail`
// ("Status: New > In Progress"), the values as "<from> > <to>", "from <from> to <to>" or a
// lone new value.
const CHANGED = /\s+changed$/i;

/**
 * Reads an Autotask ticket history entry. Returns the change for the fields an SLA reads, the
 * field's name for other changes (`{ other: 'Description' }`), or `undefined` for an entry that
 * records no field change ("Created", a note).
 *
 * @example
 * readAutotaskHistory('Status Changed', 'New > In Progress'); // { field: 'status', from: 'New', to: 'In Progress' }
 * readAutotaskHistory('Edited', 'Status: New > Complete'); // { field: 'status', from: 'New', to: 'Complete' }
 * readAutotaskHistory('Description Changed', '…'); // { other: 'Description' }
 */
export function readAutotaskHistory(
  action: string,
  detail: string | null | undefined,
): AutotaskChange | { readonly other: string } | undefined {
  let name = action.trim().replace(CHANGED, '');
  let values = (detail ?? '').trim();
  if (/^edited$/i.test(name)) {
    const colon = values.indexOf(':');
    if (colon <= 0) return undefined;
    name = values.slice(0, colon).trim();
    values = values.slice(colon + 1).trim();
  } else if (/^(created|deleted|merged|note added|time entry added)$/i.test(name) || name === '')
    return undefined;
  const field = FIELDS[name.toLowerCase()];
  if (!field) return { other: name };
  const [from, to] = split(values);
  return { field, from, to };
}

function split(values: string): [string, string] {
  const arrow = values.indexOf(' > ');
  if (arrow >= 0) return [unquote(values.slice(0, arrow)), unquote(values.slice(arrow + 3))];
  const m = /^(?:changed\s+)?from\s+(.*?)\s+to\s+(.*)$/is.exec(values);
  if (m) return [unquote(m[1] ?? ''), unquote(m[2] ?? '')];
  return ['', unquote(values)];
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}
