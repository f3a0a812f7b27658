import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Each agreement check runs every case of a group once, comparison libraries included, on the
  // full workloads (100,000 PSA tickets among them) while CI's Chromium tasks share two cores.
  test: { name: 'bench', environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 240_000 },
});
