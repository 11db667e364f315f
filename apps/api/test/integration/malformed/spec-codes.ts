import { PROBLEM_CODES } from '../../../src/common/contract/problem.schema.js';

/**
 * SPEC §4: the stable codes a refusal may carry — every code of the contract but those of a
 * failure (INTERNAL) and of an overloaded service (UNAVAILABLE), which bad input never causes.
 */
export const SPEC_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES.filter((code) => code !== 'INTERNAL' && code !== 'UNAVAILABLE'));
