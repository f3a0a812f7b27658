import * as z from 'zod/mini';
import { matrixDocumentSchema } from './document';

/**
 * The JSON Schema (draft 2020-12) of a current-version matrix document, generated from the
 * zod schemas that `parseMatrixDocument` uses, for hosts that do not run TypeScript. It checks
 * shape only: unique ids and references between rows, parties and categories are checked by
 * `parseMatrixDocument`, so the schema accepts every document the parser accepts (and a few
 * more).
 *
 * Build-time only: zod's JSON Schema generator is larger than the rest of the io entry, so this
 * is not exported. The generated schema is committed beside this file and shipped in the
 * package's exports (`pnpm --filter @tandem/core generate:schema` rewrites it; a test fails
 * when it is stale).
 *
 * @example
 * const schema = matrixDocumentJsonSchema(); // what the shipped JSON file holds
 * new Ajv2020().compile(schema)(JSON.parse(text)); // true
 */
export function matrixDocumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(matrixDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: 'Tandem matrix document',
    description:
      'A co-managed IT responsibility matrix saved by Tandem (document version 2). Unique ids ' +
      'and references are checked by parseMatrixDocument, not by this schema.',
  };
}
