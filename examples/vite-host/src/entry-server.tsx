import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app';

/**
 * The page's HTML as the server renders it (run at build time by prerender.mjs). A component
 * that fails here falls back to rendering in the browser; the reason becomes its boundary's
 * digest, so it is in the HTML, and is printed.
 */
export async function render(app: ReactNode = <App />): Promise<string> {
  const { prelude } = await prerenderToNodeStream(app, {
    onError(error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(`[prerender] ${message}`);
      return message;
    },
  });
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}
