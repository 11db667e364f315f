import { LEGACY_ROLE_IDS } from '@loome/roles-core';
import { z } from 'zod';
import { optionalPagingShape } from '../../../common/paging/cursor.js';
import { addressArraySchema, emailSchema, idSchema, nameSchema, plainText } from '../../../common/validation/common.schema.js';

const legacyRole = z.enum(LEGACY_ROLE_IDS);

export const createDepartmentSchema = z.object({ name: nameSchema }).strict();
export type CreateDepartmentInput = z.output<typeof createDepartmentSchema>;
export const createDepartmentInputSchema = createDepartmentSchema.extend({ tenantId: idSchema });

export const setDepartmentMembersSchema = z.object({ emails: addressArraySchema({ min: 0, max: 5_000 }) }).strict();
export type SetDepartmentMembersInput = z.output<typeof setDepartmentMembersSchema>;
export const setDepartmentMembersInputSchema = setDepartmentMembersSchema.extend({ tenantId: idSchema, departmentId: idSchema });

export const legacyInviteSchema = z.object({ email: emailSchema, role: legacyRole, departmentIds: z.array(idSchema).max(200).optional() }).strict();
export type LegacyInviteInput = z.output<typeof legacyInviteSchema>;
export const legacyInviteInputSchema = legacyInviteSchema.extend({ tenantId: idSchema });

export const legacyChangeRoleSchema = z.object({ role: legacyRole }).strict();
export type LegacyChangeRoleInput = z.output<typeof legacyChangeRoleSchema>;
export const legacyChangeRoleInputSchema = legacyChangeRoleSchema.extend({ tenantId: idSchema, userId: idSchema });

/**
 * Manage Users' search: `q` (name or email), the legacy role and the status, in an order. Paged only
 * when `limit` is given, so a client of the whole list keeps getting it whole.
 */
export const listLegacyUsersSchema = z
  .object({
    q: plainText().max(200).optional(),
    role: legacyRole.optional(),
    status: z.enum(['User', 'User Invitation']).optional(),
    sort: z.enum(['name', 'email', 'status']).default('email'),
    ...optionalPagingShape,
  })
  .strict();
export type ListLegacyUsersInput = z.output<typeof listLegacyUsersSchema>;
export const listLegacyUsersInputSchema = listLegacyUsersSchema.extend({ tenantId: idSchema });

export const legacyUserInputSchema = z.object({ tenantId: idSchema, userId: idSchema }).strict();

/** R22: `dryRun` defaults to true; anything but `true`/`false` is VALIDATION. */
/** `expectedReport`: the dry run's `reportFingerprint`; applying is refused when the report has changed since (R22). */
const expectedReport = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be the reportFingerprint of a dry run')
  .optional();
export const legacyMigrationQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true'), expectedReport }).strict();
export type LegacyMigrationQuery = z.output<typeof legacyMigrationQuerySchema>;
export const legacyMigrationInputSchema = z.object({ tenantId: idSchema, dryRun: z.boolean().default(true), expectedReport }).strict();
