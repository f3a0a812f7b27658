import type { ParseResult } from '../../result';
import { v1ToV2 } from './v1-to-v2';

/**
 * One step of a document's history: a pure function from a document of version `from` to one
 * of version `from + 1`, reporting what it cannot carry over (with paths into its input).
 *
 * @example
 * const v2ToV3: DocumentMigration = { from: 2, migrate: (doc) => ok({ ...(doc as object), version: 3 }) };
 */
export interface DocumentMigration {
  readonly from: number;
  readonly migrate: (document: unknown) => ParseResult<unknown>;
}

/**
 * Every migration in order; a document of version n runs those with `from >= n`. Adding a
 * version is adding a file and a line here.
 *
 * @example
 * DOCUMENT_MIGRATIONS.map((step) => step.from); // [1]
 */
export const DOCUMENT_MIGRATIONS: readonly DocumentMigration[] = [v1ToV2];
