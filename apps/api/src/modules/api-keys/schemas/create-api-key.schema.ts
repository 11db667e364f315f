import { IPV4_ALLOWANCE_PATTERN } from '@loome/roles-core';
import { z } from 'zod';
import { SESSION_PREFIX } from '../../../common/crypto/secrets.js';
import { idSchema, plainText, trimmedText } from '../../../common/validation/common.schema.js';

/** R20: `expiresAt` must lie in the future and `allowedIps` be IPv4 addresses or ranges (the core checks both). */
export const createApiKeySchema = z
  .object({
    description: trimmedText(500),
    expiresAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .optional()
      .meta({ description: 'When the key stops working: a date-time in the future (a past one is VALIDATION)' }),
    // The core's one rule, as a pattern the document states: a range names its network address.
    allowedIps: z
      .array(z.string().regex(new RegExp(IPV4_ALLOWANCE_PATTERN), 'must be an IPv4 address, or a range written with its network address'))
      .max(100)
      .optional(),
  })
  .strict();
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const createApiKeyInputSchema = createApiKeySchema.extend({ tenantId: idSchema });
export const deleteApiKeyInputSchema = z.object({ tenantId: idSchema, apiKeyId: idSchema }).strict();

/** A key from the old system keeps its creation date and its secret (stored hashed). */
export const importApiKeySchema = z
  .object({
    description: trimmedText(500),
    createdAt: z.iso.datetime({ offset: true }),
    // A bearer with the session prefix is read as a session, so a key with it could never be used.
    secret: plainText()
      .min(16)
      .max(500)
      .refine((secret) => !secret.startsWith(SESSION_PREFIX), `must not start with ${SESSION_PREFIX}, which marks sessions`),
  })
  .strict();
export type ImportApiKeyInput = z.output<typeof importApiKeySchema>;
