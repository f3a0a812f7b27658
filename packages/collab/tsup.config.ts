import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the bindings, for browsers and servers alike; server: the Hocuspocus server, Node only.
  entry: { index: 'src/index.ts', server: 'src/server.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
