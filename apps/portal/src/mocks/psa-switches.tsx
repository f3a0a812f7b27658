import { useSyncExternalStore } from 'react';
import {
  onSettingsChange,
  type PsaMockSettings,
  type SaveFailure,
  saveFailures,
  setSaveFailure,
} from './settings';

const LABELS: Record<SaveFailure, string> = {
  'save-500': 'Saves fail with a server error (500)',
  'save-409': 'A colleague saves first (409 conflict, once)',
  offline: 'Offline: the PSA cannot be reached',
};

/**
 * The demo's control panel for the simulated PSA: switches that make saves fail in each way a
 * real PSA can, so a visitor can see that no edit is lost. Not part of a real portal.
 *
 * @example
 * <PsaSwitches settings={settings} />
 */
export function PsaSwitches({ settings }: { settings: PsaMockSettings }) {
  // The settings object is shared with the mock; its listeners say when a switch flips.
  const on = useSyncExternalStore(onSettingsChange, () => [...settings.saves].sort().join(','));
  return (
    <fieldset className="psa-switches">
      <legend>Simulated PSA</legend>
      {saveFailures.map((failure) => (
        <label key={failure} className="switch">
          <input
            type="checkbox"
            checked={on.split(',').includes(failure)}
            onChange={(event) => setSaveFailure(settings, failure, event.currentTarget.checked)}
          />
          {LABELS[failure]}
        </label>
      ))}
      <p className="muted">
        {settings.failing.size > 0 ? `Down: ${[...settings.failing].join(', ')}. ` : ''}
        Try <a href="?fail=all">a PSA outage</a>, <a href="?latency=2000">a slow PSA</a> or{' '}
        <a href="?">the normal PSA</a>. Saved data lives in this browser;{' '}
        <button type="button" className="link-button" onClick={() => resetDemo()}>
          reset the demo
        </button>
        .
      </p>
    </fieldset>
  );
}

/** Forgets everything saved in this browser and reloads: the demo as first seen. */
function resetDemo() {
  for (const key of Object.keys(window.localStorage))
    if (key.startsWith('tandem-portal:')) window.localStorage.removeItem(key);
  window.location.reload();
}
