/**
 * Writes a plan's files so that a failure part-way leaves the tree as it was: created files and
 * folders are removed again, changed files get their previous content back.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The outermost folder `mkdir -p` would create for `dir`, so that undoing removes exactly that. */
function firstMissingFolder({ dir }) {
  let missing = null;
  for (let current = dir; !existsSync(current); current = dirname(current)) missing = current;
  return missing;
}

export function writeAllOrNothing({ root, writes, writeFile = writeFileSync }) {
  const undo = [];
  try {
    for (const { path, content, previous } of writes) {
      const target = join(root, path);
      const createdFolder = firstMissingFolder({ dir: dirname(target) });
      mkdirSync(dirname(target), { recursive: true });
      if (createdFolder) undo.push(() => rmSync(createdFolder, { recursive: true, force: true }));
      if (previous === null && existsSync(target)) throw new Error(`${path} appeared while scaffolding; stopping`);
      writeFile(target, content);
      undo.push(previous === null ? () => rmSync(target, { force: true }) : () => writeFileSync(target, previous));
    }
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
}
