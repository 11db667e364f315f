import { toProblem } from '../common/errors/to-problem.js';
import { hasBody, readBodyText, refusalOfContentType, type RawRequest } from '../common/http/json-body.middleware.js';
import { trpcErrorOf } from './trpc.js';

/**
 * A streamed batch (`trpc-accept: application/jsonl`) answers 200 before its calls have run, so
 * a refusal inside it would travel as a 200. The portals' client asks for whole answers; every
 * batch is answered whole, with the status of what happened.
 */
function answerWhole(request: RawRequest): void {
  delete request.headers['trpc-accept'];
  const accept = request.headers.accept;
  if (typeof accept === 'string' && accept.includes('application/jsonl')) delete request.headers.accept;
}

/**
 * What tRPC reads before any procedure runs, held to REST's rules (SPEC Contract details, Strict
 * input; bad input never changes state): a change's body is JSON, in UTF-8, within the body
 * limit — else 415, 400 or 413 in tRPC's error shape. tRPC would take form data and raw bytes as
 * input, read a body of any size, and turn bytes that are not UTF-8 into replacement characters.
 */
export function trpcTransport({ limitBytes }: { limitBytes: number }) {
  return (request: RawRequest, _response: unknown, next: (error?: unknown) => void): void => {
    answerWhole(request);
    if (!hasBody(request)) return next();
    const refusal = refusalOfContentType(request);
    if (refusal) return next(trpcErrorOf({ problem: refusal }));
    readBodyText({ request, limitBytes }).then(
      // tRPC parses the text itself, so that JSON it cannot write back (1e999) reaches the schema as sent.
      (text) => {
        request.body = text;
        next();
      },
      (error: unknown) => next(trpcErrorOf({ problem: toProblem({ error }) })),
    );
  };
}
