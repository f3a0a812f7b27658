import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import { configure } from 'storybook/test';
import '../packages/react/src/styles.css';
import './catalog.css';

// Dialogs, menus and panels are lazy chunks: the first story that opens one waits for its module,
// which in dev mode on a fresh clone waits for Vite's first dependency optimisation as well (more
// than 5 s on a loaded two-core machine). findBy* and waitFor should fail on an element that never
// comes, not on a cold first fetch, so they wait up to 15 s (the story tests' time-out is 30 s).
configure({ asyncUtilTimeout: 15_000 });

/** The themes the toolbar offers; each is a set of `--tandem-*` properties in catalog.css. */
const THEMES = ['light', 'dark', 'brand'] as const;
type Theme = (typeof THEMES)[number];
type Direction = 'ltr' | 'rtl';

interface FrameProps {
  readonly theme: Theme;
  readonly dir: Direction;
  readonly view: string;
  readonly children: ReactNode;
}

/**
 * Wraps every story in the toolbar's theme and reading direction. The theme also goes on the
 * body, for dialogs that portal out of the story; the direction goes on the document only on a
 * story's own page, so a right-to-left story never mirrors the docs page around it.
 */
function CatalogFrame({ theme, dir, view, children }: FrameProps) {
  useEffect(() => {
    const { body, documentElement } = document;
    body.dataset.tandemTheme = theme;
    body.dataset.tandemView = view;
    if (view === 'story') documentElement.dir = dir;
    else documentElement.removeAttribute('dir');
  }, [theme, dir, view]);
  return (
    <div className="tandem-catalog" data-tandem-theme={theme} dir={dir}>
      {children}
    </div>
  );
}

const withCatalogGlobals: Decorator = (Story, context) => {
  const theme: Theme = THEMES.includes(context.globals.theme) ? context.globals.theme : 'light';
  const dir: Direction = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <CatalogFrame theme={theme} dir={dir} view={context.viewMode}>
      <Story />
    </CatalogFrame>
  );
};

const preview: Preview = {
  // Every component gets a generated docs page: its props table and each of its stories.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme: the --tandem-* custom properties every component reads',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light (default look)' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (teal, rounder)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Reading direction of the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // The story tests run with these: the default look, left to right.
  initialGlobals: { theme: 'light', dir: 'ltr' },
  decorators: [withCatalogGlobals],
  parameters: {
    // Every story is an accessibility test: any axe violation fails the run.
    a11y: { test: 'error' },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Embedding', 'Theming', 'Internationalisation', 'Accessibility'],
          'Core SDK',
          [
            'Data model',
            'Validation rules',
            'SLA semantics',
            'Routing and escalation',
            'PSA interop',
          ],
          'Matrix editor',
          'Escalation flow',
          'SLA',
          'Primitives',
        ],
      },
    },
  },
};

export default preview;
