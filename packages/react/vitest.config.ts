import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'react',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    // Each test takes well under a second, but CI runs them beside the Chromium story tests on
    // two cores, where typing into a dialog can take several: time-outs should catch hangs only.
    testTimeout: 30_000,
  },
});
