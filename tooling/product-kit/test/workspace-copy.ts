/**
 * A throwaway copy of the workspace: its source files (what git tracks or would track, as they are
 * now), with every package's node_modules rebuilt from the same relative links pnpm made, so that
 * workspace packages resolve inside the copy and third-party ones in the original store.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const PACKAGE_PARENTS = ['apps', 'packages', 'tooling'];

export interface WorkspaceCopy {
  root: string;
  remove(): void;
}

// Outside git (a source archive), the same files are found by leaving out what .gitignore names.
const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', '.svelte-kit', '.turbo', '.git', 'data', 'coverage']);

function walkedFiles(dir = SOURCE_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walkedFiles(path);
    return entry.isFile() && !/\.(log|sqlite)$/.test(entry.name) ? [relative(SOURCE_ROOT, path)] : [];
  });
}

function sourceFiles(): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: SOURCE_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return walkedFiles();
  }
  // Files deleted in the work tree but not yet committed are listed and skipped.
  return listed.split('\0').filter((path) => path.length > 0 && existsSync(join(SOURCE_ROOT, path)) && lstatSync(join(SOURCE_ROOT, path)).isFile());
}

/** Re-creates `from` (a package's node_modules) at `to` with the same links: relative ones land in the copy. */
export function relinkNodeModules({ from, to }: { from: string; to: string }): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    // Caches (.vite, .vite-temp) are left out so that tools write their own inside the copy.
    if (entry.name.startsWith('.') && entry.name !== '.bin') continue;
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.name.startsWith('@') && entry.isDirectory()) relinkNodeModules({ from: source, to: target });
    // .bin holds scripts, not links: shared with the original.
    else symlinkSync(source, target);
  }
}

/**
 * Svelte packages' tsconfigs extend the one `svelte-kit sync` generates, which the build reads;
 * generated, like node_modules, so it is brought along rather than regenerated.
 */
function copyGeneratedTsconfigs({ root }: { root: string }): void {
  for (const parent of PACKAGE_PARENTS) {
    for (const name of readdirSync(join(SOURCE_ROOT, parent))) {
      const generated = join(SOURCE_ROOT, parent, name, '.svelte-kit');
      if (!existsSync(join(generated, 'tsconfig.json')) || !existsSync(join(root, parent, name))) continue;
      cpSync(generated, join(root, parent, name, '.svelte-kit'), { recursive: true, filter: (path) => !path.startsWith(join(generated, 'output')) });
    }
  }
}

export function copyWorkspace(): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'loome-product-kit-'));
  for (const path of sourceFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(SOURCE_ROOT, path), join(root, path));
  }
  // The root store (node_modules/.pnpm) is shared read-only; package links are re-made in the copy.
  symlinkSync(join(SOURCE_ROOT, 'node_modules'), join(root, 'node_modules'));
  for (const parent of PACKAGE_PARENTS) {
    for (const name of readdirSync(join(SOURCE_ROOT, parent))) {
      const modules = join(SOURCE_ROOT, parent, name, 'node_modules');
      if (existsSync(modules) && existsSync(join(root, parent, name))) relinkNodeModules({ from: modules, to: join(root, parent, name, 'node_modules') });
    }
  }
  copyGeneratedTsconfigs({ root });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Runs a Node script of the copy (no shell, no package manager), answering its exit code and output;
 * `env` adds to (or overrides) this process's environment.
 */
export function runNode({ cwd, args, env = {} }: { cwd: string; args: string[]; env?: Record<string, string> }): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1', FORCE_COLOR: '0', ...env },
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failed.status ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
