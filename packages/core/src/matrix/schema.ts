import * as z from 'zod/mini';
import { built } from '../pure';
import { MAX_NAME_LENGTH } from './check-fields';
import { MAX_ID_LENGTH } from './ids';
import { MAX_NOTE_LENGTH } from './normalise-cell';

// The matrix as zod (mini) schemas: the shape of untrusted input. Meaning that a schema cannot
// see — unique ids, references between rows, parties and categories — is checked by
// `parseMatrix` after the shape is known to be right.

/** Most rows, parties and categories a matrix may have; guards hosts against runaway input. */
export const MATRIX_LIMITS = { rows: 50_000, parties: 200, categories: 2_000, tags: 50 } as const;

const idSchema = /* @__PURE__ */ built(() =>
  z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
);
const nameSchema = /* @__PURE__ */ built(() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
);
const textSchema = /* @__PURE__ */ built(() => z.string().check(z.maxLength(MAX_NOTE_LENGTH)));

/** A responsibility letter of any variant. */
export const roleLetterSchema = /* @__PURE__ */ built(() => z.enum(['R', 'A', 'S', 'C', 'I', 'D']));

/** A known qualifier or `{ custom: text }`. */
export const qualifierSchema = /* @__PURE__ */ built(() =>
  z.union([
    z.enum(['overflow', 'when-unavailable', 'after-hours', 'business-hours']),
    z.object({ custom: z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_LENGTH)) }),
  ]),
);

/** One cell: letters, an optional qualifier and note. */
export const cellSchema = /* @__PURE__ */ built(() =>
  z.object({
    roles: z.array(roleLetterSchema).check(z.maxLength(6)),
    qualifier: z.optional(qualifierSchema),
    note: z.optional(textSchema),
  }),
);

/** A party (column). */
export const partySchema = /* @__PURE__ */ built(() =>
  z.object({
    id: idSchema,
    name: nameSchema,
    side: z.enum(['internal', 'provider', 'vendor', 'business']),
    calendarId: z.optional(idSchema),
    color: z.optional(z.string().check(z.maxLength(100))),
  }),
);

/** A category of rows. */
export const categorySchema = /* @__PURE__ */ built(() =>
  z.object({ id: idSchema, name: nameSchema }),
);

/** A row with its cells by party id; `cells` may be left out for a row nobody holds yet. */
export const rowSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: idSchema,
    name: nameSchema,
    categoryId: idSchema,
    kind: z._default(z.enum(['task', 'decision']), 'task'),
    description: z.optional(textSchema),
    tags: z.optional(
      z.array(z.string().check(z.maxLength(100))).check(z.maxLength(MATRIX_LIMITS.tags)),
    ),
    reviewedAt: z.optional(z.number().check(z.gte(-8.64e15), z.lte(8.64e15))),
    cells: z._default(z.record(idSchema, cellSchema), () => ({})),
  }),
);

/** A whole matrix, as accepted from outside. */
export const matrixSchema = /* @__PURE__ */ built(() =>
  z.object({
    name: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
    variant: z._default(z.enum(['raci', 'rasci', 'daci']), 'raci'),
    parties: z.array(partySchema).check(z.maxLength(MATRIX_LIMITS.parties)),
    categories: z.array(categorySchema).check(z.maxLength(MATRIX_LIMITS.categories)),
    rows: z.array(rowSchema).check(z.maxLength(MATRIX_LIMITS.rows)),
  }),
);
