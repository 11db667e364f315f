import { z } from 'zod';

/** R18: how many were mailed, and who became a consumer. */
export const notifyOutputSchema = z.object({ projectId: z.string(), notified: z.number().int(), invited: z.array(z.string()) });
