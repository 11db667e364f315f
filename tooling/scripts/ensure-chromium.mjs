// Installs Debian's chromium for the portals' browser tests when the machine lacks it: the one
// browser they drive (playwright-core never downloads its own). Used by the README's set-up
// command and by CI, so `pnpm test` works on a fresh machine either way.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function has(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(executable)) {
  const root = process.getuid?.() === 0;
  if (!root || !has('apt-get')) {
    console.warn(
      `No browser at ${executable}: the portals' browser tests need Debian's chromium (apt-get install chromium), or CHROMIUM_PATH set to another Chromium.`,
    );
  } else {
    console.log("Installing Debian's chromium for the portals' browser tests…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit', shell: '/bin/sh' });
  }
}
