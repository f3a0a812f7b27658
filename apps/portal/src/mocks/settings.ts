import type { PsaEndpoint } from '../api/psa-client';

/** How the mocked PSA behaves: how slow it is and which endpoints are down. */
export interface PsaMockSettings {
  latencyMs: number;
  failing: ReadonlySet<PsaEndpoint>;
}

const endpointNames: readonly PsaEndpoint[] = ['matrix', 'tickets', 'slaPolicies'];

/**
 * Reads the settings from a query string, e.g. `?latency=0&fail=matrix,tickets` (`fail=all`
 * takes the whole PSA down). Unknown names are ignored; a bad latency falls back to the default.
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
  const failing = new Set<PsaEndpoint>(
    requested.includes('all')
      ? endpointNames
      : endpointNames.filter((name) => requested.includes(name)),
  );
  return { latencyMs, failing };
}
