import './highlights.css';
import cardCss from '../../components/card.css?inline';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundledLexicon from 'virtual:dossier-lexicon';
import { request } from '../../lib/messaging/client';
import { NEWS_SITE_MATCHES } from '../../lib/page/newsSites';
import { createSettingsStore } from '../../lib/settings/item';
import { resolveLanguage } from '../../lib/settings/schema';
import { startOverlay } from '../../lib/content/startOverlay';
import { createGuard, describeError } from '../../lib/diagnostics/guard';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    // Errors in the isolated world never reach the page's handlers; the background keeps them.
    const report = (error: unknown) => void request(send, { type: 'report-error', context: 'content', message: describeError(error).slice(0, 2000) });
    const guard = createGuard(report);
    try {
      const settings = createSettingsStore();
      const languageOf = (setting: Parameters<typeof resolveLanguage>[0]) => resolveLanguage(setting, navigator.language);
      const overlay = startOverlay({
        win: window,
        lexicon: bundledLexicon,
        lang: languageOf((await settings.load()).language),
        fetchCard: (entityId, asOf, lang) => request(send, { type: 'entity-card', entityId, asOf, lang }),
        fetchRound: (roundId, lang) => request(send, { type: 'round-view', roundId, lang }),
        // Every callback is guarded: an error in our code is reported, never thrown into the page's task.
        timers: { setTimeout: (callback, ms) => ctx.setTimeout(guard(callback), ms), clearTimeout: (id) => clearTimeout(id) },
        listen: (type, listener, options) => ctx.addEventListener(window, type, guard(listener), options),
        requestFrame: (callback) => ctx.requestAnimationFrame(guard(callback)),
        shadowMode: __TEST_BUILD__ ? 'open' : 'closed',
        cardCss,
        now: () => new Date(),
      });
      // An imported dataset brings its own names: ask once whether the background's data differs from ours.
      void request(send, { type: 'lexicon', knownVersion: bundledLexicon.version }).then(
        guard((answer) => {
          if (answer.ok && answer.source) overlay.replaceLexicon(answer.source);
        }),
      );
      const unwatch = settings.watch((next) => overlay.setLanguage(languageOf(next.language)).catch(report));
      ctx.onInvalidated(() => {
        unwatch();
        overlay.destroy();
      });
    } catch (error) {
      report(error);
    }
  },
});
