/**
 * Differences between products live in their configurations, never in code that asks which
 * product it is serving: such a branch would leave a new product silently out. Product ids come
 * from the registry, so a new product's id is looked for the moment it is registered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from '../src/index.mjs';
import { SOURCE_ROOT } from './workspace-copy.js';

const SHARED_CODE = ['apps/api/src', 'packages/portal-kit/src'];
const CODE_FILE = /\.(ts|js|mjs|svelte)$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Comparisons and switch cases against a product id, and any product-id comparison against a literal. */
function branchPatterns({ ids }: { ids: readonly string[] }): RegExp[] {
  const quoted = `(['"\`])(?:${ids.map(escape).join('|')})\\1`;
  return [
    new RegExp(`[!=]==?\\s*${quoted}`),
    new RegExp(`${quoted}\\s*[!=]==?`),
    new RegExp(`case\\s+${quoted}\\s*:`),
    /\b(?:product\.id|productId)\s*[!=]==?\s*['"`]/,
    /['"`][\w-]*['"`]\s*[!=]==?\s*(?:\w+\.)?(?:product\.id|productId)\b/,
  ];
}

function codeFiles({ dir }: { dir: string }): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && CODE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function branchesIn({ text, patterns }: { text: string; patterns: RegExp[] }): { line: number; code: string }[] {
  return text.split('\n').flatMap((code, index) => (patterns.some((pattern) => pattern.test(code)) ? [{ line: index + 1, code: code.trim() }] : []));
}

describe('no code branches on a product id', () => {
  const ids = readWorkspace({ root: SOURCE_ROOT }).products.map((product) => product.id);
  const patterns = branchPatterns({ ids });

  it('reads every registered product id from the registry', () => {
    expect(ids).toEqual(expect.arrayContaining(['integrate', 'assist', 'monitor']));
  });

  it('recognises the branches it looks for, and leaves data alone', () => {
    const flagged = [
      "if (product === 'monitor') {",
      'if ("assist" == productKind) {',
      "  case 'integrate':",
      'return product.id === `anything`;',
      "const isMonitor = tenant.productId !== 'monitor';",
    ];
    const allowed = ["{ product: 'integrate', name: 'Demo Integrate' }", "getProduct('assist')", 'product.id === other.id'];
    expect(flagged.filter((code) => branchesIn({ text: code, patterns }).length === 0)).toEqual([]);
    expect(allowed.filter((code) => branchesIn({ text: code, patterns }).length > 0)).toEqual([]);
  });

  it.each(SHARED_CODE)('%s never compares against a product id', (dir) => {
    const found = codeFiles({ dir: join(SOURCE_ROOT, dir) }).flatMap((file) =>
      branchesIn({ text: readFileSync(file, 'utf8'), patterns }).map(({ line, code }) => `${relative(SOURCE_ROOT, file)}:${line}: ${code}`),
    );
    expect(found).toEqual([]);
  });
});
