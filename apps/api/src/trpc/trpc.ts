/**
 * tRPC init and the procedures every feature router builds on. Each procedure declares its
 * access exactly like a REST handler, and the same AuthorizationService decides.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Access, NamedPermission } from '../auth/access.js';
import type { Caller, SignedInCaller } from '../auth/caller.js';
import { toProblemBody } from '../common/errors/problem-body.js';
import { ProblemError, type ProblemCode } from '../common/errors/problem.error.js';
import { toProblem } from '../common/errors/to-problem.js';
import { refuseMalformedPathIds } from '../common/validation/path-ids.js';
import type { TrpcContext } from './trpc-context.js';

const CODES: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'SERVICE_UNAVAILABLE',
};

/** Every procedure's metadata declares its access; a procedure without one is closed. */
export interface ProcedureMeta {
  access?: Access;
}

/** A problem leaving tRPC: the tRPC code of its status, the problem itself as the cause. */
export function trpcErrorOf({ problem }: { problem: ProblemError }): TRPCError {
  return new TRPCError({ code: CODES[problem.status] ?? 'INTERNAL_SERVER_ERROR', message: problem.detail, cause: problem });
}

/**
 * tRPC's own refusals of a call it cannot read or route (bad JSON, the wrong method or content
 * type, a body past the limit, no such procedure), named by SPEC codes as REST names them, so
 * that every refusal carries a problem the portals can show.
 */
const TRANSPORT_PROBLEMS: Partial<Record<TRPC_ERROR_CODE_KEY, ProblemCode>> = {
  BAD_REQUEST: 'VALIDATION',
  PARSE_ERROR: 'VALIDATION',
  METHOD_NOT_SUPPORTED: 'VALIDATION',
  UNSUPPORTED_MEDIA_TYPE: 'VALIDATION',
  PAYLOAD_TOO_LARGE: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
};

/**
 * The problem a tRPC error answers with: its own, bad input, a refusal of the transport, or a busy
 * database — also when the database failed while resolving the caller, before any procedure ran.
 * Other failures (an answer its output schema refuses) carry none.
 */
export function problemOfTrpcError({ error }: { error: TRPCError }): ProblemError | null {
  if (error.cause instanceof ProblemError) return error.cause;
  const problem = toProblem({ error: error.cause ?? error });
  if (problem.code === 'UNAVAILABLE') return problem;
  const code = TRANSPORT_PROBLEMS[error.code];
  if (code === undefined) return null;
  // Input a schema refused keeps its issues; what tRPC itself refused is named by its message.
  return problem.code === 'INTERNAL' ? new ProblemError(code, error.message, {}, getHTTPStatusCodeFromError(error)) : problem;
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    // tRPC sends stack traces unless NODE_ENV says production; an answer never carries one, whatever the environment.
    isDev: false,
    errorFormatter({ shape, error }) {
      const problem = problemOfTrpcError({ error });
      const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
      return { ...shape, data: { ...data, problem: problem ? toProblemBody({ error: problem }) : null } };
    },
  });

export const createRouter = t.router;

/** Problem errors leave tRPC with the matching code and the problem body in `data.problem`. */
const problems = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const problem = problemOfTrpcError({ error: result.error });
    if (problem && (result.error.cause instanceof ProblemError || problem.code === 'UNAVAILABLE')) {
      throw trpcErrorOf({ problem });
    }
  }
  return result;
});

const guarded = t.middleware(async ({ ctx, meta, type, getRawInput, next }) => {
  const access = meta?.access;
  if (!access) throw new ProblemError('FORBIDDEN', 'This procedure declares no access and is closed');
  const raw = (await getRawInput()) as { tenantId?: unknown } | undefined;
  const tenantId = typeof raw?.tenantId === 'string' ? raw.tenantId : undefined;
  // Read before the input schema runs, so checked here with the rule every path id follows.
  if (tenantId !== undefined) refuseMalformedPathIds({ params: { tenantId } });
  if ((access.kind === 'tenant-member' || access.kind === 'permission') && !tenantId) {
    throw new ProblemError('VALIDATION', 'tenantId is required');
  }
  await ctx.services.authorization.authorize({
    caller: ctx.caller,
    access,
    tenantId,
    method: type === 'query' ? 'GET' : 'POST',
    origin: ctx.origin,
    ownOrigin: ctx.ownOrigin,
  });
  return next();
});

const base = t.procedure.use(problems).use(guarded);

export const publicProcedure = base.meta({ access: { kind: 'public' } });
export const platformProcedure = base.meta({ access: { kind: 'platform' } });

function signedInCaller(caller: Caller): SignedInCaller {
  if (caller.kind !== 'user' && caller.kind !== 'apiKey') throw new ProblemError('UNAUTHENTICATED', 'Sign in first');
  return caller;
}

export const authenticatedProcedure = base
  .meta({ access: { kind: 'authenticated' } })
  .use(({ ctx, next }) => next({ ctx: { ...ctx, caller: signedInCaller(ctx.caller) } }));

export const memberProcedure = base
  .meta({ access: { kind: 'tenant-member' } })
  .use(({ ctx, next }) => next({ ctx: { ...ctx, caller: signedInCaller(ctx.caller) } }));

export function permissionProcedure(permission: NamedPermission) {
  return base.meta({ access: { kind: 'permission', permission } }).use(({ ctx, next }) => next({ ctx: { ...ctx, caller: signedInCaller(ctx.caller) } }));
}
