// Where the bytes of each React entry go: bundles each measured import the way size-limit does
// (esbuild, minified, react and react-dom left out) but from the sources, so the report can name
// every own module and every dependency. Run after `pnpm --filter @tandem/core build`.
//
//   node scripts/size-report.js            Markdown tables on stdout
//   node scripts/size-report.js --json     the same figures as JSON
//   node scripts/size-report.js --top 40   how many rows per entry (default 25)
//   node scripts/size-report.js --core-sources
//                                          bundles @tandem/core from its sources too, so the
//                                          core's share is named per module, not per dist chunk
//
// Per-module figures are minified bytes (what esbuild attributes to each input); gzip does not add
// up per module, so gzip is given for each whole bundle only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The imports the budgets in .size-limit.json care about, from the sources. */
const cases = [
  { name: 'ResponsibilityMatrix', from: 'src/index.ts', import: '{ ResponsibilityMatrix }' },
  { name: 'EscalationFlow', from: 'src/escalation-flow/index.ts', import: '{ EscalationFlow }' },
  { name: 'SlaTimeline', from: 'src/sla-timeline/index.ts', import: '{ SlaTimeline }' },
  { name: 'SlaQueue', from: 'src/sla-timeline/index.ts', import: '{ SlaQueue }' },
  { name: 'MatrixImport', from: 'src/matrix-import/index.ts', import: '{ MatrixImport }' },
  {
    name: 'The three main components together',
    from: null,
    lines: [
      "export { ResponsibilityMatrix } from './src/index.ts';",
      "export { EscalationFlow } from './src/escalation-flow/index.ts';",
      "export { SlaTimeline, SlaQueue } from './src/sla-timeline/index.ts';",
    ],
  },
];

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const coreSources = args.includes('--core-sources');

/** Resolves `@tandem/core` and `@tandem/core/<entry>` to the entry files its tsup config names. */
const coreFromSources = {
  name: 'tandem-core-sources',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@tandem\/core(\/.*)?$/ }, (args) => {
      const entry = args.path.slice('@tandem/core'.length).replace(/^\//, '').replaceAll('/', '-');
      const file = entry === '' ? 'index.ts' : `${entry}-entry.ts`;
      return { path: resolve(packageDir, '../core/src', file) };
    });
  },
};
const topIndex = args.indexOf('--top');
const top = topIndex === -1 ? 25 : Number(args[topIndex + 1]);

/** Which package an input belongs to: the npm name for node_modules, `@tandem/core` for core, else own. */
function ownerOf(input) {
  const inModules = input.lastIndexOf('node_modules/');
  if (inModules !== -1) {
    const rest = input.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (resolve(packageDir, input).includes('/packages/core/')) return '@tandem/core';
  return 'own';
}

async function measure(entryCase, scratch) {
  const lines = entryCase.lines ?? [`export ${entryCase.import} from './${entryCase.from}';`];
  const entryFile = join(packageDir, `.size-report-entry-${process.pid}.ts`);
  writeFileSync(entryFile, `${lines.join('\n')}\n`);
  try {
    const result = await build({
      entryPoints: [entryFile],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      metafile: true,
      write: true,
      outdir: scratch,
      splitting: true,
      external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      loader: { '.css': 'empty' },
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: coreSources ? [coreFromSources] : [],
      logLevel: 'silent',
    });
    const outputs = Object.entries(result.metafile.outputs).filter(([file]) =>
      file.endsWith('.js'),
    );
    // Chunks of `import()` calls are entry points too; the measured one is the file written above.
    const entryOutput = outputs.find(
      ([, output]) => output.entryPoint && resolve(process.cwd(), output.entryPoint) === entryFile,
    );
    // Chunks loaded only through import() are not paid at first paint; report them apart.
    const firstPaint = new Set([entryOutput[0]]);
    for (const file of firstPaint) {
      for (const imported of result.metafile.outputs[file].imports) {
        if (imported.kind === 'import-statement' && !imported.external)
          firstPaint.add(imported.path);
      }
    }
    const modules = new Map();
    let firstPaintBytes = 0;
    let firstPaintGzip = 0;
    let lazyBytes = 0;
    for (const [file, output] of outputs) {
      const eager = firstPaint.has(file);
      const code = readFileSync(resolve(process.cwd(), file));
      if (eager) {
        firstPaintBytes += code.length;
        firstPaintGzip += gzipSync(code, { level: 9 }).length;
      } else lazyBytes += code.length;
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput === 0) continue;
        const key = relative(packageDir, resolve(process.cwd(), input)).replaceAll('\\', '/');
        const entry = modules.get(key) ?? { bytes: 0, lazy: 0 };
        if (eager) entry.bytes += bytesInOutput;
        else entry.lazy += bytesInOutput;
        modules.set(key, entry);
      }
    }
    const packages = new Map();
    for (const [input, { bytes, lazy }] of modules) {
      const owner = ownerOf(input);
      const entry = packages.get(owner) ?? { bytes: 0, lazy: 0 };
      entry.bytes += bytes;
      entry.lazy += lazy;
      packages.set(owner, entry);
    }
    const byBytes = (a, b) => b[1].bytes + b[1].lazy - (a[1].bytes + a[1].lazy);
    return {
      name: entryCase.name,
      firstPaintBytes,
      firstPaintGzip,
      lazyBytes,
      packages: [...packages].sort(byBytes).map(([name, v]) => ({ name, ...v })),
      ownModules: [...modules]
        .filter(([input]) => ownerOf(input) === 'own')
        .sort(byBytes)
        .map(([name, v]) => ({ name, ...v })),
      coreModules: [...modules]
        .filter(([input]) => ownerOf(input) === '@tandem/core')
        .sort(byBytes)
        .map(([name, v]) => ({ name, ...v })),
    };
  } finally {
    rmSync(entryFile, { force: true });
  }
}

const kB = (bytes) => (bytes / 1000).toFixed(2);

function table(rows) {
  const lines = ['| | first paint (min) | lazy (min) |', '|---|---:|---:|'];
  for (const row of rows.slice(0, top)) {
    lines.push(`| ${row.name} | ${kB(row.bytes)} kB | ${row.lazy ? `${kB(row.lazy)} kB` : ''} |`);
  }
  if (rows.length > top) lines.push(`| … ${rows.length - top} more | | |`);
  return lines.join('\n');
}

const reports = [];
for (const entryCase of cases) {
  const scratch = mkdtempSync(join(tmpdir(), 'tandem-size-report-'));
  try {
    reports.push(await measure(entryCase, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
} else {
  const out = [
    '# @tandem/react size report',
    '',
    'Minified bytes per dependency and per module; gzip for whole bundles. React and react-dom left out.',
    '',
    '| entry | first paint (min) | first paint (gzip, sum of chunks) | lazy chunks (min) |',
    '|---|---:|---:|---:|',
    ...reports.map(
      (r) =>
        `| ${r.name} | ${kB(r.firstPaintBytes)} kB | ${kB(r.firstPaintGzip)} kB | ${kB(r.lazyBytes)} kB |`,
    ),
  ];
  for (const r of reports) {
    out.push('', `## ${r.name}`, '', '### By package', '', table(r.packages));
    out.push('', '### Own modules', '', table(r.ownModules));
    out.push('', '### @tandem/core modules', '', table(r.coreModules));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
