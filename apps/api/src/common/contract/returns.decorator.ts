import type { z } from 'zod';

export const OUTPUT_SCHEMA = 'loome:output-schema';

/**
 * Declares what a REST handler answers with on success: the same zod schema its tRPC procedure
 * passes to `.output()`. The OpenAPI document and the test harness read it from here.
 */
export const Returns = (schema: z.ZodType): MethodDecorator => (_target, _key, descriptor) => {
  Reflect.defineMetadata(OUTPUT_SCHEMA, schema, descriptor.value as object);
  return descriptor;
};
