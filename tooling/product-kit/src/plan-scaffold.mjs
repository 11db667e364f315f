/**
 * Everything `pnpm new-product` will write, decided before anything is written: the product
 * configuration, its registry line and the portal app. A plan with problems writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nextFreePort, problemsWithPort } from './choose-port.mjs';
import { identifierOf, problemsWithId } from './product-id.mjs';
import { PRODUCTS_DIR, REGISTRY_FILE, readWorkspace } from './read-workspace.mjs';
import { renderTemplate, typescriptString } from './render-template.mjs';

export const TEMPLATES_DIR = 'tooling/templates';
const MAX_NAME_LENGTH = 60;

function problemsWithName({ name }) {
  if (typeof name !== 'string' || name.trim().length === 0) return ['a display name is required (--name "Loome Example")'];
  if (name.trim().length > MAX_NAME_LENGTH) return [`the display name is longer than ${MAX_NAME_LENGTH} characters`];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return ['the display name holds a control character'];
  // The name also lands in the configuration's opening comment, which `*/` would end early.
  if (name.includes('*/')) return ['the display name holds "*/"'];
  return [];
}

function listFiles({ dir }) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Template files as output files: `x.tmpl` is rendered to `x`, any other file is copied as it is. */
function portalWrites({ root, id, values }) {
  const templateDir = join(root, TEMPLATES_DIR, 'portal');
  return listFiles({ dir: templateDir }).map((file) => {
    const path = relative(templateDir, file);
    const text = readFileSync(file, 'utf8');
    if (!path.endsWith('.tmpl')) return { path: join('apps', id, path), content: text, previous: null };
    return { path: join('apps', id, path.slice(0, -'.tmpl'.length)), content: renderTemplate({ text, values, source: path }), previous: null };
  });
}

function registryWrite({ workspace, identifier, id }) {
  const { lines, end } = workspace.registry;
  const line = `export { ${identifier} } from './${id}.js';`;
  const content = [...lines.slice(0, end), line, ...lines.slice(end)].join('\n');
  return { path: REGISTRY_FILE, content, previous: workspace.registryText };
}

function collectProblems({ root, id, name, port, workspace }) {
  const used = workspace.products.map((product) => product.port).filter((p) => p !== null);
  const existing = workspace.products.some((product) => product.id === id) ? [`a product "${id}" is already registered`] : [];
  const idProblems = existing.length > 0 ? [] : problemsWithId({ id, taken: workspace.taken });
  const files =
    idProblems.length === 0
      ? [join(PRODUCTS_DIR, `${id}.ts`), join('apps', id)].filter((path) => existsSync(join(root, path))).map((path) => `${path} already exists`)
      : [];
  return [
    ...idProblems,
    ...existing,
    ...files,
    ...problemsWithName({ name }),
    ...(port === undefined ? [] : problemsWithPort({ port, used })),
    ...(workspace.registry.ok ? [] : [workspace.registry.problem]),
  ];
}

/**
 * `{ ok: false, problems }` when anything is wrong (all problems at once), otherwise
 * `{ ok: true, product, writes }` with `previous` set on the one file that is changed, not created.
 */
export function planScaffold({ root, id, name, port }) {
  const workspace = readWorkspace({ root });
  const problems = collectProblems({ root, id, name, port, workspace });
  if (problems.length > 0) return { ok: false, problems };
  const identifier = identifierOf({ id });
  const chosenPort = port ?? nextFreePort({ used: workspace.products.map((product) => product.port).filter((p) => p !== null) });
  const displayName = name.trim();
  const values = { id, identifier, name: displayName, nameLiteral: typescriptString({ value: displayName }), port: chosenPort };
  const productTemplate = readFileSync(join(root, TEMPLATES_DIR, 'product.ts.tmpl'), 'utf8');
  const writes = [
    { path: join(PRODUCTS_DIR, `${id}.ts`), content: renderTemplate({ text: productTemplate, values, source: 'product.ts.tmpl' }), previous: null },
    registryWrite({ workspace, identifier, id }),
    ...portalWrites({ root, id, values }),
  ];
  return { ok: true, product: { id, identifier, name: displayName, port: chosenPort }, writes };
}
