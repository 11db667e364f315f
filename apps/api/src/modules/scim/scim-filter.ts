import { parse, type Filter } from 'scim2-parse-filter';
import { scimInvalid } from './scim-error.js';

/** The equality a list may be filtered by: one indexed lookup, never a scan of the directory. */
export interface ScimEquality<A extends string> {
  attribute: A;
  value: string;
}

/**
 * Parses a list's `filter` (RFC 7644 §3.4.2.2) with scim2-parse-filter and keeps what this
 * endpoint answers: one `eq` on an attribute the resource offers (attribute names compare
 * case-insensitively, the core schema's URN may prefix them). Anything else is `invalidFilter`.
 */
export function parseEqualityFilter<A extends string>({ filter, attributes }: { filter: string; attributes: readonly A[] }): ScimEquality<A> {
  let parsed: Filter;
  try {
    parsed = parse(filter);
  } catch {
    throw scimInvalid('invalidFilter', 'The filter is not a valid SCIM filter');
  }
  if (parsed.op !== 'eq' || !('compValue' in parsed)) {
    throw scimInvalid('invalidFilter', `Only "<attribute> eq <value>" filters are supported, on ${attributes.join(', ')}`);
  }
  const name = attributeName(parsed.attrPath);
  const attribute = attributes.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (!attribute) throw scimInvalid('invalidFilter', `Filtering on "${parsed.attrPath}" is not supported; use ${attributes.join(', ')}`);
  if (typeof parsed.compValue !== 'string') throw scimInvalid('invalidFilter', `"${parsed.attrPath}" compares with a string`);
  return { attribute, value: parsed.compValue };
}

/** `urn:ietf:params:scim:schemas:core:2.0:User:userName` → `userName`. */
function attributeName(path: string): string {
  const core = /^urn:ietf:params:scim:schemas:core:2\.0:(User|Group):/i;
  return path.replace(core, '');
}
