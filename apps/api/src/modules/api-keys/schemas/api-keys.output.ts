import { z } from 'zod';
import { applicationRoleIdSchema, deletedSchema, pageSchema } from '../../../common/contract/output.schema.js';

const apiKeyFields = {
  id: z.string(),
  description: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  allowedIps: z.array(z.string()),
};

/** R20: the secret is in this answer only, once. */
export const createdApiKeyOutputSchema = z.object({ ...apiKeyFields, secret: z.string() }).meta({ id: 'CreatedApiKey' });
/** The keys by description (every key when no `limit` was asked) and `total`, how many match on every page. */
export const apiKeyListOutputSchema = pageSchema(
  z
    .object({
      ...apiKeyFields,
      roles: z.array(applicationRoleIdSchema),
      projectRoles: z.array(z.object({ projectId: z.string(), role: z.string() })),
      /** About when the key last signed a request in (recorded to the minute); null when never. */
      lastUsedAt: z.string().nullable(),
    })
    .meta({ id: 'ApiKey' }),
).extend({ total: z.number().int() });
export const importedApiKeyOutputSchema = z.object({ id: z.string(), description: z.string(), createdAt: z.string() });
export const deletedApiKeyOutputSchema = deletedSchema;
