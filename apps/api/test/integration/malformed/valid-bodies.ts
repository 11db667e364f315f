import { createGeneratorSync } from 'json-schema-faker';
import type { SeededRandom } from './seeded-random.js';
import type { BodyOperation } from './served-request-schemas.js';

/**
 * Values that mean something in the tenant a body goes to, by the field that takes them
 * (`members[].value` for a field inside the items of `members`). `otherwise` is what the field
 * gets when the pool is not used: a random UUID (an id that exists nowhere) or the generated value.
 */
export type ValuePools = Record<string, { values: readonly string[]; otherwise: 'uuid' | 'generated' }>;

interface FieldSite {
  /** The property's name, and with the list it is an item of: `members[].value`. */
  name: string;
  qualified: string;
  get(): unknown;
  set(value: unknown): void;
}

function fieldSites(value: unknown, list = ''): FieldSite[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldSites(item, list));
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  return Object.keys(object).flatMap((key) => [
    { name: key, qualified: list ? `${list}[].${key}` : key, get: () => object[key], set: (next: unknown) => (object[key] = next) },
    ...fieldSites(object[key], Array.isArray(object[key]) ? key : ''),
  ]);
}

/**
 * `mixed`: the tenant's values half of the time, else a random UUID or the generated value.
 * `existing`: the tenant's values whenever it has some, so a body names only what exists.
 */
export type Realism = 'mixed' | 'existing';

function realistic({
  name,
  value,
  pool,
  random,
  realism,
}: {
  name: string;
  value: unknown;
  pool: ValuePools[string];
  random: SeededRandom;
  realism: Realism;
}): unknown {
  const useTenant = pool.values.length > 0 && (realism === 'existing' || random.chance(50));
  const one = () => (useTenant ? random.pick(pool.values) : pool.otherwise === 'uuid' ? random.uuid() : undefined);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? (one() ?? item) : item));
  if (typeof value !== 'string') return value;
  // R2: users are added by one semicolon list of addresses.
  if (name === 'emails') return Array.from({ length: 1 + random.below(3) }, () => one() ?? value).join('; ');
  return one() ?? value;
}

/** The body with ids and addresses of the tenant put in some of the time; each change is kept only while the body still conforms. */
function withTenantValues({
  body,
  operation,
  pools,
  random,
  realism,
}: {
  body: unknown;
  operation: BodyOperation;
  pools: ValuePools;
  random: SeededRandom;
  realism: Realism;
}): unknown {
  for (const site of fieldSites(body)) {
    const pool = pools[site.qualified] ?? pools[site.name];
    if (!pool) continue;
    const before = site.get();
    site.set(realistic({ name: site.name, value: before, pool, random, realism }));
    if (!operation.conforms(body)) site.set(before);
  }
  return body;
}

export interface ValidBodySource {
  next(pools: ValuePools, realism: Realism): unknown;
}

/**
 * Bodies that conform to the operation's served schema: generated from it by json-schema-faker,
 * kept only when the document's own schema accepts them (a generator may miss `not` or a
 * lookahead), then given the tenant's ids and addresses some of the time.
 */
export function validBodySource({ operation, seed, random }: { operation: BodyOperation; seed: number; random: SeededRandom }): ValidBodySource {
  // Short strings and lists keep requests small; the bounds themselves are the mutations' business.
  // Date-times lie ahead, as an expiry's description asks (no JSON Schema keyword can say "future").
  const day = 86_400_000;
  const generator = createGeneratorSync({
    seed,
    maxItems: 4,
    maxLength: 60,
    minDateTime: new Date(Date.now() + day).toISOString(),
    maxDateTime: new Date(Date.now() + 3650 * day).toISOString(),
  });
  return {
    next(pools, realism) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const body = generator.generate(operation.schema);
        if (operation.conforms(body)) return withTenantValues({ body, operation, pools, random, realism });
      }
      throw new Error(`${operation.key}: 50 generated bodies in a row do not conform to the served schema`);
    },
  };
}
