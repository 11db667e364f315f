import fc from 'fast-check';
import { z } from 'zod';
import { hostileCursor, hostileIdText } from './hostile-cases.js';
import { SUSPICIOUS_KEYS } from './malformed-cases.js';

/** A procedure's input as it travels: JSON text (which may hold what JSON.stringify never writes), or none at all. */
export interface HostileInput {
  label: string;
  text: string | undefined;
}

/** What the generator reads of one procedure. */
export interface InputShape {
  schema: z.ZodType;
  /** A valid input; each hostile one changes it in one place, so that the change alone decides. */
  valid: unknown;
  /** Keys of the input that name something stored (the REST path ids): a hostile value there names nothing. */
  pathIds: readonly string[];
  /** The input travels in the URL (queries): strings stay within Node's 16 KB header limit. */
  inUrl: boolean;
}

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

type Path = (string | number)[];

/** A place in the input the schema describes, with every schema node that speaks of it. */
interface Slot {
  path: Path;
  nodes: JsonSchema[];
}

const JSON_TYPES = ['string', 'number', 'boolean', 'null', 'array', 'object'] as const;
type JsonType = (typeof JSON_TYPES)[number];

function slotsOf({ node, path, into }: { node: JsonSchema; path: Path; into: Map<string, Slot> }): Map<string, Slot> {
  const key = JSON.stringify(path);
  const slot = into.get(key) ?? { path, nodes: [] };
  slot.nodes.push(node);
  into.set(key, slot);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) slotsOf({ node: branch, path, into });
  for (const [name, child] of Object.entries(node.properties ?? {})) slotsOf({ node: child, path: [...path, name], into });
  if (node.items) slotsOf({ node: node.items, path: [...path, 0], into });
  return into;
}

const typeOfValue = (value: unknown): JsonType => (value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonType));

/** The JSON types a slot admits; all of them when a node there says nothing. */
function typesOf({ nodes }: Slot): Set<JsonType> {
  const types = new Set<JsonType>();
  for (const node of nodes) {
    if (node.type !== undefined) for (const type of [node.type].flat()) types.add(type === 'integer' ? 'number' : (type as JsonType));
    else if (node.const !== undefined) types.add(typeOfValue(node.const));
    else if (node.enum) for (const value of node.enum) types.add(typeOfValue(value));
    else if (!node.anyOf && !node.oneOf && !node.allOf) return new Set(JSON_TYPES);
  }
  return types;
}

const largest = (values: (number | undefined)[]) => Math.max(...values.filter((value): value is number => value !== undefined));

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Raw JSON values of each type: what a slot of another type must refuse. */
function samplesOf({ type, inUrl }: { type: JsonType; inUrl: boolean }): fc.Arbitrary<string> {
  switch (type) {
    case 'string':
      return fc.oneof(hostileIdText, fc.constant('')).map((text) => JSON.stringify(text));
    case 'number':
      // Past what a double holds (1e999 reads as Infinity), past 2^53, negative zero, fractions, 30 digits.
      return fc.constantFrom('0', '-1', '1.5', '-0', '1e308', '1e999', '-1e999', '9007199254740993', '1E-400', '123456789012345678901234567890');
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'null':
      return fc.constant('null');
    case 'array':
      return fc.oneof(
        fc.constantFrom('[]', '[null]', '[[]]', '[{}]', '["x"]'),
        fc.constantFrom(...(inUrl ? [64, 1_000] : [64, 1_000, 100_000])).map(deepArray),
      );
    case 'object':
      return fc.oneof(
        fc.constantFrom('{}', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}'),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }).map((value) => JSON.stringify(value)),
        fc.constantFrom(...(inUrl ? [64, 400] : [64, 1_000, 50_000])).map(deepObject),
      );
  }
}

