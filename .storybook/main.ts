import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';

const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));
const reactSrc = fileURLToPath(new URL('../packages/react/src/', import.meta.url));

// The docs pages import the packages by their public names, as a host would. Files in docs/ are
// not inside a workspace package, so those names are resolved here: `@tandem/react` to the
// sources the component stories render, `@tandem/core` exactly as `@tandem/react` resolves it,
// so a docs page and a story share one module instance.
const reactEntries: Readonly<Record<string, string>> = {
  '@tandem/react': `${reactSrc}index.ts`,
  '@tandem/react/escalation-flow': `${reactSrc}escalation-flow/index.ts`,
  '@tandem/react/sla-timeline': `${reactSrc}sla-timeline/index.ts`,
  '@tandem/react/matrix-import': `${reactSrc}matrix-import/index.ts`,
  '@tandem/react/service-review': `${reactSrc}service-review/index.ts`,
  '@tandem/react/styles.css': `${reactSrc}styles.css`,
};

const entryFiles = new Set(Object.values(reactEntries).filter((file) => file.endsWith('.ts')));

function docsImports(): Plugin {
  return {
    name: 'tandem-docs-imports',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!importer?.startsWith(docsDir) || !source.startsWith('@tandem/')) return null;
      const entry = reactEntries[source];
      if (entry) return entry;
      return this.resolve(source, reactEntries['@tandem/react'], { ...options, skipSelf: true });
    },
    // The entries' 'use client' is for Next.js hosts; bundled into the catalog it means nothing,
    // and left in, every build warns that it cannot be preserved.
    transform(code, id) {
      if (!entryFiles.has(id)) return null;
      return { code: code.replace(/^(['"])use client\1;/, ''), map: null };
    },
  };
}

const config: StorybookConfig = {
  stories: [
    '../docs/**/*.mdx',
    '../docs/**/*.stories.@(ts|tsx)',
    '../packages/react/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: '@storybook/react-vite',
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), docsImports()] }),
};

export default config;
