import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FIXTURE_HOST_PATTERN, isTestBuildMode, OPT_IN_TEST_HOST_PATTERNS } from './lib/build/testBuild';
import { NEWS_SITE_MATCHES } from './lib/page/newsSites';
import { COMMANDS } from './lib/sites/commands';
import { bundledLexiconPlugin } from './lib/build/lexiconPlugin';

// Chrome 128 brings caretPositionFromPoint; Firefox 146 paints text decorations
// inside ::highlight() (the Highlight API itself is 140). Both are needed for the
// zero-DOM-change overlay. Everything else the Firefox build uses is older
// (MDN browser-compat-data): optional_host_permissions 128, scripting with
// persistAcrossSessions 105, data_collection_permissions 140, commands 48.
const MIN_CHROME = '128';
const MIN_FIREFOX = '146.0';

export default defineConfig({
  // Explicit imports keep lib/ and components/ testable without WXT's globals.
  imports: false,
  manifestVersion: 3,
  zip: { excludeSources: ['demo-output/**', 'test-results/**'] },
  vite: ({ mode }) => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), bundledLexiconPlugin(import.meta.dirname)],
    build: { target: 'es2022' },
    // A literal, so the minifier drops every test seam from the release bundle.
    define: { __TEST_BUILD__: JSON.stringify(isTestBuildMode(mode)) },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: content scripts for the sites the reader enables; activeTab: the popup reads the address of the tab it acts on.
    permissions: ['storage', 'scripting', 'activeTab'],
    // The curated news sites are declared; every other site is asked for when the reader enables it.
    // The test build may also reach the fixture server, and holds the opt-in test host's permission
    // because a permission prompt cannot be clicked by a test; the release build has neither.
    host_permissions: [
      ...NEWS_SITE_MATCHES,
      ...(isTestBuildMode(mode) ? [FIXTURE_HOST_PATTERN, ...OPT_IN_TEST_HOST_PATTERNS] : []),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: Object.fromEntries(
      Object.entries(COMMANDS).map(([name, command]) => [
        name,
        { suggested_key: { default: command.suggestedKey }, description: `__MSG_command_${name.replace('-', '_')}__` },
      ]),
    ),
    action: { default_title: '__MSG_extName__' },
    minimum_chrome_version: browser === 'firefox' ? undefined : MIN_CHROME,
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'dossier@dossier-extension.org',
              strict_min_version: MIN_FIREFOX,
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    // Content-script matches come from the entrypoint; the test build adds the
    // fixture host here so the release bundle carries no trace of it.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isTestBuildMode(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), FIXTURE_HOST_PATTERN];
      }
    },
  },
});
