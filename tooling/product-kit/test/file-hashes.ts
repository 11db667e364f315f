/** Every source file of a tree with its content hash, to tell exactly which files a command touched. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Build output and installed packages are not source: a build in the copy may change them freely.
const SKIPPED = new Set(['node_modules', 'dist', 'build', '.svelte-kit', '.turbo', '.git']);

export function hashTree({ root }: { root: string }): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return hashes;
}

export interface TreeChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function changesBetween({ before, after }: { before: Map<string, string>; after: Map<string, string> }): TreeChanges {
  return {
    added: [...after.keys()].filter((path) => !before.has(path)).sort(),
    changed: [...after.keys()].filter((path) => before.has(path) && before.get(path) !== after.get(path)).sort(),
    removed: [...before.keys()].filter((path) => !after.has(path)).sort(),
  };
}
