import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API_ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestMtime({ directory }) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime({ directory: path }) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The bench measures the built API: rebuild dist when a source file is newer than it. */
export function ensureApiBuilt() {
  const marker = join(API_ROOT, 'dist', 'create-app.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime({ directory: join(API_ROOT, 'src') })) return;
  console.log('building the API (dist is missing or older than src)…');
  execFileSync(join(API_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: API_ROOT, stdio: 'inherit' });
}
