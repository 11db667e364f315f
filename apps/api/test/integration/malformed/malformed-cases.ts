import fc from 'fast-check';
import type { z } from 'zod';

/** A request the way it goes on the wire: path ids, query, headers and the raw body bytes. */
export interface MalformedCase {
  label: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** A route and one valid request to it, from which the malformed ones are made. */
export interface RouteShape {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  bodySchema: z.ZodType | null;
  querySchema: z.ZodType | null;
}

type BodyVariant = Pick<MalformedCase, 'label' | 'headers' | 'body'> & { json?: boolean };

const JSON_TYPE = { 'content-type': 'application/json' };
export const SUSPICIOUS_KEYS = ['role', 'tenantId', 'isAdmin', '__proto__', 'constructor', 'prototype', 'permissions', 'principalId'];
const ONE_MEGABYTE_AND_MORE = 1_100_000;

const json = (label: string, text: string): BodyVariant => ({ label, headers: JSON_TYPE, body: text, json: true });
const objectOf = (body: unknown): Record<string, unknown> =>
  body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

function deeplyNested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The valid body with one string value replaced by bytes that are not UTF-8. */
export function withInvalidUtf8(body: Record<string, unknown>): Buffer {
  const key = Object.keys(body).find((candidate) => typeof body[candidate] === 'string') ?? 'name';
  const marker = 'not-utf8-marker';
  const [before, after] = JSON.stringify({ ...body, [key]: marker }).split(marker) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(after)]);
}

function bodyVariants(shape: RouteShape): fc.Arbitrary<BodyVariant> {
  const base = objectOf(shape.body);
  const keys = Object.keys(base);
  const someKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('name');
  const wrongValue = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  );
  const baseText = JSON.stringify(base);
  const variants: fc.Arbitrary<BodyVariant>[] = [
    someKey.map((key) => {
      const { [key]: _dropped, ...rest } = base;
      return json(`missing ${key}`, JSON.stringify(rest));
    }),
    fc.tuple(someKey, wrongValue).map(([key, value]) => json(`${key} as ${JSON.stringify(value)}`, JSON.stringify({ ...base, [key]: value }))),
    fc.tuple(fc.oneof(fc.constantFrom(...SUSPICIOUS_KEYS), fc.string({ minLength: 1, maxLength: 10 })), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => {
      // Built as text so that `__proto__` travels as an own key, the way an attacker sends it.
      const extra = `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`;
      return json(`extra field ${key}`, keys.length > 0 ? `${baseText.slice(0, -1)},${extra}}` : `{${extra}}`);
    }),
    fc.constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}').map((text) => json('prototype pollution', text)),
    fc
      .tuple(someKey, fc.constantFrom(100_000, ONE_MEGABYTE_AND_MORE))
      .map(([key, size]) => json(`${key} of ${size} characters`, JSON.stringify({ ...base, [key]: 'x'.repeat(size) }))),
    fc
      .integer({ min: 100, max: 20_000 })
      .map((depth) => json(`nested ${depth} deep`, `${keys.length > 0 ? `${baseText.slice(0, -1)},` : '{'}"nested":${deeplyNested(depth)}}`)),
    fc.constantFrom([], [base], [[base]]).map((array) => json('array instead of object', JSON.stringify(array))),
    fc
      .oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 20 }), fc.boolean(), fc.jsonValue({ maxDepth: 3 }))
      .map((value) => json('another JSON value', JSON.stringify(value) ?? '0')),
    fc
      .constantFrom('{', '{"a":}', "{'a':1}", '[1,]', 'undefined', '{"a":1}}', 'NaN', '{"a":01}', baseText.slice(0, -1) || '{')
      .map((text) => json('invalid JSON', text)),
    fc.constant<BodyVariant>({ label: 'JSON sent as text/plain', headers: { 'content-type': 'text/plain' }, body: baseText }),
    fc.constant<BodyVariant>({
      label: 'form-encoded',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'kind=user&emails=a%40x.test&role=administrator',
    }),
    fc.constant<BodyVariant>({ label: 'no content type', headers: {}, body: Buffer.from(baseText) }),
    fc.constant<BodyVariant>({ label: 'bytes that are not UTF-8', headers: JSON_TYPE, body: withInvalidUtf8(base) }),
  ];
  return fc.oneof(...variants);
}

