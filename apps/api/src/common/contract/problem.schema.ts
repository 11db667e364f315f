import { z } from 'zod';

/** SPEC §4's stable codes, plus INTERNAL for the 500 that bad input never causes. */
export const PROBLEM_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CANNOT_REMOVE_SELF',
  'LAST_ADMINISTRATOR',
  'PEER_GROUP_ADMIN',
  'LIMITED_MEMBER_REFERENCED',
  'NOT_ASSIGNABLE',
  'LOOKUP_DISABLED',
  'ESCALATION',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export const problemCodeSchema = z.enum(PROBLEM_CODES).meta({ id: 'ProblemCode' });

/** Why a sign-in was refused (`reason`), each put into words by the portals (see `signInRefused`). */
export const signInRefusalReasonSchema = z
  .enum(['EMAIL_NOT_VERIFIED', 'LINKED_TO_ANOTHER_ACCOUNT', 'ATTEMPT_NOT_VALID', 'PROVIDER_ERROR', 'TOKEN_NOT_VALID', 'DIRECTORY_INACTIVE'])
  .meta({ id: 'SignInRefusalReason' });

/** R17: the records and rules that keep a Limited Member in place. */
export const blockingReferencesSchema = z
  .object({
    records: z.array(z.object({ id: z.string(), projectId: z.string() })),
    rules: z.array(z.object({ id: z.string(), projectId: z.string(), name: z.string() })),
  })
  .meta({ id: 'BlockingReferences' });

/**
 * A problem document (RFC 9457) with a stable `code` and the fields some codes carry:
 * `issues` (which input failed), `invalidEntries` (R2, 1-based positions), `blocking` (R17),
 * `missingPermissions` (R9's ESCALATION; a route's FORBIDDEN) and `reason` (why a sign-in was refused).
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: problemCodeSchema,
    detail: z.string(),
    issues: z.array(z.object({ path: z.array(z.string()), message: z.string() })).optional(),
    invalidEntries: z.array(z.object({ position: z.number().int().min(1), value: z.string() })).optional(),
    blocking: blockingReferencesSchema.optional(),
    missingPermissions: z.array(z.string()).optional(),
    reason: signInRefusalReasonSchema.optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.output<typeof problemSchema>;

/** Which codes answer with which status (`PROBLEM_STATUS`), as one schema each for the document. */
const issuesField = problemSchema.shape.issues;
const problemBase = problemSchema.pick({ type: true, title: true, status: true, detail: true });
export const problemsByStatus = {
  '400': problemBase
    .extend({ code: z.literal('VALIDATION'), issues: issuesField, invalidEntries: problemSchema.shape.invalidEntries })
    .meta({ id: 'ValidationProblem', description: 'Bad input; nothing changed. `invalidEntries` lists each bad address of a semicolon list (R2).' }),
  '401': problemBase.extend({ code: z.literal('UNAUTHENTICATED'), reason: problemSchema.shape.reason }).meta({
    id: 'UnauthenticatedProblem',
    description: 'No valid session, API key or platform token (an expired key, or one used from another address, too).',
  }),
  '403': problemBase
    .extend({ code: z.enum(['FORBIDDEN', 'ESCALATION']), missingPermissions: problemSchema.shape.missingPermissions, reason: problemSchema.shape.reason })
    .meta({
      id: 'ForbiddenProblem',
      description:
        "Not allowed; ESCALATION lists the permissions the caller would grant without holding them (R9); a route's FORBIDDEN lists the one permission it needs.",
    }),
  '404': problemBase.extend({ code: z.literal('NOT_FOUND') }).meta({ id: 'NotFoundProblem', description: 'No such resource in this tenant.' }),
  '409': problemBase
    .extend({
      code: z.enum([
        'CANNOT_REMOVE_SELF',
        'LAST_ADMINISTRATOR',
        'PEER_GROUP_ADMIN',
        'LIMITED_MEMBER_REFERENCED',
        'NOT_ASSIGNABLE',
        'LOOKUP_DISABLED',
        'CONFLICT',
      ]),
      blocking: problemSchema.shape.blocking,
    })
    .meta({ id: 'RuleProblem', description: 'A rule of §2 refuses; `blocking` lists the records and rules that keep a Limited Member (R17).' }),
  '413': problemBase.extend({ code: z.literal('VALIDATION') }).meta({ id: 'TooLargeProblem', description: 'The body is over the size limit.' }),
  '415': problemBase.extend({ code: z.literal('VALIDATION') }).meta({ id: 'MediaTypeProblem', description: 'The body is not application/json.' }),
  '503': problemBase
    .extend({ code: z.literal('UNAVAILABLE') })
    .meta({ id: 'UnavailableProblem', description: 'Overloaded: retry after the `Retry-After` seconds.' }),
} as const;
export type ProblemStatus = keyof typeof problemsByStatus;
