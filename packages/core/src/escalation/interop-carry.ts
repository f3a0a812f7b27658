import type { ExternalRef } from './interop-chain';

// What an importer keeps beside the policy: fields of theirs the model has no place for, carried
// verbatim so that the export can give them back. Everything else they send is reported lost.

/**
 * A JSON value as it came from their API.
 *
 * @example
 * const value: JsonValue = { id: 'PQ9K7I8', type: 'team_reference' };
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * Their fields about one target of a step that the model does not hold (a name, links, how a
 * schedule is read), with the target's external id so that they find their target again after
 * the host has edited the step.
 *
 * @example
 * const extra: CarriedTarget = { id: 'PI7DH85', fields: { summary: 'Daily Engineering Rotation' } };
 */
export interface CarriedTarget {
  readonly id: string;
  readonly fields: { readonly [key: string]: JsonValue };
}

/**
 * What an import carried beside the policy: their policy-level fields, their fields per step
 * (keyed by step id, so edits to the order keep them) and per target.
 *
 * @example
 * const carried: Carried = { policy: { teams: [] }, steps: { 'rule-1': { fields: { id: 'PGHDV41' }, targets: [] } }, refs: {} };
 */
export interface Carried {
  readonly policy: { readonly [key: string]: JsonValue };
  readonly steps: {
    readonly [stepId: string]: {
      readonly fields: { readonly [key: string]: JsonValue };
      readonly targets: readonly CarriedTarget[];
    };
  };
  /** Party ids → their references, as the import's mapping went the other way. */
  readonly refs: { readonly [partyId: string]: ExternalRef };
}

/** The fields of `value` named in `keys` that are present. */
export function pick(
  value: { readonly [key: string]: unknown },
  keys: readonly string[],
): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key] as JsonValue;
  return out;
}

/**
 * Takes the first carried target with `id` not yet used, so repeated targets get their own
 * fields back in order.
 */
export function takeCarried(
  targets: readonly CarriedTarget[] | undefined,
  used: Set<CarriedTarget>,
  id: string,
): CarriedTarget['fields'] {
  const found = targets?.find((t) => t.id === id && !used.has(t));
  if (!found) return {};
  used.add(found);
  return found.fields;
}

interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly element?: SchemaNode;
      readonly innerType?: SchemaNode;
      readonly options?: readonly (SchemaNode & { safeParse(v: unknown): { success: boolean } })[];
    };
  };
}

/**
 * The keys of `input` a (stripping) zod object schema would drop without a word, one lost item
 * per object naming them. Walks the schema's own definition, so the schema stays the one list
 * of what an importer reads.
 *
 * @example
 * strayKeys(schema, { name: 'Ops', colour: 'red' }); // [{ path: [], message: 'Unknown keys: colour; not carried.' }]
 */
export function strayKeys(
  schema: unknown,
  input: unknown,
  path: readonly (string | number)[] = [],
): { path: (string | number)[]; message: string }[] {
  const node = schema as SchemaNode;
  const def = node._zod.def;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    return input === undefined || input === null ? [] : strayKeys(def.innerType, input, path);
  }
  if (def.type === 'array' && def.element && Array.isArray(input)) {
    const element = def.element;
    return input.flatMap((item, i) => strayKeys(element, item, [...path, i]));
  }
  if (def.type === 'union' && def.options) {
    const option = def.options.find((o) => o.safeParse(input).success);
    return option ? strayKeys(option, input, path) : [];
  }
  if (def.type !== 'object' || !def.shape || typeof input !== 'object' || input === null) return [];
  const shape = def.shape;
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
  const here = unknown.length
    ? [{ path: [...path], message: `Unknown keys: ${unknown.join(', ')}; not carried.` }]
    : [];
  return [
    ...here,
    ...Object.entries(shape).flatMap(([key, inner]) =>
      Object.hasOwn(record, key) ? strayKeys(inner, record[key], [...path, key]) : [],
    ),
  ];
}
