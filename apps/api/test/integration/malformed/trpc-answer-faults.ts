import { securityHeaderFaults } from './security-headers.js';
import { SPEC_CODES } from './spec-codes.js';

/** A line of a stack trace (`at fn (file:1:2)`), in any string of an answer. */
const STACK_FRAME = /^\s*at \S.*:\d+:\d+\)?$/m;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** One tRPC error: message, JSON-RPC code, and data with the tRPC code, HTTP status and SPEC problem. */
function errorFaults({ envelope, status, batched }: { envelope: unknown; status: number; batched: boolean }): string[] {
  const error = (envelope as { error?: { message?: unknown; code?: unknown; data?: Record<string, unknown> } } | null)?.error;
  if (!error || 'result' in (envelope as object)) return ['an answer that is no error'];
  const data = error.data;
  if (typeof error.message !== 'string' || typeof error.code !== 'number' || !data || typeof data.code !== 'string') return ['no tRPC error shape'];
  const faults: string[] = [];
  if ('stack' in data) faults.push('data.stack');
  const httpStatus = data.httpStatus as number;
  if (!(httpStatus >= 400 && httpStatus < 500) || (!batched && httpStatus !== status)) faults.push(`data.httpStatus ${httpStatus}`);
  // The portals show `data.problem` (SPEC §4 code and detail): every refusal carries one that agrees with the status.
  const problem = data.problem as { code?: string; status?: number } | null | undefined;
  if (!problem || !SPEC_CODES.has(problem.code ?? '') || problem.status !== httpStatus) faults.push(`data.problem ${JSON.stringify(problem)?.slice(0, 80)}`);
  return faults;
}

/**
 * What is wrong with a tRPC answer to a call that had to be refused: not a 4xx, no security
 * headers, not JSON, not tRPC's error shape (for a batch, one per call), a stack trace, or a
 * problem that is missing or disagrees with the status.
 */
export function trpcAnswerFaults({ status, headers, text }: { status: number; headers: Headers; text: string }): string[] {
  // Node's parser answers headers past its 16 KB limit (431) itself, before any listener: a bare status, no content.
  if (status === 431) return [];
  const faults = status >= 400 && status < 500 ? [] : [`status ${status}`];
  faults.push(...securityHeaderFaults({ headers }));
  if (!(headers.get('content-type') ?? '').startsWith('application/json')) faults.push(`content-type ${headers.get('content-type')}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...faults, 'not JSON'];
  }
  if (strings(body).some((line) => STACK_FRAME.test(line))) faults.push('a stack trace');
  const batched = Array.isArray(body);
  for (const envelope of batched ? (body as unknown[]) : [body]) faults.push(...errorFaults({ envelope, status, batched }));
  return [...new Set(faults)];
}
