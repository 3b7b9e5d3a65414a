/**
 * Makes sure the real browsers the E2E suites drive are present: Debian's
 * Chromium and Firefox ESR, never a browser download. Installs them when
 * running as root (CI, a fresh machine); otherwise says what to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium';
import { FIREFOX_PATH } from './firefox';

const missing = [
  { path: CHROMIUM_PATH, pkg: 'chromium' },
  { path: FIREFOX_PATH, pkg: 'firefox-esr' },
].filter(({ path }) => !existsSync(path));

if (missing.length > 0) {
  const packages = missing.map(({ pkg }) => pkg);
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing browsers for the E2E tests. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${packages.join(', ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
