import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'core',
    environment: 'node',
    // A guard against hangs, not a speed check (speed is `pnpm bench`'s): property tests take
    // seconds alone, and CI runs them beside Chromium on two cores, where the slowest took 17 s.
    testTimeout: 90_000,
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
