import { outsideProduct } from './schema-sites.js';
import type { BodyOperation } from './served-request-schemas.js';

/** An answer as the suite reads it: status, and the problem's `code` (REST) or SCIM error (SCIM). */
export interface BodyAnswer {
  status: number;
  body: unknown;
}

const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

function codeOf(body: unknown): string | undefined {
  return body && typeof body === 'object' ? ((body as { code?: string }).code ?? undefined) : undefined;
}

function isScimError(body: unknown): boolean {
  return Boolean(body && typeof body === 'object' && (body as { schemas?: string[] }).schemas?.[0] === SCIM_ERROR);
}

const isScim = (operation: BodyOperation) => operation.contentType === 'application/scim+json';

/**
 * A SCIM 400 the body's schema gave (the server's words for it: "The request is not valid at …"),
 * as against the refusals RFC 7644 §3.12 names for a well-formed body — a PATCH path that names no
 * attribute (`invalidPath`), a value the attribute cannot take or a member that is no user
 * (`invalidValue`) — which no JSON Schema can state and the document leaves to the RFC.
 */
function refusedBySchema(body: unknown): boolean {
  const detail = (body as { detail?: unknown } | null)?.detail;
  return typeof detail === 'string' && detail.startsWith('The request is not valid');
}

/** Why the refusal is worth reading: the problem's detail and issues, or the SCIM error's. */
export function refusalText(body: unknown): string {
  return JSON.stringify(body).slice(0, 300);
}

export type Verdict = 'ok' | '5xx' | 'valid refused' | 'invalid accepted' | 'undeclared answer' | 'wrong refusal';

/**
 * A body that conforms to the served schema: done (the declared success), or refused for a reason
 * the document declares for the operation — a declared status with a declared `code` — that is
 * not VALIDATION (nor SCIM's 400): the schema said the body was fine. The one VALIDATION the
 * document states for such a body is a value it scopes to other products (`x-product-values`).
 */
export function judgeValid({ operation, answer, body, product }: { operation: BodyOperation; answer: BodyAnswer; body: unknown; product: string }): Verdict {
  if (answer.status >= 500) return '5xx';
  if (answer.status === operation.successStatus) return 'ok';
  const codes = operation.refusals.get(answer.status);
  if (!codes) return 'undeclared answer';
  if (isScim(operation)) return answer.status === 400 && refusedBySchema(answer.body) ? 'valid refused' : isScimError(answer.body) ? 'ok' : 'undeclared answer';
  const code = codeOf(answer.body);
  if (code === 'VALIDATION') return outsideProduct({ schema: operation.schema, body, product }) ? 'ok' : 'valid refused';
  return code !== undefined && codes.includes(code) ? 'ok' : 'undeclared answer';
}

/** A body the served schema refuses: 400 VALIDATION (a SCIM error with status 400 on SCIM routes). */
export function judgeInvalid({ operation, answer }: { operation: BodyOperation; answer: BodyAnswer; body: unknown; product: string }): Verdict {
  if (answer.status >= 500) return '5xx';
  if (answer.status < 400) return 'invalid accepted';
  if (answer.status !== 400) return 'wrong refusal';
  if (isScim(operation)) return isScimError(answer.body) ? 'ok' : 'wrong refusal';
  return codeOf(answer.body) === 'VALIDATION' ? 'ok' : 'wrong refusal';
}

/** No body, an empty one, JSON that is no object, or another content type: a declared 4xx. */
export function judgeNoBody({ operation, answer }: { operation: BodyOperation; answer: BodyAnswer; body: unknown; product: string }): Verdict {
  if (answer.status >= 500) return '5xx';
  if (answer.status < 400) return 'invalid accepted';
  return operation.refusals.has(answer.status) ? 'ok' : 'undeclared answer';
}
