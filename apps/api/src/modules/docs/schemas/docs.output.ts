import { z } from 'zod';

/** The OpenAPI 3.1 document itself. */
export const openApiOutputSchema = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }) }).loose();
