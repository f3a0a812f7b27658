import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// Root config: the Storybook catalog runs here, every story (and its play function) as a test in
// Debian's Chromium, with the a11y addon failing any story that has an axe violation.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // Long enough for a cold first fetch of a lazy chunk (see .storybook/preview.tsx).
          testTimeout: 30_000,
          // CI runs this beside the other suites on two cores, where a story can starve for
          // seconds; one that fails twice is a failure (the built catalog does the same).
          retry: 1,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
