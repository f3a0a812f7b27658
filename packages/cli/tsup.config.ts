import { defineConfig } from 'tsup';

export default defineConfig({
  // The binary and the SLA worker are separate files: the worker is started by path
  // (`new Worker(new URL('./sla-worker.js', import.meta.url))`), so it must exist beside cli.js.
  entry: { cli: 'src/cli.ts', 'sla-worker': 'src/sla/sla-worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  // Dependencies stay external: they are installed with the package, and the core's entries
  // are shared between the binary and the worker.
  banner: ({ format }) => (format === 'esm' ? { js: '#!/usr/bin/env node' } : {}),
});
