import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ProblemError } from '../errors/problem.error.js';
import { toProblem } from '../errors/to-problem.js';

/** Parses a body or query with the module's schema; the same schema serves tRPC. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    readonly schema: S,
    readonly kind: 'body' | 'query' = 'query',
  ) {}

  transform(value: unknown): z.output<S> {
    // A route that reads a body needs one: a missing or empty body is not taken as `{}` (it once
    // created a record, and audited a settings change, from nothing). No query reads as `{}`.
    if (value === undefined && this.kind === 'body') {
      throw new ProblemError('VALIDATION', 'Send a JSON body', { issues: [{ path: [], message: 'a JSON body is required' }] });
    }
    const parsed = this.schema.safeParse(value === undefined ? {} : value);
    if (!parsed.success) throw toProblem({ error: parsed.error });
    return parsed.data;
  }
}
