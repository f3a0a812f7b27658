import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Each agreement check runs every case of a group once, comparison libraries included.
  test: { name: 'bench', environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
