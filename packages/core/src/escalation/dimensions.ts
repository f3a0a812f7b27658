import type { RouteMatch } from './model';

// The list-valued attributes routing compares, shared by routing and the decision-table check.
// `vip` and `hours` are two-valued and handled beside these.

/**
 * A list-valued attribute: the ticket's key, the rule's key and how people call it.
 *
 * @example
 * const site: Dimension = { ticketKey: 'siteId', ruleKey: 'siteIds', label: 'site' };
 */
export interface Dimension {
  readonly ticketKey: 'categoryId' | 'priority' | 'impact' | 'urgency' | 'siteId' | 'source';
  readonly ruleKey: 'categoryIds' | 'priorities' | 'impacts' | 'urgencies' | 'siteIds' | 'sources';
  readonly label: string;
}

/**
 * The list-valued attributes, in the order reasons and examples mention them.
 *
 * @example
 * DIMENSIONS.map((dim) => dim.label); // ['category', 'priority', …]
 */
export const DIMENSIONS: readonly Dimension[] = [
  { ticketKey: 'categoryId', ruleKey: 'categoryIds', label: 'category' },
  { ticketKey: 'priority', ruleKey: 'priorities', label: 'priority' },
  { ticketKey: 'impact', ruleKey: 'impacts', label: 'impact' },
  { ticketKey: 'urgency', ruleKey: 'urgencies', label: 'urgency' },
  { ticketKey: 'siteId', ruleKey: 'siteIds', label: 'site' },
  { ticketKey: 'source', ruleKey: 'sources', label: 'source' },
];

/**
 * A rule's conditions in words, for reasons: `category security, VIP requester`.
 *
 * @example
 * describeMatch({ vip: true, priorities: ['P1'] }); // 'priority P1, VIP requester'
 */
export function describeMatch(when: RouteMatch): string {
  const parts: string[] = [];
  for (const dim of DIMENSIONS) {
    const values = when[dim.ruleKey];
    if (values) parts.push(`${dim.label} ${values.join(' or ') || '(none)'}`);
  }
  if (when.vip !== undefined) parts.push(when.vip ? 'VIP requester' : 'non-VIP requester');
  if (when.hours) {
    parts.push(`${when.hours.open ? 'inside' : 'outside'} "${when.hours.calendarId}" hours`);
  }
  return parts.length > 0 ? parts.join(', ') : 'any ticket';
}
