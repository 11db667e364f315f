/**
 * What the scaffolder needs to know about the workspace, read from source files (roles-core may
 * not be built, or be built from an older tree): registered products, their ports, folders and
 * names already taken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRODUCTS_DIR = 'packages/roles-core/src/products';
export const REGISTRY_FILE = `${PRODUCTS_DIR}/registered-products.ts`;
export const REGISTRY_START = '// new-product:registry:start';
export const REGISTRY_END = '// new-product:registry:end';

const REGISTRY_LINE = /^export \{ (\w+) \} from '\.\/([a-z0-9-]+)\.js';$/;

/** The lines between the registry markers, or a problem when the markers are not there exactly once. */
export function registryLines({ text }) {
  const lines = text.split('\n');
  const start = lines.indexOf(REGISTRY_START);
  const end = lines.indexOf(REGISTRY_END);
  const once = (marker) => lines.filter((line) => line === marker).length === 1;
  if (!once(REGISTRY_START) || !once(REGISTRY_END) || start > end) {
    return { ok: false, problem: `${REGISTRY_FILE} must hold the lines "${REGISTRY_START}" and "${REGISTRY_END}" once each, in that order` };
  }
  return { ok: true, lines, start, end };
}

function readProduct({ root, module }) {
  const text = readFileSync(join(root, PRODUCTS_DIR, `${module}.ts`), 'utf8');
  const id = /^\s*id:\s*'([^']+)'/m.exec(text)?.[1];
  const port = Number(/^\s*portalPort:\s*(\d+)/m.exec(text)?.[1]);
  return { id: id ?? module, port: Number.isInteger(port) ? port : null, module };
}

function folderNames({ root, parent }) {
  const dir = join(root, parent);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Names roles-core exports already: a product exported under one of them would not compile. */
function exportedNames({ root }) {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) collectExports({ text: readFileSync(path, 'utf8'), names });
    }
  };
  walk(join(root, 'packages/roles-core/src'));
  return [...names];
}

function collectExports({ text, names }) {
  for (const match of text.matchAll(/^export (?:declare )?(?:abstract )?(?:const|let|function|class|type|interface|enum) (\w+)/gm)) names.add(match[1]);
  for (const match of text.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const part of match[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '')
        .trim();
      if (name) names.add(name);
    }
  }
}

export function readWorkspace({ root }) {
  const registryText = readFileSync(join(root, REGISTRY_FILE), 'utf8');
  const registry = registryLines({ text: registryText });
  const modules = registry.ok
    ? registry.lines
        .slice(registry.start + 1, registry.end)
        .map((line) => REGISTRY_LINE.exec(line)?.[2])
        .filter(Boolean)
    : [];
  const products = modules.map((module) => readProduct({ root, module }));
  const folders = ['apps', 'packages', 'tooling'].flatMap((parent) => folderNames({ root, parent }));
  return { registryText, registry, products, taken: [...folders, ...exportedNames({ root })] };
}
