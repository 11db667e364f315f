import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../problem.js';
import { statusOf, toProblem } from './to-problem.js';

function apiRefusal(problem: Record<string, unknown>) {
  const error = new TRPCClientError<never>('refused', {
    result: { error: { message: 'refused', code: -32603, data: { code: 'CONFLICT', problem } } },
  } as never);
  return error;
}

describe('toProblem', () => {
  it('R10: a refusal to remove yourself reads as the sentence the API words it with, not a code', () => {
    const detail = 'You cannot remove or move your own account; another administrator must do it.';
    const problem = toProblem({ error: apiRefusal({ code: 'CANNOT_REMOVE_SELF', detail, status: 409 }) });
    expect(problem.code).toBe('CANNOT_REMOVE_SELF');
    expect(describeProblem({ problem })).toBe(detail);
    expect(statusOf({ problem })).toBe(409);
  });

  it('R17: keeps the blocking records and rules of a referenced Limited Member', () => {
    const blocking = { records: [{ id: 'r1', projectId: 'p1' }], rules: [{ id: 'c1', projectId: 'p1', name: 'Weekly' }] };
    const problem = toProblem({ error: apiRefusal({ code: 'LIMITED_MEMBER_REFERENCED', detail: 'still referenced', blocking }) });
    expect(problem.blocking).toEqual(blocking);
  });

  it('R2: keeps every bad entry with its position', () => {
    const invalidEntries = [{ position: 2, value: 'nope' }];
    const problem = toProblem({ error: apiRefusal({ code: 'VALIDATION', detail: 'bad', invalidEntries }) });
    expect(problem.invalidEntries).toEqual(invalidEntries);
    expect(statusOf({ problem })).toBe(400);
  });

  it('an unreachable API is said in words, naming the portal, never as "fetch failed" (issue 17)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3000'), { code: 'ECONNREFUSED' });
    const thrown = [new TypeError('fetch failed', { cause: refused }), TRPCClientError.from(new TypeError('fetch failed', { cause: refused }))];
    for (const error of thrown) {
      const problem = toProblem({ error });
      expect(problem.code).toBe('UNREACHABLE');
      expect(statusOf({ problem })).toBe(502);
      expect(describeProblem({ problem, productName: 'Loome Integrate' })).toBe(
        'Loome Integrate cannot reach its server right now. Nothing was saved, and what you entered is still here: try again in a moment.',
      );
    }
  });

  it("an answer that is not the API's (a proxy's error page) reads as the API not reached", () => {
    const problem = toProblem({ error: TRPCClientError.from(new Error('Unexpected token < in JSON')) });
    expect(problem.code).toBe('UNREACHABLE');
  });

  it('an ended session is UNAUTHENTICATED (the page signs in again), an unexpected failure INTERNAL', () => {
    const ended = new TRPCClientError<never>('UNAUTHORIZED', { result: { error: { message: 'x', code: -32001, data: { code: 'UNAUTHORIZED' } } } } as never);
    expect(toProblem({ error: ended }).code).toBe('UNAUTHENTICATED');
    expect(statusOf({ problem: toProblem({ error: new Error('boom') }) })).toBe(500);
  });
});
