import type { Instant } from '../sla/business-time';
import { isOpen } from '../sla/business-time';
import { type CalendarRegistry, calendarById } from '../sla/registry';
import { DIMENSIONS, type Dimension, describeMatch } from './dimensions';
import type { Queue, Routing, Ticket } from './model';

/**
 * Where routing sent a ticket: the rule that matched (`null` for the default), the queue
 * (`null` when nothing matched and there is no default) and why, in words.
 *
 * @example
 * const decision: RouteDecision = { ruleId: 'vip', queue: { partyId: 'it', tier: 1 }, reason: 'Rule "VIP users" matched: VIP requester.' };
 */
export interface RouteDecision {
  readonly ruleId: string | null;
  readonly queue: Queue | null;
  readonly reason: string;
}

// Rules as bitsets: for each attribute value, the rules that accept it. Routing a ticket ANDs
// one bitset per attribute and takes the lowest set bit, so a 200-rule table costs a few dozen
// word operations per ticket, whichever rule matches.
interface Compiled {
  readonly words: number;
  readonly dims: {
    readonly key: Dimension['ticketKey'];
    readonly byValue: Map<string, Uint32Array>;
    readonly other: Uint32Array;
  }[];
  readonly vip: readonly [Uint32Array, Uint32Array];
  readonly hours: {
    readonly calendarId: string;
    readonly open: Uint32Array;
    readonly closed: Uint32Array;
  }[];
  readonly decisions: readonly RouteDecision[];
  readonly fallback: RouteDecision;
  readonly scratch: Uint32Array;
}

// Compiled tables are kept per routing object: tables are immutable data, so a new table is a
// new object and never meets a stale cache.
const cache = new WeakMap<Routing, Compiled>();

function compile(routing: Routing): Compiled {
  const { rules } = routing;
  const words = Math.max(1, Math.ceil(rules.length / 32));
  const set = () => new Uint32Array(words);
  const mark = (bits: Uint32Array, index: number) => {
    bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
  };
  const dims = DIMENSIONS.map((dim) => {
    const byValue = new Map<string, Uint32Array>();
    const other = set();
    rules.forEach((rule, index) => {
      const values = rule.when[dim.ruleKey];
      if (!values) mark(other, index);
      else for (const value of values) if (!byValue.has(value)) byValue.set(value, set());
    });
    // Open rules accept every value, so each value's set starts from them.
    for (const [value, bits] of byValue) {
      bits.set(other);
      rules.forEach((rule, index) => {
        if (rule.when[dim.ruleKey]?.includes(value as never)) mark(bits, index);
      });
    }
    return { key: dim.ticketKey, byValue, other };
  })
    // An attribute no rule names lets every rule through: no need to look at it.
    .filter((dim) => dim.byValue.size > 0);
  const vip: [Uint32Array, Uint32Array] = [set(), set()];
  const hours = new Map<string, { calendarId: string; open: Uint32Array; closed: Uint32Array }>();
  rules.forEach((rule, index) => {
    if (rule.when.vip !== true) mark(vip[0], index);
    if (rule.when.vip !== false) mark(vip[1], index);
    const h = rule.when.hours;
    if (h && !hours.has(h.calendarId))
      hours.set(h.calendarId, { calendarId: h.calendarId, open: set(), closed: set() });
  });
  for (const entry of hours.values()) {
    rules.forEach((rule, index) => {
      const h = rule.when.hours;
      if (!h || h.calendarId !== entry.calendarId || h.open) mark(entry.open, index);
      if (!h || h.calendarId !== entry.calendarId || !h.open) mark(entry.closed, index);
    });
  }
  const decisions = rules.map((rule) => ({
    ruleId: rule.id,
    queue: rule.queue,
    reason: `Rule "${rule.name ?? rule.id}" matched: ${describeMatch(rule.when)}.`,
  }));
  const fallback: RouteDecision = routing.default
    ? {
        ruleId: null,
        queue: routing.default,
        reason: 'No rule matched; sent to the default queue.',
      }
    : { ruleId: null, queue: null, reason: 'No rule matched and there is no default queue.' };
  return { words, dims, vip, hours: [...hours.values()], decisions, fallback, scratch: set() };
}

/**
 * Routes a ticket: the first rule, by position, whose conditions all hold, else the default
 * queue. `at` is the arrival time, compared with calendars for `hours` conditions (looked up in
 * `calendars`; `'24x7'` is always known). A missing `vip` counts as not VIP; any other missing
 * attribute matches only rules that leave it open. Decisions are shared objects: do not mutate.
 * Throws `E107` when an `hours` condition names a calendar `calendars` lacks (parse the table
 * with the registry to catch that as data).
 *
 * @example
 * routeTicket(routing, { categoryId: 'security', source: 'security' }, Date.now(), calendars);
 * // { ruleId: 'soc', queue: { partyId: 'msp-soc', tier: 1 }, reason: 'Rule "SOC" matched: …' }
 */
export function routeTicket(
  routing: Routing,
  ticket: Ticket,
  at: Instant,
  calendars?: CalendarRegistry,
): RouteDecision {
  let compiled = cache.get(routing);
  if (!compiled) {
    compiled = compile(routing);
    cache.set(routing, compiled);
  }
  const { words, scratch } = compiled;
  scratch.set(compiled.vip[ticket.vip === true ? 1 : 0]);
  for (const dim of compiled.dims) {
    const value = ticket[dim.key];
    const bits = (typeof value === 'string' && dim.byValue.get(value)) || dim.other;
    for (let w = 0; w < words; w++) scratch[w] = (scratch[w] as number) & (bits[w] as number);
  }
  for (const entry of compiled.hours) {
    const bits = isOpen(calendarById(calendars, entry.calendarId), at) ? entry.open : entry.closed;
    for (let w = 0; w < words; w++) scratch[w] = (scratch[w] as number) & (bits[w] as number);
  }
  for (let w = 0; w < words; w++) {
    const word = scratch[w] as number;
    if (word !== 0) {
      const index = w * 32 + (31 - Math.clz32(word & -word));
      return compiled.decisions[index] as RouteDecision;
    }
  }
  return compiled.fallback;
}
