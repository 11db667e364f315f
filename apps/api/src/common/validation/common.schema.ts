import { z } from 'zod';

/** Every string input: PostgreSQL cannot store NUL, so it is refused at the edge on both databases. */
export const plainText = () => z.string().regex(/^[^\u0000]*$/, 'must not contain NUL characters');

/** Ids are opaque strings; bounds keep bad input from reaching the database. */
export const idSchema = plainText().min(1).max(200);
export const emailSchema = plainText().trim().toLowerCase().pipe(z.email().max(320));
export const nameSchema = plainText().trim().min(1).max(200);

/** A tRPC input is the REST body plus the ids the REST path carries. */
export function withTenant<S extends z.ZodObject>(schema: S) {
  return schema.extend({ tenantId: idSchema });
}

export const tenantOnlySchema = z.object({ tenantId: idSchema }).strict();
