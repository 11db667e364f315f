import { describe, expect, it } from 'vitest';
import { describeProblem, type Problem } from './problem.js';

describe('describeProblem: one sentence per refusal (issue 17)', () => {
  it.each([
    { code: 'LAST_ADMINISTRATOR', message: 'This is the last administrator of the tenant; make someone else administrator first.' },
    { code: 'PEER_GROUP_ADMIN', message: 'A Group Admin cannot remove another Group Admin: give them a lower role first, then remove them.' },
    { code: 'ESCALATION', message: 'You cannot give the role Administrator: it carries permissions you do not hold.' },
    { code: 'NOT_FOUND', message: 'No such API key.' },
  ])('R10, R11, R15, R9: a rule refusal ($code) reads as roles-core words it, and only so', (problem: Problem) => {
    expect(describeProblem({ problem })).toBe(problem.message);
  });

  it('R2: bad addresses are summed up in one sentence; the entries themselves are listed by position beside it', () => {
    const problem = { code: 'VALIDATION', message: 'Not a valid email address: #2 "bad".', invalidEntries: [{ position: 2, value: 'bad' }] };
    expect(describeProblem({ problem })).toBe('Nothing was added: this entry is not a valid email address.');
    const two = { ...problem, invalidEntries: [...problem.invalidEntries, { position: 5, value: 'x' }] };
    expect(describeProblem({ problem: two })).toBe('Nothing was added: these entries are not valid email addresses.');
  });

  it("where the API's words are for a program, the portal says it for a person", () => {
    expect(describeProblem({ problem: { code: 'VALIDATION', message: 'The request is not valid', issues: [{ path: ['to'], message: 'bad' }] } })).toBe(
      'Some of what you entered is not valid.',
    );
    expect(describeProblem({ problem: { code: 'UNAUTHENTICATED', message: 'Sign in or send a valid bearer token' } })).toBe(
      'Your session has ended. Please sign in again.',
    );
    expect(describeProblem({ problem: { code: 'INTERNAL', message: 'Something went wrong' } })).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });
});
