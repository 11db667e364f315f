import { z } from 'zod';

/** The OpenAPI 3.1 document itself, described only as far as a client needs to find its way in it. */
export const openApiOutputSchema = z
  .object({
    openapi: z.string(),
    info: z.object({ title: z.string(), version: z.string() }).loose(),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .loose();
