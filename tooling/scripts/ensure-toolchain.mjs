// Installs pnpm when a fresh machine has only Node and npm (the version that runs on Node 20).
import { execSync } from 'node:child_process';

const PNPM_VERSION = '12.21.0';

function has(command) {
  try {
    execSync(`${command} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!has('pnpm')) {
  console.log(`Installing pnpm ${PNPM_VERSION} with npm…`);
  execSync(`npm install -g pnpm@${PNPM_VERSION}`, { stdio: 'inherit' });
}
