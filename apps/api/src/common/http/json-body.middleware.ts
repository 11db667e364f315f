import { ProblemError } from '../errors/problem.error.js';
import { sendProblem, type ProblemResponse } from '../errors/send-problem.js';

export interface RawRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  destroy?(): void;
}

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function hasBody(request: RawRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (type?.startsWith('application/') === true && type.endsWith('+json'));
}

function declaresJson(request: RawRequest): boolean {
  const contentType = request.headers['content-type'];
  return isJson(Array.isArray(contentType) ? contentType[0] : contentType);
}

/** A change whose body is not declared JSON is refused (SPEC Contract details, Strict input); other bodies are not read. */
export function refusalOfContentType(request: RawRequest): ProblemError | null {
  if (declaresJson(request) || !MUTATIONS.has((request.method ?? '').toUpperCase())) return null;
  return new ProblemError('VALIDATION', 'Send the body as application/json', {}, 415);
}

/**
 * The body as text: past the limit it is 413 (refused as soon as it is, not once it is all
 * read), bytes that are not UTF-8 are 400. JSON is UTF-8 (RFC 8259): other bytes are refused
 * rather than stored as replacement characters.
 */
export function readBodyText({ request, limitBytes }: { request: RawRequest; limitBytes: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limitBytes) {
        done = true;
        reject(new ProblemError('VALIDATION', `The body is larger than ${limitBytes} bytes`, {}, 413));
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', () => {
      if (!done) reject(new ProblemError('VALIDATION', 'The body could not be read'));
      done = true;
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolve(UTF8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new ProblemError('VALIDATION', 'The body is not valid UTF-8'));
      }
    });
  });
}

/**
 * The REST API reads only JSON: a mutation with another body is 415, malformed JSON is 400 and
 * a body over the limit is 413, all as problem documents and before any handler runs.
 */
export type JsonBodyReader = (request: RawRequest, response: ProblemResponse, next: () => void) => void;

export function jsonBodyMiddleware({ limitBytes }: { limitBytes: number }): JsonBodyReader {
  return (request, response, next) => {
    if (!hasBody(request)) return next();
    const refusal = refusalOfContentType(request);
    if (refusal) return sendProblem({ response, error: refusal });
    if (!declaresJson(request)) return next();
    readBodyText({ request, limitBytes }).then(
      (text) => {
        if (text.trim() === '') {
          request.body = undefined;
          return next();
        }
        try {
          request.body = JSON.parse(text);
        } catch {
          return sendProblem({ response, error: new ProblemError('VALIDATION', 'The body is not valid JSON') });
        }
        next();
      },
      (error: unknown) => sendProblem({ response, error }),
    );
  };
}
