/**
 * The rules catalogue (docs/rules.md) and the tests keep each other honest: every rule with a
 * heading there must be proved by at least one test whose name starts with its id, anywhere in
 * the repository, and SPEC's every rule has a heading.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SPEC_RULES = [...Array.from({ length: 24 }, (_, i) => `R${i + 1}`), 'R16a'];
const TEST_ROOTS = ['packages/*/src', 'packages/*/test', 'apps/*/test', 'apps/*/e2e', 'apps/*/src'];
const TEST_FILE = /\.(spec|test)\.ts$/;
// `it('R12: …'`, `test("R16a …"`, `it.each(…)(\`R3: …\`` — the id must be the name's first word;
// skipped and todo tests prove nothing.
const TEST_NAME = /\b(?:it|test)(?:\.(?!skip\b|todo\b)\w+)*(?:\([^()]*\))?\(\s*(['"`])(R\d+a?)(?![\w])/g;

function expandRoots(): string[] {
  return TEST_ROOTS.flatMap((pattern) => {
    const [top, , leaf] = pattern.split('/') as [string, string, string];
    const topDir = join(repoRoot, top);
    if (!existsSync(topDir)) return [];
    return readdirSync(topDir)
      .map((name) => join(topDir, name, leaf))
      .filter((dir) => existsSync(dir));
  });
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return TEST_FILE.test(name) ? [path] : [];
  });
}

function rulesNamedByTests(): Set<string> {
  const named = new Set<string>();
  for (const file of [...new Set(expandRoots().flatMap(testFiles))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(TEST_NAME)) named.add(match[2]!);
  }
  return named;
}

function catalogueHeadings(): string[] {
  const text = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');
  return [...text.matchAll(/^## (R\d+a?)\b/gm)].map((match) => match[1]!);
}

describe('rules catalogue', () => {
  it('docs/rules.md has one heading for each rule of SPEC, none twice', () => {
    const headings = catalogueHeadings();
    expect([...headings].sort()).toEqual([...SPEC_RULES].sort());
  });

  it('every rule with a heading in docs/rules.md is named by at least one test', () => {
    const named = rulesNamedByTests();
    const unproved = catalogueHeadings().filter((rule) => !named.has(rule));
    expect(unproved, `rules no test names: ${unproved.join(', ')}`).toEqual([]);
  });
});
