// Keeps a package's `typesVersions` in step with its `exports`, for TypeScript's node10
// resolution (`moduleResolution: "node"`, still the default of many older hosts and of Jest
// setups), which ignores `exports` and looks for `<package>/<subpath>` next to package.json.
// `typesVersions` sends each subpath to the .d.cts file that `exports` names under `require`
// (what node10 hosts load at run time), so arethetypeswrong's default profile resolves every one.
//
//   node ../../scripts/types-versions.js          fails (exit 1) if package.json is out of step
//   node ../../scripts/types-versions.js --write  rewrites package.json's typesVersions
//
// Run in a package folder. A new entry in `exports` needs `--write` once (`pnpm sync:types-versions`);
// `check:package` runs the check, so a forgotten one fails the package checks with this advice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.cwd(), 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);

/** The declaration file `exports` gives a subpath for `require` (else any `types`), if any. */
function typesOf(target) {
  if (typeof target === 'string') return target.endsWith('.json') ? target : undefined;
  if (!target || typeof target !== 'object') return undefined;
  return typesOf(target.require) ?? target.types ?? typesOf(target.default);
}

const mapping = {};
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  if (subpath === '.' || subpath === './package.json' || subpath.includes('*')) continue;
  const types = typesOf(target);
  if (types) mapping[subpath.slice(2)] = [types];
}
const wanted = Object.keys(mapping).length ? { '*': mapping } : undefined;

if (JSON.stringify(pkg.typesVersions) === JSON.stringify(wanted)) process.exit(0);
if (!process.argv.includes('--write')) {
  console.error(
    `[tandem] ${pkg.name}: package.json's typesVersions does not match its exports (node10 hosts would not find the types of a subpath). Run \`pnpm sync:types-versions\` in the package and commit package.json.`,
  );
  process.exit(1);
}

// Rebuilt in a fixed place (after `exports`), so the file diffs only where the mapping changed.
const next = {};
for (const [key, value] of Object.entries(pkg)) {
  if (key === 'typesVersions') continue;
  next[key] = value;
  if (key === 'exports' && wanted) next.typesVersions = wanted;
}
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
console.log(`[tandem] ${pkg.name}: typesVersions maps ${Object.keys(mapping).join(', ')}`);
