import fc from 'fast-check';
import { hostileAuthorization, hostileCookie, hostileHeaders } from './hostile-cases.js';
import { hostileInputs, type InputShape } from './hostile-inputs.js';
import { withInvalidUtf8 } from './malformed-cases.js';

/** One procedure and a valid call to it, from which the hostile calls are made. */
export interface ProcedureShape extends InputShape {
  path: string;
  type: 'query' | 'mutation';
  /** Public procedures ignore bad credentials, so those do not make a call to them hostile. */
  public: boolean;
  /** A procedure of the other type: a batch may not mix them. */
  otherTypePath: string;
}

/** A hostile call as it goes on the wire. */
export interface TrpcHostileCase {
  label: string;
  method: string;
  /** From `/trpc/` on: procedure path(s), then the query. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /**
   * The tenant manager's valid session with it: as a bearer (how the portals call), as the
   * session cookie with the API's own Origin (so that the Origin check does not decide), or none.
   */
  credentials: 'none' | 'bearer' | 'cookie';
}

type Breakage = 'input' | 'json' | 'transport' | 'credentials';

/** How a call travels when nothing about the transport is broken: one call, or a batch of `copies`. */
interface Wire {
  method: string;
  paths: string;
  batch: boolean;
  /** Query parameters besides `batch` and `input`. */
  extraQuery: string;
  contentType: string | null;
  /** The batch's `input` when it is not the one built from the calls. */
  batchInput?: string;
  /** Bytes appended to the body. */
  padding?: string;
}

/** JSON that is not JSON: truncated, single-quoted, trailing commas, bare words, NUL, undecodable escapes. */
const malformedJson = (validText: string) =>
  fc.constantFrom(
    '{',
    '{"a":}',
    "{'a':1}",
    '[1,]',
    'undefined',
    '{"a":1}}',
    'NaN',
    '{"a":01}',
    '%',
    '%00',
    '\u0000',
    '{"a":"\\x"}',
    '{"a":"\\ud8"}',
    validText.slice(0, -1) || '{',
    `${validText}x`,
  );

/** Procedure paths that name no procedure, or only look like one. */
const hostileProcedurePath = (path: string) => {
  const [router] = path.split('.');
  return fc.constantFrom(
    `${path}%00`,
    `${path}%`,
    `${path}%zz`,
    `${path}/`,
    `${path}.`,
    path.toUpperCase(),
    `%2e%2e%2F${path}`,
    `..%2F${path}`,
    `${path},${path}`,
    '__proto__',
    'constructor',
    `${router}.__proto__`,
    `${router}.constructor`,
    `${router}.toString`,
    `${router}.hasOwnProperty`,
    `${router}._def`,
    router!,
    '',
    'x'.repeat(3_000),
    '%EF%BF%BD',
    // A lone surrogate's UTF-8 form, which no decoder accepts.
    '%ED%A0%80',
  );
};

const MULTIPART_BOUNDARY = 'hostile-boundary';
function multipartOf(valid: unknown): string {
  const fields = valid !== null && typeof valid === 'object' ? Object.entries(valid) : [['input', JSON.stringify(valid)]];
  const parts = fields.map(
    ([name, value]) =>
      `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${typeof value === 'string' ? value : JSON.stringify(value)}\r\n`,
  );
  return `${parts.join('')}--${MULTIPART_BOUNDARY}--\r\n`;
}

/**
 * Ways the transport alone refuses a call whose input and credentials are valid: the other
 * method, a body that is not JSON, a path naming no procedure, a batch mixing types or whose
 * input is no object, more than the body limit, connection parameters that are not JSON.
 */
