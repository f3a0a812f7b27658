// Budgets of the React package, in min+gzip bytes, measured by size-limit's esbuild plugin.
//
// "At first paint" checks leave out what the components load with `import()` after they mounted
// (dialogs, the cell menu, the simulation panel, the queue's ticket dialog, the xlsx reader, the
// flow's checks, presence): what a host's first page load pays. "With what it loads later" checks count those chunks too.
// `node scripts/size-report.js` says where the bytes go, per dependency and per module.

/**
 * Leaves every `import()` out of the bundle: what the entry reaches by static imports is what a
 * host's first page load pays; a lazy part's own code and dependencies load after first paint.
 * (esbuild's own code splitting is no help here: it keeps the chunks of `import()` calls that
 * tree shaking removed, so importing `RoleChip` alone would pull the editor's dialogs in.)
 */
const firstPaint = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'tandem-first-paint',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

// Presence (live co-editing, issue 15) raised the ratchets below by what it adds, measured
// against its branch point: about 1.2–1.5 kB per component, 2.4 kB for the three together.
// The matrix editor's written-out surface (issue 21: prop getters shared by host and shipped
// row, getHeaderProps, aria-rowindex on rows, the hook split by concern) added 0.4 kB to the
// matrix (44.35 -> 44.75 kB at first paint; the three together 91.96 -> 92.54 kB).
// Then the flow's checks and presence's grouping, wording and marks moved to chunks loaded after
// first paint (presence only for components given `presence`): the flow alone 45.1 -> 38.4 kB,
// the three together 92.5 -> 89.1 kB; the lazy totals grew by what a chunk boundary costs.
// Live co-editing's remote-edit speed (issue 15: ≤ 50 ms to the other page's screen) added an
// incremental issue index and ResizeObserver row heights: about +0.3 kB to the main entry and the
// lazy totals, +0.1 kB to MatrixImport (its sheet preview shares the row window). The matrix at
// first paint went down instead (45.0 -> 44.73 kB): the core's lane move now loads with the lanes
// board, the only view with lane targets.
// The SLA engine's allocation cuts for `tandem sla` (issue 18: 1M tickets ≤ 10 s; ~16 % less CPU
// per ticket: warning fractions once per computer, clock arrays made at their length) added
// ~0.1-0.2 kB to what carries the engine (SlaTimeline, SlaQueue and the totals).
const react = ['react', 'react-dom'];
const dependencies = [
  ...react,
  '@tandem/core',
  '@dnd-kit/core',
  '@dnd-kit/sortable',
  '@dnd-kit/utilities',
  '@radix-ui/react-dialog',
];

/** One budget: `lazy: false` measures first paint only. */
const check = ({ name, path, imports = '*', ignore = react, limit, lazy = false }) => ({
  name,
  path,
  import: imports,
  ignore,
  gzip: true,
  limit,
  ...(lazy ? {} : { modifyEsbuildConfig: firstPaint }),
});

export default [
  check({
    name: 'the main entry (shared parts and the matrix editor) at first paint, with its dependencies',
    path: 'dist/index.js',
    limit: '55.8 kB',
  }),
  check({
    name: 'its own code, main entry, with what it loads later',
    path: 'dist/index.js',
    ignore: dependencies,
    lazy: true,
    limit: '23.7 kB',
  }),
  check({
    name: 'its own code, every entry, with what they load later',
    path: 'size/every-entry.js',
    ignore: dependencies,
    lazy: true,
    limit: '77.2 kB',
  }),
  check({
    name: 'RoleChip alone',
    path: 'dist/index.js',
    imports: '{ RoleChip }',
    limit: '5.4 kB',
  }),
  check({
    name: 'ResponsibilityMatrix alone at first paint (issue 18: 45 kB)',
    path: 'dist/index.js',
    imports: '{ ResponsibilityMatrix }',
    limit: '45 kB',
  }),
  check({
    name: 'ResponsibilityMatrix alone, with the dialogs and cell menu it loads after first paint',
    path: 'dist/index.js',
    imports: '{ ResponsibilityMatrix }',
    lazy: true,
    limit: '65.9 kB',
  }),
  check({
    name: 'EscalationFlow alone at first paint',
    path: 'dist/escalation-flow.js',
    imports: '{ EscalationFlow }',
    limit: '38.7 kB',
  }),
  check({
    name: 'EscalationFlow alone, with the step dialog and simulation panel it loads later',
    path: 'dist/escalation-flow.js',
    imports: '{ EscalationFlow }',
    lazy: true,
    limit: '68.8 kB',
  }),
  check({
    name: 'SlaTimeline alone',
    path: 'dist/sla-timeline.js',
    imports: '{ SlaTimeline }',
    limit: '23 kB',
  }),
  check({
    name: 'SlaQueue alone at first paint',
    path: 'dist/sla-timeline.js',
    imports: '{ SlaQueue }',
    limit: '17.55 kB',
  }),
  check({
    name: 'SlaQueue alone, with the ticket dialog (a full timeline) it loads later',
    path: 'dist/sla-timeline.js',
    imports: '{ SlaQueue }',
    lazy: true,
    limit: '44.1 kB',
  }),
  // Issue 18's goal, met at 89.1 kB once the flow's checks and presence load after first paint.
  check({
    name: 'the three main components together at first paint (issue 18: 90 kB)',
    path: 'size/three-components.js',
    limit: '90 kB',
  }),
  check({
    name: 'the three main components together, with what they load later',
    path: 'size/three-components.js',
    lazy: true,
    limit: '122.1 kB',
  }),
  check({
    name: 'MatrixImport alone at first paint (the xlsx reader loads only for a workbook)',
    path: 'dist/matrix-import.js',
    imports: '{ MatrixImport }',
    limit: '46.35 kB',
  }),
  check({
    name: 'MatrixImport alone, with the xlsx reader it loads when a workbook is read',
    path: 'dist/matrix-import.js',
    imports: '{ MatrixImport }',
    lazy: true,
    limit: '61.1 kB',
  }),
  check({
    name: 'ServiceReview alone (issue 16: 40 kB)',
    path: 'dist/service-review.js',
    imports: '{ ServiceReview }',
    limit: '40 kB',
  }),
  check({
    name: 'every entry together at first paint, with their dependencies',
    path: 'size/every-entry.js',
    limit: '166.7 kB',
  }),
  check({
    name: 'every entry together, with everything they load later',
    path: 'size/every-entry.js',
    lazy: true,
    limit: '192.7 kB',
  }),
];
