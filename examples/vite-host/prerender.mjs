// Step 3 of `npm run build`: writes the server-rendered page into dist/index.html, so the
// browser hydrates it (with its own locale and time zone) instead of rendering from nothing.
import { readFile, writeFile } from 'node:fs/promises';

const { render } = await import('./dist-server/entry-server.js');
const page = new URL('./dist/index.html', import.meta.url);
const template = await readFile(page, 'utf8');
const html = await render();
await writeFile(page, template.replace('<div id="root"></div>', `<div id="root">${html}</div>`));
console.log(`[prerender] dist/index.html: ${html.length} characters of server HTML`);
