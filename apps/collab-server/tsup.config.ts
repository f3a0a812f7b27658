import { defineConfig } from 'tsup';

export default defineConfig({
  // A program, not a library: one ES module for Node, its dependencies left in node_modules.
  entry: { main: 'src/main.ts', index: 'src/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
