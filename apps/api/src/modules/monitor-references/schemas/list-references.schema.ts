import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { idSchema } from '../../../common/validation/common.schema.js';

/** Records and communication rules of one project, keyset-paged (Contract: Paging). */
export const listReferencesSchema = z.object({ ...pagingShape }).strict();
export type ListReferencesInput = z.output<typeof listReferencesSchema>;
export const listReferencesInputSchema = listReferencesSchema.extend({ tenantId: idSchema, projectId: idSchema });
