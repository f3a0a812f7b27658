/**
 * What a host may pass as a component's `messages`: any subset of the strings and functions,
 * and any subset of each nested record (so one side, one lane or one clock name can be renamed
 * alone).
 *
 * @example
 * const overrides: MessageOverrides<{ undo: string; sides: { internal: string; provider: string } }> =
 *   { sides: { provider: 'MSP' } };
 */
export type MessageOverrides<T> = {
  [K in keyof T]?:
    | (T[K] extends (...args: never[]) => unknown
        ? T[K]
        : T[K] extends object
          ? Partial<T[K]>
          : T[K])
    | undefined;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Merges a host's overrides over a component's default messages: top-level entries replace,
 * nested records merge key by key. Returns the defaults themselves when there is nothing to
 * merge, so memoised consumers keep their identity.
 *
 * @example
 * mergeMessages({ undo: 'Undo', sides: { internal: 'Internal', provider: 'Provider' } }, { sides: { provider: 'MSP' } });
 * // { undo: 'Undo', sides: { internal: 'Internal', provider: 'MSP' } }
 */
export function mergeMessages<T extends object>(
  defaults: T,
  overrides: MessageOverrides<T> | undefined,
): T {
  if (!overrides) return defaults;
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  return merged as T;
}
