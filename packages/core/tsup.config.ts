import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  // Entry names become the file names in dist/: index, validate, io, sla, sla-attribution, sla-bulk,
  // review, review-export, escalation, escalation-interop, templates, ics, psa, xlsx.
  entry: {
    index: 'src/index.ts',
    validate: 'src/validate-entry.ts',
    io: 'src/io-entry.ts',
    sla: 'src/sla-entry.ts',
    'sla-attribution': 'src/sla-attribution-entry.ts',
    'sla-bulk': 'src/sla-bulk-entry.ts',
    review: 'src/review-entry.ts',
    'review-export': 'src/review-export-entry.ts',
    escalation: 'src/escalation-entry.ts',
    'escalation-interop': 'src/escalation-interop-entry.ts',
    templates: 'src/templates-entry.ts',
    ics: 'src/ics-entry.ts',
    psa: 'src/psa-entry.ts',
    xlsx: 'src/xlsx-entry.ts',
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
