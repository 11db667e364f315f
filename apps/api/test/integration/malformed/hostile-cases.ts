import fc from 'fast-check';
import { AUDIT_KEY } from '../../../src/modules/audit/schemas/list-audit-events.schema.js';
import { SORTED_KEY } from '../../../src/common/paging/cursor.js';

/**
 * A hostile request to one route: path ids, query strings, cookies and headers an attacker (or a
 * sibling subdomain setting cookies) controls. Each case breaks at least one thing the route must
 * refuse — a path id, the query, or the credentials — so none may change anything; the rest of
 * the request is the route's valid one, so that the hostile part alone decides.
 */
export interface HostileCase {
  label: string;
  /** Path ids as they go on the wire: already escaped, so `%`, `%00` and `%2e%2e` arrive as written. */
  rawParams: Record<string, string>;
  query: string;
  headers: Record<string, string>;
  /** Whether the valid credentials go with the request. */
  withCredentials: boolean;
}

export interface HostileRouteShape {
  /** The valid request's path ids, unescaped. */
  params: Record<string, string>;
  /** The valid request's query. */
  query: Record<string, string>;
  /** The route takes paging (`cursor`, `limit`). */
  paged: boolean;
  /** The route reads a query at all. */
  readsQuery: boolean;
  /** Public routes ignore bad credentials, so those do not make a request to them hostile. */
  public: boolean;
}

const escape = (text: string) => encodeURIComponent(text);

/** Escapes as they arrive on the wire: they decode to NUL, to nothing, to dot segments, to unicode tricks. */
const WIRE_ESCAPES = ['%00', 'a%00b', '%', '%zz', '%ED%A0%80', '%C0%AE%C0%AE', '%2e%2e', '..%2F..%2Fetc', '%E2%80%AE', '%EF%BF%BF'];

/** Text that is no id: 10,000 characters, NUL, lone surrogates, unicode tricks, SQL, prototype names, dots. */
const HOSTILE_TEXTS = [
  'x'.repeat(10_000),
  'x'.repeat(201),
  '\u0000'.repeat(3),
  'ü🙂',
  '\u202eevil',
  '\u200b',
  'ａｂ',
  '\ud800x',
  "' OR '1'='1",
  '__proto__',
  'constructor',
  ' ',
  '.',
  '..',
];

