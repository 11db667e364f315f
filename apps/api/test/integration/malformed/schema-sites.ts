import { conformsTo, type JsonSchema } from './served-request-schemas.js';

export type Path = (string | number)[];

/** A place in a body with the part of the schema that governs it. */
export interface Site {
  path: Path;
  schema: JsonSchema;
  value: unknown;
}

/** The branch of an `anyOf`/`oneOf` the value takes (the node itself when it has none). */
function branchOf(schema: JsonSchema, value: unknown): JsonSchema {
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  return branches?.find((branch) => conformsTo(branch, value)) ?? schema;
}

/** Every value of a conforming body, from the body itself down, each with its schema. */
export function sitesOf(schema: JsonSchema, value: unknown, path: Path = []): Site[] {
  const node = branchOf(schema, value);
  const sites: Site[] = [{ path, schema: node, value }];
  if (Array.isArray(value) && node.items) value.forEach((item, index) => sites.push(...sitesOf(node.items as JsonSchema, item, [...path, index])));
  if (value && typeof value === 'object' && !Array.isArray(value) && node.properties) {
    const properties = node.properties as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(value)) if (properties[key]) sites.push(...sitesOf(properties[key], child, [...path, key]));
  }
  return sites;
}

export const pointer = (path: Path) => (path.length === 0 ? '(body)' : `/${path.join('/')}`);

/**
 * Where a body uses a value the document scopes to other products (`x-product-values`): the
 * document states that such a value is VALIDATION in a tenant of this product.
 */
export function outsideProduct({ schema, body, product }: { schema: JsonSchema; body: unknown; product: string }): string | null {
  for (const site of sitesOf(schema, body)) {
    const scoped = site.schema['x-product-values'] as Record<string, string[]> | undefined;
    if (scoped && !scoped[product]?.includes(site.value as string)) return pointer(site.path);
  }
  return null;
}
