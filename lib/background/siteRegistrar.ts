import type { browser as extensionBrowser } from 'wxt/browser';
import { requiredOrigins } from '../sites/cleanup';
import { CONTENT_SCRIPT_FILES, SiteRegistrar } from '../sites/registration';

/** The site registrar over the browser's scripting, permissions and tabs APIs. */
export function siteRegistrarOf(browser: typeof extensionBrowser): SiteRegistrar {
  return new SiteRegistrar({
    registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasPermission: (origins) => browser.permissions.contains({ origins }),
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    requiredOrigins: requiredOrigins(browser.runtime.getManifest()),
    removePermission: async (origins) => void (await browser.permissions.remove({ origins })),
    injectInto: async (tabId) => {
      await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT_FILES.css });
      await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES.js });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  });
}
