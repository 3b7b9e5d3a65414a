import '../../components/page.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { createSettingsStore } from '../../lib/settings/item';
import { useOptions } from '../../lib/ui/useOptions';

const settingsStore = createSettingsStore();

/** Chrome opens its shortcut page as a tab; Firefox has a call for its own. */
function shortcutSettingsOpener(): (() => void) | null {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return () => void commands.openShortcutSettings?.();
  if (navigator.userAgent.includes('Chrome/'))
    return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return null;
}

function Options() {
  const props = useOptions({
    store: settingsStore,
    send: (message) => browser.runtime.sendMessage(message),
    navigatorLanguage: navigator.language,
    doc: document,
    requestPermission: (origins) => browser.permissions.request({ origins }),
    loadShortcuts: async () =>
      (await browser.commands.getAll()).map((command) => ({
        name: command.name ?? '',
        description: command.description ?? '',
        keys: command.shortcut ?? '',
      })),
    openShortcutSettings: shortcutSettingsOpener(),
    now: () => Date.now(),
  });
  return props ? <OptionsView {...props} /> : null;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
