import { Writable } from 'node:stream';
import type { ReactNode } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { App } from './app';

/**
 * The page's HTML as the server renders it (run at build time by prerender.mjs), once every
 * boundary has settled. A component that fails here falls back to rendering in the browser; the
 * reason becomes its boundary's digest, so it is in the HTML, and is printed.
 * `renderToPipeableStream` is the server API React 18 and 19 share (React 18 has no
 * `react-dom/static`), so the React 18 copy of this host renders the same way.
 */
export function render(app: ReactNode = <App />): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += chunk;
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    const stream = renderToPipeableStream(app, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError(error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        console.error(`[prerender] ${message}`);
        return message;
      },
    });
  });
}
