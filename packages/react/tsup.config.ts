import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per component family, so a host that embeds only the matrix editor never loads
  // the escalation or SLA engines.
  entry: {
    index: 'src/index.ts',
    'escalation-flow': 'src/escalation-flow/index.ts',
    'sla-timeline': 'src/sla-timeline/index.ts',
    'matrix-import': 'src/matrix-import/index.ts',
    'service-review': 'src/service-review/index.ts',
    styles: 'src/styles.css',
  },
  format: ['esm', 'cjs'],
  dts: {
    entry: {
      index: 'src/index.ts',
      'escalation-flow': 'src/escalation-flow/index.ts',
      'sla-timeline': 'src/sla-timeline/index.ts',
      'matrix-import': 'src/matrix-import/index.ts',
      'service-review': 'src/service-review/index.ts',
    },
  },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', /^@tandem\/core/],
});