const badId = fc.oneof(
  fc.constantFrom('nope', 'x'.repeat(300), '..', '%', ' ', "' OR '1'='1", 'null', '0', '-1', '\u0000', 'ü🙂', '{}', '__proto__', 'constructor'),
  fc.string({ minLength: 1, maxLength: 40 }),
);

function queryVariants(shape: RouteShape): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    fc.constantFrom('role', 'tenantId', 'isAdmin', '__proto__').map((key) => ({ ...shape.query, [key]: 'administrator' })),
    fc.record({ dryRun: fc.constantFrom('maybe', '', 'TRUE', '1', 'x'.repeat(500)) }).map((query) => ({ ...shape.query, ...query })),
    fc.record({ role: fc.oneof(fc.constant(''), fc.constant('x'.repeat(100))) }).map((query) => ({ ...shape.query, ...query })),
  );
}

/** Whether the server would read this request as well formed: then it is no malformed case. */
function isWellFormed({
  shape,
  variant,
  query,
  pathIsValid,
}: {
  shape: RouteShape;
  variant: BodyVariant | null;
  query: Record<string, string>;
  pathIsValid: boolean;
}): boolean {
  if (!pathIsValid) return false;
  if (shape.querySchema && !shape.querySchema.safeParse(query).success) return false;
  if (!variant) return true;
  if (!variant.json || typeof variant.body !== 'string') return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(variant.body);
  } catch {
    return false;
  }
  return !shape.bodySchema || shape.bodySchema.safeParse(parsed).success;
}

/**
 * Malformed requests to one route: a bad body (wrong types, missing or extra fields, huge,
 * deep, not an object, not JSON, not UTF-8, not declared as JSON), a bad query, or a bad path id.
 * Requests the route's own schemas would accept are left out; a body sent to a route that reads
 * none always goes with a bad id or query, since such a body is ignored.
 */
export function malformedCases({ shape }: { shape: RouteShape }): fc.Arbitrary<MalformedCase> {
  const paramNames = Object.keys(shape.params);
  const corruptOne = paramNames.length > 0 ? fc.option(fc.tuple(fc.constantFrom(...paramNames), badId), { nil: null, freq: 2 }) : fc.constant(null);
  const query = shape.querySchema ? fc.option(queryVariants(shape), { nil: null }) : fc.constant(null);
  const body = fc.option(bodyVariants(shape), { nil: null, freq: shape.bodySchema ? 8 : 2 });
  return fc
    .record({ corrupt: corruptOne, query, body })
    .filter(({ corrupt, query: badQuery, body: variant }) => {
      const readAsJson = variant?.headers['content-type'] === JSON_TYPE['content-type'];
      if (!shape.bodySchema && readAsJson && !corrupt && !badQuery) return false;
      return !isWellFormed({ shape, variant, query: badQuery ?? shape.query ?? {}, pathIsValid: corrupt === null });
    })
    .map(({ corrupt, query: badQuery, body: variant }) => ({
      label: [
        variant?.label,
        badQuery ? `query ${JSON.stringify(badQuery).slice(0, 80)}` : null,
        corrupt ? `:${corrupt[0]} = ${JSON.stringify(corrupt[1].slice(0, 40))}` : null,
      ]
        .filter(Boolean)
        .join(', '),
      params: corrupt ? { ...shape.params, [corrupt[0]]: corrupt[1] } : shape.params,
      query: badQuery ?? shape.query ?? {},
      headers: variant?.headers ?? {},
      ...(variant?.body !== undefined ? { body: variant.body } : {}),
    }));
}
