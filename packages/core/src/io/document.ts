import * as z from 'zod/mini';
import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import type { Matrix } from '../matrix/model';
import { parseMatrix } from '../matrix/parse';
import { matrixSchema } from '../matrix/schema';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import { DOCUMENT_MIGRATIONS } from './migrations';

/**
 * The document version this Tandem writes. Older versions are migrated on read.
 *
 * @example
 * createMatrixDocument(matrix).version === CURRENT_DOCUMENT_VERSION; // true
 */
export const CURRENT_DOCUMENT_VERSION = 2;

/**
 * What a document says about itself. Hosts may add their own keys (a customer id, a review
 * date): they are kept as they are.
 *
 * @example
 * const meta: MatrixDocumentMeta = { title: 'Acme', updatedAt: '2026-03-31T09:00:00Z', customerId: 'c-17' };
 */
export interface MatrixDocumentMeta {
  readonly title?: string;
  /** When the matrix was last changed, as an ISO 8601 date-time. */
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  readonly [key: string]: unknown;
}

/**
 * A saved matrix: the JSON a host stores or sends, with the version that tells a later Tandem
 * how to read it.
 *
 * @example
 * const doc: MatrixDocument = { version: 2, matrix, meta: { title: 'Acme', updatedAt: '2026-03-31T09:00:00Z' } };
 */
export interface MatrixDocument {
  readonly version: typeof CURRENT_DOCUMENT_VERSION;
  readonly matrix: Matrix;
  readonly meta?: MatrixDocumentMeta;
}

/**
 * The `meta` of a matrix document: what it says about itself.
 *
 * @example
 * documentMetaSchema.safeParse({ title: 'Acme' }).success; // true
 */
export const documentMetaSchema = /* @__PURE__ */ z.looseObject({
  title: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  updatedAt: z.optional(z.string().check(z.maxLength(100))),
  updatedBy: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
});

// The envelope is checked by zod; the matrix by `parseMatrix`, which also checks what a
// schema cannot (unique ids, references).
const envelopeSchema = /* @__PURE__ */ z.object({
  version: z.literal(CURRENT_DOCUMENT_VERSION),
  matrix: z.unknown(),
  meta: z.optional(documentMetaSchema),
});

/**
 * A document of the current version, as zod (mini) sees it; the source of the JSON Schema.
 *
 * @example
 * matrixDocumentSchema.safeParse(JSON.parse(text)).success; // shape only; use parseMatrixDocument
 */
export const matrixDocumentSchema = /* @__PURE__ */ z.extend(envelopeSchema, {
  matrix: matrixSchema,
});

/**
 * Wraps a matrix as a document of the current version, ready for `JSON.stringify`.
 *
 * @example
 * JSON.stringify(createMatrixDocument(matrix, { title: 'Acme', updatedAt: new Date().toISOString() }));
 */
export function createMatrixDocument(matrix: Matrix, meta?: MatrixDocumentMeta): MatrixDocument {
  return { version: CURRENT_DOCUMENT_VERSION, matrix, ...(meta ? { meta } : {}) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a saved document of any supported version (JSON text or parsed JSON), migrating older
 * versions step by step to the current one. Never throws: it returns the document with its
 * matrix in canonical form, or every issue with its path. Paths of a migrated document point
 * into the current version's shape (`matrix.rows[3].cells.msp`) once the migration has run.
 *
 * @example
 * const result = parseMatrixDocument(localStorage.getItem('matrix') ?? '');
 * if (result.ok) render(result.value.matrix);
 */
export function parseMatrixDocument(input: unknown): ParseResult<MatrixDocument> {
  try {
    return parseDocument(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

function parseDocument(input: unknown): ParseResult<MatrixDocument> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail([{ path: [], code: 'invalid_json', message: 'The text is not valid JSON.' }]);
    }
  }
  if (!isObject(value)) {
    return fail([
      { path: [], code: 'invalid_type', message: 'Expected a matrix document object.' },
    ]);
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = 'A matrix document needs a whole-number version of 1 or more.';
    return fail([{ path: ['version'], code: 'invalid_version', message }]);
  }
  if (version > CURRENT_DOCUMENT_VERSION) {
    const message = `Version ${version} was written by a newer Tandem; this one reads up to ${CURRENT_DOCUMENT_VERSION}.`;
    return fail([{ path: ['version'], code: 'unsupported_version', message }]);
  }
  let current: unknown = value;
  for (const migration of DOCUMENT_MIGRATIONS) {
    if (migration.from < version) continue;
    const migrated = migration.migrate(current);
    if (!migrated.ok) return migrated;
    current = migrated.value;
  }
  const envelope = envelopeSchema.safeParse(current);
  if (!envelope.success) return fail(toIssues(envelope.error.issues));
  const matrix = parseMatrix(envelope.data.matrix);
  if (!matrix.ok)
    return fail(
      matrix.issues.map((issue): Issue => ({ ...issue, path: ['matrix', ...issue.path] })),
    );
  // zod types an optional key as possibly undefined; parsed JSON never holds undefined.
  const meta = envelope.data.meta as MatrixDocumentMeta | undefined;
  return ok({ version: CURRENT_DOCUMENT_VERSION, matrix: matrix.value, ...(meta ? { meta } : {}) });
}
