import { z } from 'zod';
import { idSchema } from '../../../common/validation/common.schema.js';

/** The tRPC input of resend and revoke: the ids the REST path carries (the REST routes take no body). */
export const invitationInputSchema = z.object({ tenantId: idSchema, principalId: idSchema }).strict();
