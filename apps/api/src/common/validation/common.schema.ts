import { z } from 'zod';

/** Ids are opaque strings; bounds keep bad input from reaching the database. */
export const idSchema = z.string().min(1).max(200);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(320));
export const nameSchema = z.string().trim().min(1).max(200);

/** A tRPC input is the REST body plus the ids the REST path carries. */
export function withTenant<S extends z.ZodObject>(schema: S) {
  return schema.extend({ tenantId: idSchema });
}

export const tenantOnlySchema = z.object({ tenantId: idSchema }).strict();
