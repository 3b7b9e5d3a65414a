import './highlights.css';
import cardCss from '../../components/card.css?inline';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundledLexicon from 'virtual:dossier-lexicon';
import { sendTyped } from '../../lib/messaging/send';
import { NEWS_SITE_MATCHES } from '../../lib/page/newsSites';
import { resolveLanguage } from '../../lib/i18n';
import { startOverlay } from '../../lib/content/startOverlay';
import { createGuard, describeError } from '../../lib/diagnostics/guard';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    // Errors in the isolated world never reach the page's handlers; the background keeps them.
    const report = (error: unknown) => void sendTyped(send, { type: 'report-error', context: 'content', message: describeError(error).slice(0, 2000) });
    const guard = createGuard(report);
    try {
      // Settings come validated from the background; a change in storage.sync asks again.
      const currentLanguage = async () => {
        const answer = await sendTyped(send, { type: 'settings' });
        return resolveLanguage(answer.ok ? answer.settings.language : 'browser', navigator.language);
      };
      const overlay = startOverlay({
        win: window,
        lexicon: bundledLexicon,
        lang: await currentLanguage(),
        fetchCard: (entityId, asOf, lang) => sendTyped(send, { type: 'entity-card', entityId, asOf, lang }),
        fetchRound: (roundId, lang) => sendTyped(send, { type: 'round-view', roundId, lang }),
        // Every callback is guarded: an error in our code is reported, never thrown into the page's task.
        timers: { setTimeout: (callback, ms) => ctx.setTimeout(guard(callback), ms), clearTimeout: (id) => clearTimeout(id) },
        listen: (type, listener, options) => ctx.addEventListener(window, type, guard(listener), options),
        requestFrame: (callback) => ctx.requestAnimationFrame(guard(callback)),
        shadowMode: __TEST_BUILD__ ? 'open' : 'closed',
        cardCss,
        now: () => new Date(),
      });
      // An imported dataset brings its own names: ask once whether the background's data differs from ours.
      void sendTyped(send, { type: 'lexicon', knownVersion: bundledLexicon.version }).then(
        guard((answer) => {
          if (answer.ok && answer.source) overlay.replaceLexicon(answer.source);
        }),
      );
      const onStorageChange = (changes: Record<string, unknown>, area: string) => {
        if (area === 'sync' && 'settings' in changes) void currentLanguage().then((lang) => overlay.setLanguage(lang)).catch(report);
      };
      browser.storage.onChanged.addListener(onStorageChange);
      ctx.onInvalidated(() => {
        browser.storage.onChanged.removeListener(onStorageChange);
        overlay.destroy();
      });
    } catch (error) {
      report(error);
    }
  },
});
