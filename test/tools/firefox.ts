import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { assertBuilt } from './chromium';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with the MV3 test build installed
 * as a temporary add-on. Network access is cut off in its preferences.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_TEST_BUILD_DIR): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install Debian's package (apt-get install -y firefox-esr) or run .ci/run.`);
  assertBuilt(extensionDir, 'npm run build:test');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // No traffic beyond 127.0.0.1: updates, telemetry, safe browsing and captive-portal checks off.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId };
}
