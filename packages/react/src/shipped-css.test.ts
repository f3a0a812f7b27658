// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';

// What a host's production build does to our stylesheets: Vite minifies CSS with Lightning CSS
// for its default targets (Chrome/Edge 107, Firefox 104, Safari 16). It may add prefixes or
// rewrite media queries, which mean the same; it must not rewrite a selector, as it rewrites
// `:dir(rtl)` into a `:lang()` list that misses a right-to-left page in English.
const sheets = [
  'escalation-flow/escalation-flow.css',
  'matrix-editor/matrix-editor.css',
  'sla-timeline/held-by.css',
  'sla-timeline/sla-queue.css',
  'sla-timeline/sla-timeline.css',
];
const version = (major: number) => major << 16;
const viteTargets = {
  chrome: version(107),
  edge: version(107),
  firefox: version(104),
  safari: version(16),
};

function selectorsOf(css: string): string[] {
  const preludes = [...css.matchAll(/(?:^|[{};])([^{};]+)\{/g)].map((m) => m[1]?.trim() ?? '');
  return preludes.filter((prelude) => !prelude.startsWith('@'));
}

function minified(file: string, targets?: typeof viteTargets): string {
  const code = readFileSync(fileURLToPath(new URL(file, import.meta.url)));
  return transform({
    filename: file,
    code,
    minify: true,
    ...(targets && { targets }),
  }).code.toString();
}

describe('the shipped stylesheets in a production build', () => {
  it.each(sheets)('%s keeps every selector under Lightning CSS with Vite’s targets', (file) => {
    const selectors = selectorsOf(minified(file));
    expect(selectors.length).toBeGreaterThan(10);
    expect(selectorsOf(minified(file, viteTargets))).toEqual(selectors);
  });

  it.each(sheets)('%s uses no :dir() or :lang() selector', (file) => {
    expect(minified(file)).not.toMatch(/:dir\(|:lang\(/);
  });

  it('would catch the :dir() rewrite this guards against', () => {
    const code = Buffer.from(':where(.a:dir(rtl)){scale:-1 1}');
    const lowered = transform({ filename: 'x.css', code, minify: true, targets: viteTargets });
    expect(lowered.code.toString()).toContain(':lang(');
  });
});
