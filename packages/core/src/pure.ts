/**
 * Runs `build` and returns its result. Wrapped in a pure-annotated call
 * (`/* @__PURE__ *\/ built(() => z.object(…))`), a module-level schema is dropped by a host's
 * bundler when nothing uses it — and with the last one, zod itself.
 *
 * @example
 * export const idSchema = /* @__PURE__ *\/ built(() => z.string());
 */
export function built<T>(build: () => T): T {
  return build();
}
