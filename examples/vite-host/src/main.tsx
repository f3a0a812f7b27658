import '@tandem/react/styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';

// `?dir=rtl` makes the whole document right to left (with lang="en": the case minifiers that
// rewrite :dir() into :lang() lists get wrong).
document.documentElement.dir =
  new URLSearchParams(location.search).get('dir') === 'rtl' ? 'rtl' : 'ltr';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The production build carries the server HTML (prerender.mjs); `vite dev` does not.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
