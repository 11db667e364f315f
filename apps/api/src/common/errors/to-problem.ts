import { HttpException } from '@nestjs/common';
import { ZodError } from 'zod';
import { databaseBusy } from './database-busy.js';
import { ProblemError, unavailable } from './problem.error.js';

/**
 * Turns anything thrown while handling a request into a ProblemError; bad input never becomes a
 * 5xx, and a database past its bounds answers UNAVAILABLE, never INTERNAL.
 */
export function toProblem({ error }: { error: unknown }): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof ZodError) {
    // A list of addresses refused by the core's parser names each bad entry (R2), and says so as the detail.
    const addressIssue = error.issues.find((issue) => issue.code === 'custom' && Array.isArray(issue.params?.invalidEntries));
    const invalidEntries = addressIssue?.code === 'custom' ? (addressIssue.params?.invalidEntries as unknown[]) : [];
    return new ProblemError('VALIDATION', addressIssue && error.issues.length === 1 ? addressIssue.message : 'The request is not valid', {
      issues: error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
      ...(invalidEntries.length > 0 ? { invalidEntries } : {}),
    });
  }
  if (databaseBusy({ error })) return unavailable();
  const transport = transportStatus(error);
  if (transport === 404) return new ProblemError('NOT_FOUND', 'No such route');
  if (transport !== null && transport >= 400 && transport < 500) {
    return new ProblemError('VALIDATION', 'The request body could not be read', {}, transport);
  }
  return new ProblemError('INTERNAL', 'Something went wrong');
}

/** Status of errors raised by Nest or by the body parser (which sets `status` or `statusCode`). */
function transportStatus(error: unknown): number | null {
  if (error instanceof HttpException) return error.getStatus();
  if (typeof error === 'object' && error !== null) {
    const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
    if (typeof status === 'number') return status;
    if (typeof statusCode === 'number') return statusCode;
  }
  return null;
}
