import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TEST_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close: () => Promise<void>;
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or run .ci/run.`,
    );
  }
}

export function assertBuilt(dir: string, command: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}. Run \`${command}\` first.`);
}

/**
 * Debian's Chromium with the unpacked extension loaded. Only 127.0.0.1 and
 * the extension's own pages are reachable: every other request is aborted.
 */
export async function launchChromiumWithExtension(
  options: { extensionDir?: string; locale?: string; headless?: boolean; userDataDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? TEST_BUILD_DIR;
  const locale = options.locale ?? 'en-US';
  assertChromium();
  assertBuilt(extensionDir, 'npm run build:test');
  const context = await chromium.launchPersistentContext(
    options.userDataDir ?? mkdtempSync(join(tmpdir(), 'dossier-chromium-')),
    {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      locale,
      viewport: { width: 1100, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--lang=${locale}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  );
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // localhost is the opt-in test host: the same fixture server, under a name no static content script matches.
    const local =
      url.hostname === '127.0.0.1' ||
      url.hostname === 'localhost' ||
      url.protocol === 'chrome-extension:' ||
      url.protocol === 'data:';
    return local ? route.continue() : route.abort();
  });
  const serviceWorker =
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close: () => context.close() };
}
