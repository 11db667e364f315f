import { Body, Query } from '@nestjs/common';
import type { z } from 'zod';
import { ZodPipe } from './zod.pipe.js';

export const BODY_SCHEMA = 'loome:body-schema';
export const QUERY_SCHEMA = 'loome:query-schema';

/**
 * Parses the body (or query) with a module schema and records the schema on the handler,
 * so the OpenAPI document is generated from the very schemas that validate.
 */
function validInput(kind: 'body' | 'query', schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) return;
    const handler = (target as Record<string | symbol, object>)[key];
    if (handler) Reflect.defineMetadata(kind === 'body' ? BODY_SCHEMA : QUERY_SCHEMA, schema, handler);
    (kind === 'body' ? Body : Query)(new ZodPipe(schema, kind))(target, key, index);
  };
}

export const ValidBody = (schema: z.ZodType) => validInput('body', schema);
export const ValidQuery = (schema: z.ZodType) => validInput('query', schema);
