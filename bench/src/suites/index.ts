import type { BenchSuite } from '../suite';
import { rolesSuite } from './roles.bench';

/** Every suite `pnpm bench` runs; later issues add theirs here. */
export const suites: BenchSuite[] = [rolesSuite];
