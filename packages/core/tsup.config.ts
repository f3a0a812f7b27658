import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  // Entry names become the file names in dist/: index, io, sla, templates.
  entry: {
    index: 'src/index.ts',
    io: 'src/io-entry.ts',
    sla: 'src/sla-entry.ts',
    templates: 'src/templates-entry.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The document's JSON Schema ships beside the code for hosts that do not read TypeScript.
  onSuccess: () =>
    copyFile('src/io/matrix-document.schema.json', 'dist/matrix-document.schema.json'),
});
