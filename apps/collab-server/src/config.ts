import * as z from 'zod';

// What the server reads from its environment, checked once at start: a bad value stops it with
// the variable's name rather than a server on the wrong port.

const configSchema = z.object({
  TANDEM_COLLAB_PORT: z.coerce.number().int().min(0).max(65_535).default(1234),
  TANDEM_COLLAB_DB: z.string().min(1).default('data/rooms.sqlite'),
  TANDEM_COLLAB_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
});

/** The collab server's settings. */
export interface CollabServerConfig {
  /** Loopback port; `0` picks a free one. */
  readonly port: number;
  /** The SQLite file the rooms live in (`:memory:` for none). */
  readonly dbPath: string;
  /** How long after the last edit a room is stored. */
  readonly debounceMs: number;
}

/**
 * Reads the settings from environment variables (`TANDEM_COLLAB_PORT`, default 1234;
 * `TANDEM_COLLAB_DB`, default `data/rooms.sqlite`; `TANDEM_COLLAB_DEBOUNCE_MS`, default 2000),
 * or says which one is wrong.
 *
 * @example
 * const config = readConfig(process.env);
 * if (!config.ok) throw new Error(config.message);
 */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: CollabServerConfig } | { ok: false; message: string } {
  // An empty variable (`TANDEM_COLLAB_PORT=`) means "not set", as in most shells' scripts.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success)
    return {
      ok: false,
      message: parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    };
  const { TANDEM_COLLAB_PORT, TANDEM_COLLAB_DB, TANDEM_COLLAB_DEBOUNCE_MS } = parsed.data;
  return {
    ok: true,
    value: {
      port: TANDEM_COLLAB_PORT,
      dbPath: TANDEM_COLLAB_DB,
      debounceMs: TANDEM_COLLAB_DEBOUNCE_MS,
    },
  };
}
