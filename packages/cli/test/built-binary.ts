import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Vitest global setup: the tests run the built binary, so they refuse a missing or stale build
// rather than silently testing old code. turbo builds first (`@tandem/cli#test` depends on it).
export default function checkBuild(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const built = (() => {
    try {
      return statSync(join(root, 'dist', 'cli.js')).mtimeMs;
    } catch {
      return undefined;
    }
  })();
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  if (built === undefined || newest(join(root, 'src')) > built) {
    throw new Error(
      '[tandem] the CLI tests run dist/cli.js, which is missing or older than src/: run `pnpm --filter @tandem/cli build` first.',
    );
  }
}
