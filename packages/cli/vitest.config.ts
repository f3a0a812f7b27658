import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli',
    environment: 'node',
    // Every test spawns the built binary; on two shared cores a start takes a few hundred ms.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/built-binary.ts'],
  },
});
