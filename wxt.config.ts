import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FIXTURE_HOST_PATTERN, isTestBuildMode } from './lib/build/testBuild';
import { bundledLexiconPlugin } from './lib/build/lexiconPlugin';

// Chrome 128 brings caretPositionFromPoint; Firefox 146 paints text decorations
// inside ::highlight(). Both are needed for the zero-DOM-change overlay.
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
    permissions: ['storage'],
    // The test build may reach the fixture server; the release build never does.
    ...(isTestBuildMode(mode) ? { host_permissions: [FIXTURE_HOST_PATTERN] } : {}),
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
