import type { ParseResult } from '@tandem/core';
import { parseRouting, type Routing } from '@tandem/core/escalation';
import type * as Y from 'yjs';
import {
  fillMissing,
  hasFields,
  orderKeys,
  readItems,
  recordField,
  setField,
  writeItems,
} from './keyed-items';

// How a routing table lives in a Y.Doc: rules are Y.Maps keyed by id with fractional order keys
// (rule order decides which rule wins, so it must merge like a row move does), each rule's
// conditions a map of their own so two peers narrowing one rule by different attributes keep
// both; the default queue sits beside them. A removed rule stays as a tombstone, so undoing the
// removal brings it back with every field, also those a peer edited meanwhile.

/** The names of the top-level shared types a routing table uses in its Y.Doc. */
export const ROUTING_TYPES = {
  meta: 'tandem.routing.meta',
  rules: 'tandem.routing.rules',
} as const;

const RULE_FIELDS = { when: recordField };
const RULE_REQUIRED = ['when', 'queue'];
// Marks a doc that holds a routing table: an empty one has no rules and no default.
const VERSION = 'version';

/** The shared types of a routing table in `doc` (created empty on first use). */
export function routingTypes(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>(ROUTING_TYPES.meta),
    rules: doc.getMap<Y.Map<unknown>>(ROUTING_TYPES.rules),
  };
}

/**
 * The routing table held in `doc`, checked with `parseRouting`; concurrent inserts at one place
 * are ordered by id. An empty doc reads as `undefined`.
 *
 * @example
 * const result = readRouting(doc);
 * if (result?.ok) render(result.value);
 */
export function readRouting(doc: Y.Doc): ParseResult<Routing> | undefined {
  const { meta, rules } = routingTypes(doc);
  if (!meta.has(VERSION)) return undefined;
  const queue = meta.get('default');
  return parseRouting({
    rules: readItems(rules, RULE_FIELDS).filter((rule) => hasFields(rule, RULE_REQUIRED)),
    ...(queue === undefined ? {} : { default: queue }),
  });
}

/**
 * Writes the difference between `before` (what `doc` holds, as `readRouting` gave it) and
 * `after` into `doc`, touching only what changed. Call it inside a transaction.
 *
 * @example
 * doc.transact(() => writeRouting(doc, before, after), origin);
 */
export function writeRouting(doc: Y.Doc, before: Routing | undefined, after: Routing): void {
  const { meta, rules } = routingTypes(doc);
  setField(meta, VERSION, 1);
  setField(meta, 'default', after.default);
  writeItems(rules, before?.rules ?? [], after.rules, orderKeys(rules, after.rules), {
    tombstone: true,
    nested: RULE_FIELDS,
  });
}

/**
 * Sets back what `doc` lost since `last` (a valid table read from it): fields an undo left with
 * no value (required ones only). Nothing else is touched. Call it inside a transaction.
 */
export function healRouting(doc: Y.Doc, last: Routing): void {
  fillMissing(routingTypes(doc).rules, last.rules, RULE_REQUIRED, RULE_FIELDS);
}