interface Mutation {
  label: string;
  /** Raw JSON for the slot, or undefined to leave the slot out. */
  raw: string | undefined;
  /**
   * Refused by a rule of every input, whatever the slot's schema says (NUL and lone surrogates in
   * text, unknown fields): sent even when the schema would take it, so that a schema which forgets
   * the rule shows in the answer.
   */
  always?: true;
}

const at = (path: Path) => (path.length === 0 ? 'the input' : path.join('.'));

function valueAt({ value, path }: { value: unknown; path: Path }): unknown {
  let here = value;
  for (const key of path) here = here !== null && typeof here === 'object' ? (here as Record<string | number, unknown>)[key] : undefined;
  return here;
}

/** What can go wrong in one slot: absent, of another type, too long, NUL, a lone surrogate, too many items, an unknown key, too deep. */
function mutationsOf({ slot, valid, inUrl }: { slot: Slot; valid: unknown; inUrl: boolean }): fc.Arbitrary<Mutation> {
  const types = typesOf(slot);
  const name = at(slot.path);
  const current = valueAt({ value: valid, path: slot.path });
  const variants: fc.Arbitrary<Mutation>[] = [fc.constant({ label: `no ${name}`, raw: undefined })];
  const wrongTypes = JSON_TYPES.filter((type) => !types.has(type));
  if (wrongTypes.length > 0) {
    variants.push(
      fc
        .constantFrom(...wrongTypes)
        .chain((type) => samplesOf({ type, inUrl }))
        .map((raw) => ({ label: `${name} as ${raw.slice(0, 30)}`, raw })),
    );
  }
  if (types.has('string')) {
    const text = typeof current === 'string' ? current : 'x';
    const limit = largest(slot.nodes.map((node) => node.maxLength));
    // Past 1 MB is the transport's own case (hostile-trpc-cases.ts): here the schema's limit decides.
    const lengths = [Number.isFinite(limit) ? limit + 1 : 201, 10_000, ...(inUrl ? [] : [100_000])];
    variants.push(
      fc.constantFrom(...lengths).map((length) => ({ label: `${name} of ${length} characters`, raw: JSON.stringify('x'.repeat(length)) })),
      fc
        .constantFrom(`${text}\u0000`, '\u0000', `\u0000${text}`)
        .map((value) => ({ label: `${name} with NUL`, raw: JSON.stringify(value), always: true as const })),
      fc
        .constantFrom(`${text}\ud800`, `\udfff${text}`, '\ud800')
        .map((value) => ({ label: `${name} with a lone surrogate`, raw: JSON.stringify(value), always: true as const })),
      (slot.path.at(-1) === 'cursor' ? hostileCursor : hostileIdText).map((value) => ({
        label: `${name} = ${JSON.stringify(value).slice(0, 30)}`,
        raw: JSON.stringify(value),
      })),
    );
  }
  if (types.has('number')) {
    const bounds = slot.nodes
      .flatMap((node) => [node.maximum === undefined ? null : node.maximum + 1, node.minimum === undefined ? null : node.minimum - 1])
      .filter((bound) => bound !== null);
    const numbers =
      bounds.length > 0 ? fc.oneof(samplesOf({ type: 'number', inUrl }), fc.constantFrom(...bounds.map(String))) : samplesOf({ type: 'number', inUrl });
    variants.push(numbers.map((raw) => ({ label: `${name} = ${raw}`, raw })));
  }
  if (types.has('array')) {
    const item = Array.isArray(current) && current.length > 0 ? JSON.stringify(current[0]) : '"x"';
    const most = largest(slot.nodes.map((node) => node.maxItems));
    const count = Number.isFinite(most) ? most + 1 : 10_000;
    if (!inUrl || count * item.length < 4_000)
      variants.push(fc.constant({ label: `${name} with ${count} items`, raw: `[${Array(count).fill(item).join(',')}]` }));
    variants.push(fc.constant({ label: `${name} empty`, raw: '[]' }));
  }
  if (types.has('object')) {
    const object = current !== null && typeof current === 'object' && !Array.isArray(current) ? JSON.stringify(current) : '{}';
    const open = object === '{}' ? '{' : `${object.slice(0, -1)},`;
    const known = new Set(slot.nodes.flatMap((node) => Object.keys(node.properties ?? {})));
    variants.push(
      fc
        .tuple(fc.oneof(fc.constantFrom(...SUSPICIOUS_KEYS), fc.string({ minLength: 1, maxLength: 10 })), fc.jsonValue({ maxDepth: 2 }))
        .filter(([key]) => !known.has(key))
        // Written as text, so that `__proto__` travels as an own key, the way an attacker sends it.
        .map(([key, value]) => ({
          label: `${name} with unknown key ${JSON.stringify(key)}`,
          raw: `${open}${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`,
          always: true as const,
        })),
    );
  }
  return fc.oneof(...variants);
}

