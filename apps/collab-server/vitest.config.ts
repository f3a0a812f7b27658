import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'collab-server',
    environment: 'node',
    // The tests start the real server on loopback beside the rest of CI on two cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    include: ['src/**/*.test.ts'],
  },
});
