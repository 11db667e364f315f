// First command on a fresh machine: installs pnpm and the workspace, then starts everything.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

execSync('node tooling/scripts/ensure-toolchain.mjs', { stdio: 'inherit' });
// The browser tests' Chromium, so the README's second command (`pnpm test`) works on a fresh machine too.
execSync('node tooling/scripts/ensure-chromium.mjs', { stdio: 'inherit' });
const env = { ...process.env };
// better-sqlite3 compiles against the local Node headers where no prebuilt binary can be downloaded.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
execSync('pnpm install', { stdio: 'inherit', env });
execSync('pnpm start', { stdio: 'inherit', env });
