import { z } from 'zod';
import { ProblemError } from '../errors/problem.error.js';
import { plainText } from '../validation/common.schema.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The key of lists paged in memory: (sort key, id), text as every other input takes it (no NUL). */
export const SORTED_KEY = z.tuple([plainText().max(1_000), plainText().max(1_000)]);

/**
 * Query fields a paged list takes. The cursor is checked by the schema against the key the list
 * hands out, so a forged one (`[3000000000]` for a 32-bit sequence) is VALIDATION before any query.
 */
export function pagingShapeOf<K extends readonly (string | number)[]>({ key }: { key: z.ZodType<K> }) {
  return { cursor: cursorFieldOf({ key }), limit: LIMIT.default(50) };
}

const LIMIT = z.coerce.number().int().min(1).max(200);

function cursorFieldOf<K extends readonly (string | number)[]>({ key }: { key: z.ZodType<K> }) {
  return z
    .string()
    .max(500)
    .refine((cursor) => decodesAs({ cursor, key }), 'is not a cursor this list handed out')
    .optional();
}

/** Query fields of the lists paged in memory (members, users, references). */
export const pagingShape = pagingShapeOf({ key: SORTED_KEY });

/**
 * Paging a list the contract answers whole (API keys, Manage Users): without `limit` the whole
 * list comes back as before, so existing clients keep working; with it, pages as every other list.
 */
export const optionalPagingShape = { cursor: cursorFieldOf({ key: SORTED_KEY }), limit: LIMIT.optional() };

function decodesAs<K>({ cursor, key }: { cursor: string; key: z.ZodType<K> }): boolean {
  try {
    return key.safeParse(parseCursor({ cursor })).success;
  } catch {
    return false;
  }
}

/** Only base64url characters: Node's decoder skips any others, so `%00` around a real cursor would pass as it. */
const CURSOR_TEXT = /^[A-Za-z0-9_-]+$/;

function parseCursor({ cursor }: { cursor: string }): unknown {
  if (!CURSOR_TEXT.test(cursor)) throw new Error('not a cursor');
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
}

/** Cursors are opaque: the last row's sort key, base64url-encoded. */
export function encodeCursor({ key }: { key: readonly (string | number)[] }): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A cursor a list did not hand out (another list's, or forged) is refused before it reaches a query. */
export function decodeCursor<K extends readonly (string | number)[]>({ cursor, key }: { cursor: string | undefined; key: z.ZodType<K> }): K | null {
  if (!cursor) return null;
  try {
    const parsed = key.safeParse(parseCursor({ cursor }));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the refusal below
  }
  throw new ProblemError('VALIDATION', 'The cursor is not valid');
}

/** Keyset paging over rows already sorted by `keyOf`: fetch `limit + 1`, answer `limit`. */
export function pageOf<T>({ rows, limit, keyOf }: { rows: T[]; limit: number; keyOf: (row: T) => (string | number)[] }): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ key: keyOf(last) }) : null };
}
