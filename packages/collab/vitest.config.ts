import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'collab',
    environment: 'node',
    // The server tests start Hocuspocus on loopback beside the rest of CI on two cores.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
