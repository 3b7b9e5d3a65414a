import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { assertBuilt } from './chromium';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');

/** The add-on's id in the manifest (wxt.config.ts). */
export const GECKO_ID = 'dossier@dossier-extension.org';
/**
 * Firefox gives each installation a random internal UUID for its moz-extension:// origin; the
 * `extensions.webextensions.uuids` preference pins it, so popup.html and options.html have a known address.
 */
export const FIREFOX_EXTENSION_UUID = '5d0551e2-8f1c-4c5e-9a57-d055e8000008';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** moz-extension://<pinned uuid>, the origin of the popup, options and background pages. */
  origin: string;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with the MV3 test build installed
 * as a temporary add-on. Network access is cut off in its preferences.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_TEST_BUILD_DIR): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Install Debian's package (apt-get install -y firefox-esr) or run .ci/run.`,
    );
  assertBuilt(extensionDir, 'npm run build:test');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // WebDriver BiDi navigates only to http(s), file and blob URLs unless this flag is given:
    // the popup and options pages live at moz-extension:// addresses.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // The MV3 background is an event page that Firefox unloads after 30 s idle; the test seam's
      // error log lives in it, so the suite keeps it loaded (waking it again is Firefox's own business).
      'extensions.background.idle.timeout': 3_600_000,
      // The "browser" language setting follows the UI language: pin it as the Chromium suites do.
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
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
  if (extensionId !== GECKO_ID)
    throw new Error(`installed ${extensionId}, expected ${GECKO_ID}: the pinned UUID would not apply`);
  return { browser, extensionId, origin: FIREFOX_EXTENSION_ORIGIN };
}