const MARK = '\u0001hostile-slot\u0001';

/** The valid input with one slot replaced by raw JSON (or left out), as text. */
function withSlot({ valid, path, raw }: { valid: unknown; path: Path; raw: string | undefined }): string | undefined {
  if (path.length === 0) return raw;
  const tree: unknown = valid !== null && typeof valid === 'object' ? structuredClone(valid) : {};
  let parent = tree as Record<string | number, unknown>;
  for (const [index, key] of path.slice(0, -1).entries()) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') parent[key] = typeof path[index + 1] === 'number' ? [] : {};
    parent = parent[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (raw === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return JSON.stringify(tree);
  }
  parent[last] = MARK;
  // A function, so that `$` in the raw text is not read as a replacement pattern.
  return JSON.stringify(tree).replace(JSON.stringify(MARK), () => raw);
}

/** Whether the procedure's own schema refuses the input, read as the server reads it. */
export function refusedBySchema({ schema, text }: { schema: z.ZodType; text: string | undefined }): boolean {
  try {
    return !schema.safeParse(text === undefined ? undefined : JSON.parse(text)).success;
  } catch {
    // Not JSON, or too deep to read: refused, unless the server fails on it, which its answer shows.
    return true;
  }
}

function jsonSchemaOf({ schema }: { schema: z.ZodType }): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Inputs the procedure must refuse, made from its zod input schema: every place the schema
 * describes gets a wrong type, no value, too long a string, NUL, a lone surrogate, a huge number,
 * too many items, an unknown key or deep nesting; the ids that name stored things get hostile ids.
 * An input the schema would take is left out, unless a rule of every input refuses it (NUL, a
 * lone surrogate, an unknown field) or it is a hostile id, which names nothing.
 */
export function hostileInputs({ shape }: { shape: InputShape }): fc.Arbitrary<HostileInput> {
  const slots = [...slotsOf({ node: jsonSchemaOf({ schema: shape.schema }), path: [], into: new Map() }).values()];
  const validText = shape.valid === undefined ? undefined : JSON.stringify(shape.valid);
  const bySchema = fc
    .constantFrom(...slots)
    .chain((slot) => mutationsOf({ slot, valid: shape.valid, inUrl: shape.inUrl }).map((mutation) => ({ slot, mutation })))
    .map(({ slot, mutation }) => ({
      label: mutation.label,
      always: mutation.always === true,
      text: withSlot({ valid: shape.valid, path: slot.path, raw: mutation.raw }),
    }))
    .filter((input) => input.text !== validText && (input.always || refusedBySchema({ schema: shape.schema, text: input.text })))
    .map(({ label, text }) => ({ label, text }));
  if (shape.pathIds.length === 0) return bySchema;
  const valid = shape.valid as Record<string, unknown>;
  const byId = fc
    .tuple(fc.constantFrom(...shape.pathIds), hostileIdText)
    .filter(([key, id]) => valid[key] !== id)
    .map(([key, id]) => ({ label: `${key} = ${JSON.stringify(id).slice(0, 30)}`, text: JSON.stringify({ ...valid, [key]: id }) }));
  return fc.oneof(bySchema, byId);
}
