import { z } from 'zod';
import { optionalPagingShape } from '../../../common/paging/cursor.js';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

/** Remote Access' search (`q` in the description); paged only when `limit` is given, as the contract lists keys whole. */
export const listApiKeysSchema = z.object({ q: plainText().max(200).optional(), ...optionalPagingShape }).strict();
export type ListApiKeysInput = z.output<typeof listApiKeysSchema>;
export const listApiKeysInputSchema = listApiKeysSchema.extend({ tenantId: idSchema });
