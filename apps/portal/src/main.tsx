import '@tandem/react/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { readPsaMockSettings } from './mocks/settings';

const settings = readPsaMockSettings(window.location.search);

async function main() {
  // The PSA stand-in loads in its own chunk: a real portal would drop this line.
  const { startPsaMock } = await import('./mocks/browser');
  await startPsaMock(settings);
  const root = document.getElementById('root');
  if (!root) throw new Error('[tandem-portal] index.html has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App settings={settings} />
    </StrictMode>,
  );
}

void main();
