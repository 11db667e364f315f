import { z } from 'zod';
import { emailSchema } from '../../common/validation/common.schema.js';

export const devLoginSchema = z.object({ email: emailSchema }).strict();
export type DevLoginInput = z.output<typeof devLoginSchema>;
