import { setupWorker } from 'msw/browser';
import { createPsaHandlers } from './handlers';
import type { PsaMockSettings } from './settings';

/** Starts the service worker that plays the PSA in the browser, storing in localStorage. */
export async function startPsaMock(settings: PsaMockSettings): Promise<void> {
  const worker = setupWorker(...createPsaHandlers(settings, window.localStorage));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Anything that is not the PSA (scripts, styles) goes to the network untouched and unlogged.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
