import { z } from 'zod';
import { listSchema } from '../../../common/contract/output.schema.js';

/** Dev mode: the mail the API would have sent. */
export const outboxOutputSchema = listSchema(
  z
    .object({
      id: z.string(),
      tenantId: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    })
    .meta({ id: 'Mail' }),
);
