import { generateSync } from 'json-schema-faker';
import type { SeededRandom } from './seeded-random.js';
import { pointer, sitesOf, type Path, type Site } from './schema-sites.js';
import type { BodyOperation, JsonSchema } from './served-request-schemas.js';

/** What a mutation breaks, named as the document's keyword it violates. */
export type MutationKind =
  | 'missing required field'
  | 'wrong type'
  | 'over maxLength'
  | 'under minLength'
  | 'off pattern'
  | 'not in enum'
  | 'extra field'
  | 'exclusive fields both present'
  | 'over maxItems'
  | 'under minItems';

export interface Mutation {
  kind: MutationKind;
  /** The walk tenant the body it was made from was made for. */
  tenantKey: string;
  /** Where, as a JSON pointer into the body. */
  at: string;
  body: unknown;
}

interface Change {
  kind: MutationKind;
  path: Path;
  /** Absent: the field is removed. */
  value?: unknown;
  remove?: true;
}

// Past this, one more item would make a body over the size limit: a 413, not the schema's refusal.
const LARGEST_LIST_TO_OVERFILL = 1_000;
const NUL_ONLY = '^[^\\u0000]*$';

/** Every pattern a string node carries, its own and those of an `allOf`. */
function patternsOf(node: JsonSchema): string[] {
  return [node.pattern, ...((node.allOf as JsonSchema[] | undefined) ?? []).map((part) => part.pattern)].filter(
    (pattern): pattern is string => typeof pattern === 'string',
  );
}

function stringChanges({ path, schema, value }: Site & { value: string }): Change[] {
  const changes: Change[] = [];
  if (typeof schema.maxLength === 'number') changes.push({ kind: 'over maxLength', path, value: value + 'a'.repeat(schema.maxLength + 1 - value.length) });
  if (typeof schema.minLength === 'number' && schema.minLength > 0)
    changes.push({ kind: 'under minLength', path, value: value.slice(0, schema.minLength - 1) });
  const patterns = patternsOf(schema);
  if (patterns.length > 0) changes.push({ kind: 'off pattern', path, value: `${value}\u0000` });
  if (patterns.some((pattern) => pattern !== NUL_ONLY))
    changes.push({ kind: 'off pattern', path, value: ` ${value} x` }, { kind: 'off pattern', path, value: 'not@@valid' });
  if (schema.enum || schema.const !== undefined) changes.push({ kind: 'not in enum', path, value: `${value}-unknown` });
  return changes;
}

function objectChanges({ path, schema, value }: Site & { value: Record<string, unknown> }, random: SeededRandom): Change[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required as string[] | undefined) ?? [];
  const changes: Change[] = required.filter((key) => key in value).map((key) => ({ kind: 'missing required field', path: [...path, key], remove: true }));
  if (schema.additionalProperties === false) changes.push({ kind: 'extra field', path: [...path, 'unexpectedField'], value: 'x' });
  // `not: {required: [a, b]}`: fields the document says go one at a time.
  const exclusive = ((schema.not as JsonSchema | undefined)?.required as string[] | undefined) ?? [];
  if (exclusive.length > 1) {
    const filled = { ...value };
    for (const key of exclusive) if (!(key in filled) && properties[key]) filled[key] = generateSync(properties[key], { seed: 1 + random.below(1_000_000) });
    changes.push({ kind: 'exclusive fields both present', path, value: filled });
  }
  return changes;
}

function arrayChanges({ path, schema, value }: Site & { value: unknown[] }): Change[] {
  const changes: Change[] = [];
  if (typeof schema.minItems === 'number' && schema.minItems > 0) changes.push({ kind: 'under minItems', path, value: value.slice(0, schema.minItems - 1) });
  if (typeof schema.maxItems === 'number' && schema.maxItems <= LARGEST_LIST_TO_OVERFILL && value.length > 0) {
    changes.push({ kind: 'over maxItems', path, value: Array.from({ length: schema.maxItems + 1 }, (_, index) => value[index % value.length]) });
  }
  return changes;
}

const OTHER_TYPES: readonly unknown[] = [42, 1.5, true, null, 'text', [], {}, ['text'], { field: 'x' }];

function changesAt(site: Site, random: SeededRandom): Change[] {
  const { path, value } = site;
  const wrongTypes = OTHER_TYPES.map((other): Change => ({ kind: 'wrong type', path, value: other }));
  if (typeof value === 'string') return [...wrongTypes, ...stringChanges({ ...site, value })];
  if (Array.isArray(value)) return [...wrongTypes, ...arrayChanges({ ...site, value })];
  if (value && typeof value === 'object')
    return [...(path.length > 0 ? wrongTypes : []), ...objectChanges({ ...site, value: value as Record<string, unknown> }, random)];
  return wrongTypes;
}

function applied(body: unknown, change: Change): unknown {
  if (change.path.length === 0) return change.value;
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of change.path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = change.path.at(-1)!;
  if (change.remove) delete parent[last];
  else parent[last] = change.value;
  return copy;
}

/**
 * Invalid bodies made from valid ones, one change each, taking the kinds of change in turn so
 * that every kind the schema allows is sent. A change stays only when the served schema itself
 * refuses the result: each of these bodies is invalid by the document.
 */
export function mutatedBodies({
  operation,
  valid,
  count,
  random,
}: {
  operation: BodyOperation;
  valid: readonly { tenantKey: string; body: unknown }[];
  count: number;
  random: SeededRandom;
}): Mutation[] {
  const byKind = new Map<MutationKind, { tenantKey: string; body: unknown; change: Change }[]>();
  for (const { tenantKey, body } of valid) {
    for (const site of sitesOf(operation.schema, body)) {
      for (const change of changesAt(site, random)) {
        const candidates = byKind.get(change.kind) ?? [];
        candidates.push({ tenantKey, body, change });
        byKind.set(change.kind, candidates);
      }
    }
  }
  const kinds = [...byKind.keys()];
  const mutations: Mutation[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; mutations.length < count && kinds.length > 0 && attempt < count * 20; attempt++) {
    const candidates = byKind.get(kinds[attempt % kinds.length]!)!;
    const { tenantKey, body, change } = random.pick(candidates);
    const mutated = applied(body, change);
    // The same body goes to each tenant once.
    const text = `${tenantKey} ${JSON.stringify(mutated)}`;
    if (seen.has(text) || operation.conforms(mutated)) continue;
    seen.add(text);
    mutations.push({ kind: change.kind, tenantKey, at: pointer(change.path), body: mutated });
  }
  return mutations;
}
