import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { toProblem } from '../errors/to-problem.js';

/** Parses a body or query with the module's schema; the same schema serves tRPC. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    // No body at all reads as an empty object; a JSON `null` is a body, and refused like any non-object.
    const parsed = this.schema.safeParse(value === undefined ? {} : value);
    if (!parsed.success) throw toProblem({ error: parsed.error });
    return parsed.data;
  }
}
