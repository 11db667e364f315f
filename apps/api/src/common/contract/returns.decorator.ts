import type { z } from 'zod';

export const OPERATION_METADATA = 'loome:operation';

export interface OperationDeclaration {
  /** The success answer's schema, the same the tRPC procedure passes to `.output()`; null: no body (204). */
  output: z.ZodType | null;
  /** Stable and generator-friendly (`addRoleMembers`): a generated client names its calls after it. */
  operationId: string;
  summary: string;
  /** The success answer's media type where it is not JSON, e.g. `text/csv` for an export. */
  contentType?: string;
}

/**
 * Declares what a REST handler answers on success and how the OpenAPI document names it. The
 * document generator and the test harness (which checks every answer against it) read it here.
 */
export const Returns =
  (output: z.ZodType | null, { operationId, summary, contentType }: Omit<OperationDeclaration, 'output'>): MethodDecorator =>
  (_target, _key, descriptor) => {
    Reflect.defineMetadata(
      OPERATION_METADATA,
      { output, operationId, summary, ...(contentType ? { contentType } : {}) } satisfies OperationDeclaration,
      descriptor.value as object,
    );
    return descriptor;
  };
