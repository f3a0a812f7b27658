import { defineConfig } from 'vitest/config';

// End-to-end: the built portal served by `vite preview`, driven by playwright-core in Debian's
// Chromium. Run after `build` (turbo's test:browser depends on it). One file at a time: each
// starts its own server and browser, and two cores are enough for one.
export default defineConfig({
  test: {
    name: 'portal-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
