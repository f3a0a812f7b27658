import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from './suite';

const folder = new URL('./suites/', import.meta.url);

/**
 * Every suite in `src/suites/*.bench.ts`: each file exports one or more `BenchSuite` objects.
 * Discovered from the folder so that adding a suite is adding a file.
 */
export async function loadSuites(): Promise<BenchSuite[]> {
  const files = readdirSync(fileURLToPath(folder))
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object' && 'groups' in value && 'name' in value) {
        suites.push(value as BenchSuite);
      }
    }
  }
  return suites;
}
