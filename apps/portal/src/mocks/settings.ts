/** The PSA resources the mock can take down one by one (`?fail=matrix,tickets`). */
export const psaResources = [
  'matrix',
  'versions',
  'audit',
  'escalation',
  'tickets',
  'slaPolicies',
  'calendars',
] as const;
export type PsaResource = (typeof psaResources)[number];

/**
 * What can go wrong with a save: the PSA answers 500, another user saved first (409, once:
 * a colleague's edit lands just before yours), or the browser is offline (every request fails
 * at the network, reads included).
 */
export const saveFailures = ['save-500', 'save-409', 'offline'] as const;
export type SaveFailure = (typeof saveFailures)[number];

/**
 * How the mocked PSA behaves: how slow it is, which resources are down and how saves fail.
 * Read on every request, so the footer's switches change it while the page runs.
 */
export interface PsaMockSettings {
  latencyMs: number;
  failing: Set<PsaResource>;
  saves: Set<SaveFailure>;
}

const isResource = (name: string): name is PsaResource =>
  (psaResources as readonly string[]).includes(name);
const isSaveFailure = (name: string): name is SaveFailure =>
  (saveFailures as readonly string[]).includes(name);

/**
 * Reads the settings from a query string, e.g. `?latency=0&fail=matrix,save-409` (`fail=all`
 * takes every resource down). Unknown names are ignored; a bad latency falls back to the default.
 *
 * @example
 * readPsaMockSettings('?fail=save-500').saves.has('save-500'); // true
 */
export function readPsaMockSettings(search: string, defaultLatencyMs = 350): PsaMockSettings {
  const params = new URLSearchParams(search);
  const latency = Number(params.get('latency'));
  const latencyMs =
    params.has('latency') && Number.isFinite(latency) && latency >= 0
      ? Math.min(latency, 10_000)
      : defaultLatencyMs;
  const requested = (params.get('fail') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const failing = new Set<PsaResource>(
    requested.includes('all') ? psaResources : requested.filter(isResource),
  );
  return { latencyMs, failing, saves: new Set(requested.filter(isSaveFailure)) };
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Turns a save failure on or off and tells whoever shows the switches. */
export function setSaveFailure(settings: PsaMockSettings, failure: SaveFailure, on: boolean) {
  if (settings.saves.has(failure) === on) return;
  if (on) settings.saves.add(failure);
  else settings.saves.delete(failure);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a save failure is switched; returns the unsubscribe. */
export function onSettingsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