/** Path ids that are no id: NUL, escapes that decode to nothing, 10,000 characters, dot segments, unicode. */
const hostileId = fc.oneof(
  fc.constantFrom(...WIRE_ESCAPES),
  fc.constantFrom(...HOSTILE_TEXTS).map((text) => escape(text.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((text) => escape(text.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  fc.string({ minLength: 201, maxLength: 2_000 }).map(escape),
);

/**
 * The same hostility where an id travels as JSON text (tRPC inputs): the escapes stay as written,
 * and lone surrogates, which a URL cannot carry, go as they are, as do `../` and `..\\`.
 */
export const hostileIdText = fc.oneof(
  fc.constantFrom(...WIRE_ESCAPES, '../', '..\\', '../../etc/passwd'),
  fc.constantFrom(...HOSTILE_TEXTS, '\ud800', 'a\udfffb', '\udc00\ud800'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.string({ minLength: 201, maxLength: 2_000 }),
);

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** The keys the paged lists hand out: a cursor of one of these shapes may be forged, but is not malformed. */
const LIST_KEYS = [SORTED_KEY, AUDIT_KEY];

/** Cursors no list handed out: too big for a 32-bit sequence, of the wrong shape, not base64 at all. */
export const hostileCursor = fc.oneof(
  fc.constantFrom([3_000_000_000], [-1], [1.5], [2 ** 53], ['\u0000', '\u0000'], ['x'.repeat(5_000), 'y'], [1, 2, 3], {}, null, 'x', [null]).map(base64url),
  fc
    .jsonValue({ maxDepth: 2 })
    .filter((value) => !LIST_KEYS.some((key) => key.safeParse(value).success))
    .map(base64url),
  fc.constantFrom('%00', '%', '!!!', 'x'.repeat(501), '\u0000', '💥', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A query the route must refuse: unknown or repeated parameters, bad cursors and limits. */
function hostileQuery({ shape }: { shape: HostileRouteShape }): fc.Arbitrary<{ label: string; query: string }> {
  const withValid = (extra: string) => [new URLSearchParams(shape.query).toString(), extra].filter(Boolean).join('&');
  const variants: fc.Arbitrary<{ label: string; query: string }>[] = [
    fc
      .constantFrom('isAdmin=true', '__proto__[admin]=1', 'constructor[prototype][x]=1', 'a%00=1', '%=%', 'tenantId=%00', 'x'.repeat(3_000) + '=1')
      .map((extra) => ({
        label: `query ${extra.slice(0, 30)}`,
        query: withValid(extra),
      })),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((key) => ({ label: 'unknown query key', query: withValid(`${escape(`zz${key}`)}=1`) })),
  ];
  if (shape.paged) {
    variants.push(
      hostileCursor.map((cursor) => ({ label: `cursor ${JSON.stringify(cursor).slice(0, 40)}`, query: withValid(`cursor=${escape(cursor)}`) })),
      fc
        .constantFrom('0', '-1', '201', '1e9', 'NaN', 'Infinity', '1.5', '', '%00', 'x'.repeat(400))
        .map((limit) => ({ label: `limit ${limit.slice(0, 20)}`, query: withValid(`limit=${escape(limit)}`) })),
      fc.constant({ label: 'cursor twice', query: withValid('cursor=a&cursor=b') }),
    );
  }
  return fc.oneof(...variants);
}

/** Session cookies a sibling subdomain could set: undecodable, NUL, huge, quoted, repeated. */
export const hostileCookie = fc.oneof(
  fc
    .constantFrom('%', '%zz', '%00', 'lss_%00', '"', '"lss_x', 'x'.repeat(4_000), '', ';', '=', 'lss_' + 'a'.repeat(43), '%E2%80%AE', '%ED%A0%80')
    .map((value) => `loome_session=${value}`),
  fc.constantFrom('loome_session=%; loome_session=%00', 'loome_session', '=; =', ';;;', 'a=%; loome_session=%25%', 'loome_session=\t%\t'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((value) => `loome_session=${value.replace(/[\r\n]/g, '')}`),
);

/** Authorization values that name nobody. */
export const hostileAuthorization = fc.oneof(
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'Bearer %',
    'Bearer lss_',
    'Bearer lss_%00',
    'bearer  x  y',
    'Basic YTpi',
    'Bearer ' + 'x'.repeat(8_000),
    'Bearer \u00ff\u00fe',
    'Token x',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((value) => `Bearer ${value.replace(/[\r\n]/g, '')}`),
);

/** Other headers a client controls; none may decide anything. */
export const hostileHeaders = fc.dictionary(
  fc.constantFrom(
    'x-forwarded-for',
    'x-forwarded-host',
    'x-forwarded-proto',
    'x-real-ip',
    'origin',
    'referer',
    'accept',
    'accept-language',
    'if-none-match',
    'range',
    'x-http-method-override',
    'x-tenant-id',
    'forwarded',
  ),
  fc.oneof(
    fc.constantFrom('127.0.0.1', '::1', 'null', 'DELETE', '*/*', 'bytes=0-0', 'http://evil.test', 'x'.repeat(4_000), '\u00ff'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, '')),
  ),
  { maxKeys: 3 },
);

type Breakage = 'path' | 'query' | 'credentials';

/** Hostile requests to one route; each breaks a path id, the query or the credentials (or several). */
export function hostileCases({ shape }: { shape: HostileRouteShape }): fc.Arbitrary<HostileCase> {
  const paramNames = Object.keys(shape.params);
  const breakages: Breakage[] = ['query', ...(paramNames.length > 0 ? (['path'] as const) : []), ...(shape.public ? [] : (['credentials'] as const))];
  const validRaw = Object.fromEntries(Object.entries(shape.params).map(([name, value]) => [name, escape(value)]));
  return fc
    .record({
      breaks: fc.subarray(breakages, { minLength: 1 }),
      pathName: paramNames.length > 0 ? fc.constantFrom(...paramNames) : fc.constant(''),
      id: hostileId,
      query: hostileQuery({ shape }),
      cookie: fc.option(hostileCookie, { nil: undefined }),
      authorization: hostileAuthorization,
      credentialsByCookie: fc.boolean(),
      headers: hostileHeaders,
    })
    .map(({ breaks, pathName, id, query, cookie, authorization, credentialsByCookie, headers }) => {
      const breaksPath = breaks.includes('path');
      const breaksQuery = breaks.includes('query');
      const breaksCredentials = breaks.includes('credentials');
      const headerSet: Record<string, string> = { ...headers };
      // Bad credentials: a hostile cookie alone, or a bearer that names nobody (with or without one).
      if (breaksCredentials && credentialsByCookie) headerSet.cookie = cookie ?? 'loome_session=%';
      else if (breaksCredentials) {
        headerSet.authorization = authorization;
        if (cookie !== undefined) headerSet.cookie = cookie;
      } else if (cookie !== undefined) headerSet.cookie = cookie;
      return {
        label: [
          breaksPath ? `:${pathName} = ${id.slice(0, 30)}` : null,
          breaksQuery ? query.label : null,
          breaksCredentials ? (credentialsByCookie ? `cookie ${headerSet.cookie?.slice(0, 30)}` : `authorization ${authorization.slice(0, 30)}`) : null,
          Object.keys(headers).length > 0 ? `headers ${Object.keys(headers).join(',')}` : null,
        ]
          .filter(Boolean)
          .join(', '),
        rawParams: breaksPath ? { ...validRaw, [pathName]: id } : validRaw,
        query: breaksQuery ? query.query : new URLSearchParams(shape.query).toString(),
        headers: headerSet,
        withCredentials: !breaksCredentials,
      };
    });
}
