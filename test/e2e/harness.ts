import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../tools/fixtureServer';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../tools/chromium';

export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/** One fixture server and one Chromium with the test build per test file, closed when the file is done. */
export function useExtensionInChromium(locale = 'en-US'): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.browser = await launchChromiumWithExtension({ locale });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