function transportBreak({ shape, wire }: { shape: ProcedureShape; wire: Wire }): fc.Arbitrary<{ label: string; wire: Wire }> {
  const json = 'application/json';
  const asPost = { method: 'POST', contentType: json };
  const variants: fc.Arbitrary<{ label: string; wire: Wire }>[] = [
    fc.constant(
      shape.type === 'query'
        ? { label: 'query by POST', wire: { ...wire, ...asPost } }
        : { label: 'mutation by GET', wire: { ...wire, method: 'GET', contentType: null } },
    ),
    fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS').map((method) => ({ label: `by ${method}`, wire: { ...wire, method, contentType: json } })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        null,
        `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
        'application/octet-stream',
        'application/jsonl',
        'text/json',
        'application/json-patch+json',
      )
      .map((contentType) => ({ label: `POST as ${contentType ?? 'no content type'}`, wire: { ...wire, method: 'POST', contentType } })),
    // Two of the same procedure in a batch is a valid batch; without `batch=1` it names no procedure.
    hostileProcedurePath(shape.path)
      .filter((paths) => !wire.batch || !paths.includes(','))
      .map((paths) => ({ label: `procedure path ${paths.slice(0, 30)}`, wire: { ...wire, paths } })),
    fc.constant({ label: `batched with ${shape.otherTypePath}`, wire: { ...wire, batch: true, paths: `${shape.path},${shape.otherTypePath}` } }),
    fc.constantFrom('[]', 'null', '"x"', '1', 'true').map((batchInput) => ({ label: `batch input ${batchInput}`, wire: { ...wire, batch: true, batchInput } })),
    fc
      .constantFrom('%7B', '%5B1%5D', 'x', '%00')
      .map((value) => ({ label: `connectionParams ${value}`, wire: { ...wire, extraQuery: `connectionParams=${value}` } })),
  ];
  // A megabyte a call: a few per procedure show the limit holds, without most of the run's time going to it.
  const pastLimit =
    shape.type === 'mutation' ? [{ arbitrary: fc.constant({ label: 'body past 1 MB', wire: { ...wire, padding: ' '.repeat(1_100_000) } }), weight: 1 }] : [];
  return fc.oneof(...variants.map((arbitrary) => ({ arbitrary, weight: 4 })), ...pastLimit);
}

/** Bad credentials: none at all, a session cookie that names nobody, an authorization that names nobody. */
const badCredentials = fc.oneof(
  fc.constant({ label: 'anonymous', headers: {} }),
  hostileCookie.map((cookie) => ({ label: `cookie ${cookie.slice(0, 30)}`, headers: { cookie } })),
  fc.tuple(hostileAuthorization, fc.option(hostileCookie, { nil: undefined })).map(([authorization, cookie]) => ({
    label: `authorization ${authorization.slice(0, 30)}`,
    headers: { authorization, ...(cookie === undefined ? {} : { cookie }) },
  })),
);

/** Headers of tRPC's own a client controls: streamed answers, and the client's marks. */
const trpcHeaders = fc.dictionary(
  fc.constantFrom('trpc-accept', 'accept', 'x-trpc-source', 'trpc-batch-mode'),
  fc.constantFrom('application/jsonl', 'text/event-stream', 'stream', '*/*', '%00'),
  {
    maxKeys: 2,
  },
);

function batchOf({ text, copies }: { text: string | undefined; copies: number }): string {
  return `{${Array.from({ length: copies }, (_, index) => (text === undefined ? null : `"${index}":${text}`))
    .filter(Boolean)
    .join(',')}}`;
}

/**
 * Hostile calls to one procedure: each breaks its input (from the schema), its JSON, its
 * transport or its credentials (or several), sent the way the tRPC client sends them — single or
 * batched, queries by GET with `?input=`, mutations by POST with a JSON body — with hostile
 * headers and cookies besides, which may not decide anything.
 */
export function hostileTrpcCases({ shape }: { shape: ProcedureShape }): fc.Arbitrary<TrpcHostileCase> {
  const validText = shape.valid === undefined ? undefined : JSON.stringify(shape.valid);
  const breakages: Breakage[] = ['input', 'json', 'transport', ...(shape.public ? [] : (['credentials'] as const))];
  return fc
    .record({
      breaks: fc.subarray(breakages, { minLength: 1 }),
      copies: fc.constantFrom(0, 0, 1, 2, 3),
      input: hostileInputs({ shape }),
      malformed: fc.oneof(malformedJson(validText ?? '{}'), fc.constant(null)),
      bad: badCredentials,
      validBy: fc.constantFrom<TrpcHostileCase['credentials']>('bearer', 'bearer', 'cookie', ...(shape.public ? (['none'] as const) : [])),
      noise: fc.tuple(hostileHeaders, trpcHeaders, fc.option(hostileCookie, { nil: undefined })),
    })
    .chain((drawn) => {
      const wire: Wire = {
        method: shape.type === 'query' ? 'GET' : 'POST',
        paths: drawn.copies > 1 ? Array(drawn.copies).fill(shape.path).join(',') : shape.path,
        batch: drawn.copies > 0,
        extraQuery: '',
        contentType: shape.type === 'query' ? null : 'application/json',
      };
      const transport = drawn.breaks.includes('transport') ? transportBreak({ shape, wire }) : fc.constant({ label: '', wire });
      return transport.map((broken) => ({ drawn, broken }));
    })
    .map(({ drawn, broken: { label: transportLabel, wire } }) => {
      const breaks = (breakage: Breakage) => drawn.breaks.includes(breakage);
      const inputText = breaks('input') ? drawn.input.text : validText;
      const copies = wire.paths.split(',').length;
      // A malformed document: bytes that are not UTF-8 (body only) when no JSON text was drawn.
      const malformed = drawn.malformed ?? (wire.method === 'GET' ? '{' : withInvalidUtf8((shape.valid ?? {}) as Record<string, unknown>));
      const document: string | Buffer | undefined = breaks('json')
        ? malformed
        : (wire.batchInput ?? (wire.batch ? batchOf({ text: inputText, copies }) : inputText));
      const query = [
        wire.batch ? 'batch=1' : null,
        wire.method === 'GET' && document !== undefined ? `input=${encodeURIComponent(document.toString())}` : null,
        wire.extraQuery || null,
      ]
        .filter(Boolean)
        .join('&');
      const [noiseHeaders, noiseTrpc, noiseCookie] = drawn.noise;
      const headers: Record<string, string> = { ...noiseHeaders, ...noiseTrpc, ...(noiseCookie === undefined ? {} : { cookie: noiseCookie }) };
      if (wire.contentType !== null) headers['content-type'] = wire.contentType;
      else delete headers['content-type'];
      let credentials: TrpcHostileCase['credentials'] = 'none';
      if (breaks('credentials')) {
        delete headers.cookie;
        Object.assign(headers, drawn.bad.headers);
      } else credentials = drawn.validBy;
      let body: string | Buffer | undefined;
      if (wire.method !== 'GET') {
        body = wire.contentType?.startsWith('multipart/') ? multipartOf(shape.valid) : document;
        if (wire.padding !== undefined) body = Buffer.concat([Buffer.from(body ?? ''), Buffer.from(wire.padding)]);
      }
      return {
        label: [
          breaks('input') ? `input: ${drawn.input.label}` : null,
          breaks('json') ? `JSON ${JSON.stringify(malformed.toString()).slice(0, 30)}` : null,
          transportLabel || null,
          breaks('credentials') ? drawn.bad.label : null,
          wire.batch ? `batch of ${copies}` : null,
          Object.keys(noiseHeaders).length + Object.keys(noiseTrpc).length > 0
            ? `headers ${[...Object.keys(noiseHeaders), ...Object.keys(noiseTrpc)].join(',')}`
            : null,
        ]
          .filter(Boolean)
          .join(', '),
        method: wire.method,
        url: `/trpc/${wire.paths}${query ? `?${query}` : ''}`,
        headers,
        ...(body === undefined ? {} : { body }),
        credentials,
      };
    });
}
