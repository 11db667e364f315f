/**
 * What a product id may be. The id becomes a URL segment, a folder under apps/, a package name
 * (`@loome/<id>`) and a TypeScript export of roles-core, so it must be valid as all four.
 */
export const MAX_ID_LENGTH = 30;

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Words that name parts of the workspace or of a portal's URLs, and so cannot name a product. */
const RESERVED_IDS = new Set([
  'api',
  'ui',
  'core',
  'kit',
  'shared',
  'common',
  'docs',
  'tooling',
  'templates',
  'scripts',
  'packages',
  'apps',
  'test',
  'tests',
  'e2e',
  'src',
  'dist',
  'build',
  'lib',
  'static',
  'node-modules',
  'platform',
  'admin',
  'www',
  'product',
  'products',
  'registry',
  'tenant',
  'tenants',
  'auth',
  'sign-in',
  'sign-out',
  'outbox',
  'legacy',
]);

// The id's camelCase form is exported from roles-core, so it must be a usable JavaScript name.
const JAVASCRIPT_RESERVED = new Set([
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'arguments',
  'eval',
  'undefined',
]);

/** `data-hub` → `dataHub`: the name roles-core exports the product configuration under. */
export function identifierOf({ id }) {
  return id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

/**
 * Problems with `id` on its own (format and reserved words); `taken` adds names already used in
 * the workspace (package folders, roles-core exports). An empty list means the id is free to use.
 */
export function problemsWithId({ id, taken = [] }) {
  if (typeof id !== 'string' || id.length === 0) return ['a product id is required'];
  if (id.length > MAX_ID_LENGTH) return [`"${id}" is longer than ${MAX_ID_LENGTH} characters`];
  if (!ID_PATTERN.test(id)) {
    return [`"${id}" is not a valid id: use lower-case letters, digits and single dashes, starting with a letter`];
  }
  if (RESERVED_IDS.has(id) || JAVASCRIPT_RESERVED.has(identifierOf({ id }))) return [`"${id}" is a reserved word`];
  if (taken.includes(id) || taken.includes(identifierOf({ id }))) return [`"${id}" is already used in the workspace`];
  return [];
}
