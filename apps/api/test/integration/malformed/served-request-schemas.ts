import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ApiClient } from '../harness/api-client.js';

export type JsonSchema = Record<string, unknown>;

/** One operation of the served document that reads a body, with what the document says of it. */
export interface BodyOperation {
  /** `METHOD /path/:param`, as the route registry and the walk's expectations spell it. */
  key: string;
  method: string;
  path: string;
  contentType: string;
  /** The request body's schema, standalone: the document's components ride along for `$ref`s. */
  schema: JsonSchema;
  successStatus: number;
  /** Every problem status the operation declares, with the `code`s its schema allows (none for SCIM errors). */
  refusals: Map<number, readonly string[]>;
  conforms(body: unknown): boolean;
}

interface ServedDocument {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> }; responses: Record<string, { $ref?: string }> }>>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> };
}

// Formats are annotations in JSON Schema 2020-12; the document's patterns carry each format's rule.
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const compiled = new WeakMap<JsonSchema, (value: unknown) => boolean>();

/** Whether a value conforms to a schema of the document (a body's, or a part of one). */
export function conformsTo(schema: JsonSchema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (!validate) {
    const check = ajv.compile(schema);
    validate = (candidate) => check(candidate) === true;
    compiled.set(schema, validate);
  }
  return validate(value);
}

function resolved(document: ServedDocument, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const [, section, name] = /^#\/components\/(schemas|responses)\/(.+)$/.exec(ref) ?? [];
  const target = section === 'schemas' ? document.components.schemas[name!] : section === 'responses' ? document.components.responses[name!] : undefined;
  if (!target) throw new Error(`The document has no ${ref}`);
  return resolved(document, target);
}

/** The `code`s a problem schema allows: a `const` or an `enum` of `properties.code`. */
function codesOf(document: ServedDocument, response: JsonSchema): string[] {
  const content = (resolved(document, response) as { content?: Record<string, { schema: JsonSchema }> }).content ?? {};
  return Object.values(content).flatMap(({ schema }) => {
    const code = (resolved(document, schema).properties as Record<string, JsonSchema> | undefined)?.code;
    if (!code) return [];
    const node = resolved(document, code);
    return typeof node.const === 'string' ? [node.const] : ((node.enum as string[] | undefined) ?? []);
  });
}

/** Every operation of the document `GET /api/docs` serves that takes a request body. */
export async function servedBodyOperations({ http }: { http: ApiClient }): Promise<BodyOperation[]> {
  const answer = await http.get<ServedDocument>('/api/docs');
  if (answer.status !== 200) throw new Error(`GET /api/docs answered ${answer.status}`);
  const document = answer.body;
  const operations: BodyOperation[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation.requestBody) continue;
      const [contentType, { schema }] = Object.entries(operation.requestBody.content)[0]!;
      const standalone = { ...schema, components: document.components };
      const statuses = Object.keys(operation.responses).map(Number);
      const path = template.replace(/\{([A-Za-z]+)\}/g, ':$1');
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        contentType,
        schema: standalone,
        successStatus: statuses.find((status) => status < 300)!,
        refusals: new Map(statuses.filter((status) => status >= 400).map((status) => [status, codesOf(document, operation.responses[String(status)]!)])),
        conforms: (body) => conformsTo(standalone, body),
      });
    }
  }
  return operations;
}
