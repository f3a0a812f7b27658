import '@tandem/react/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { readLiveSession } from './live/live-session';
import { readPsaMockSettings } from './mocks/settings';

const settings = readPsaMockSettings(window.location.search);
// `?as=dana` or `?as=sam`: the matrix co-edited live on the collab server start.sh runs.
const live = readLiveSession(window.location.search, import.meta.env.VITE_TANDEM_COLLAB_URL);

async function main() {
  // The PSA stand-in loads in its own chunk: a real portal would drop this line.
  const { startPsaMock } = await import('./mocks/browser');
  await startPsaMock(settings);
  const root = document.getElementById('root');
  if (!root) throw new Error('[tandem-portal] index.html has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App settings={settings} live={live} />
    </StrictMode>,
  );
}

void main();
