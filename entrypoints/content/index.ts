import './highlights.css';
import cardCss from '../../components/card.css?inline';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundledLexicon from 'virtual:dossier-lexicon';
import { sendTyped } from '../../lib/messaging/send';
import { NEWS_SITE_DOMAINS, NEWS_SITE_MATCHES } from '../../lib/page/newsSites';
import { startPageSession } from '../../lib/content/pageSession';
import type { CardOpenTiming } from '../../lib/content/pageApp';
import { recordDomWrites, underHost } from '../../lib/diagnostics/domWriteLog';
import { createGuard, describeError } from '../../lib/diagnostics/guard';
import { TaskTimer } from '../../lib/diagnostics/taskTimer';
import { DATASET_REVISION_KEY } from '../../lib/sites/commands';
import { OVERLAY_HOST_TAG } from '../../lib/cardShell/cardShell';

// The test build treats the fixture server like a curated news site.
const CURATED_HOSTS = __TEST_BUILD__ ? [...NEWS_SITE_DOMAINS, '127.0.0.1'] : NEWS_SITE_DOMAINS;

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // WXT would post "<extension id>:content:wxt:content-script-started" to the page: it tells every site our id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The test build attributes every DOM write the content script makes (the harmlessness suite reads them).
    const domWrites = __TEST_BUILD__ ? recordDomWrites(window, underHost(OVERLAY_HOST_TAG)) : undefined;
    const pointer = { frames: 0, last: null as string | null };
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    // Errors in the isolated world never reach the page's handlers; the background keeps them.
    const report = (error: unknown) =>
      void sendTyped(send, { type: 'report-error', context: 'content', message: describeError(error).slice(0, 2000) });
    const timer = new TaskTimer(() => performance.now());
    // The test build keeps how the last cards opened, for the benchmark and the tests.
    const cardOpens: CardOpenTiming[] = [];
    const guard = createGuard(report, timer);
    try {
      const session = await startPageSession({
        win: window,
        bundledLexicon,
        navigatorLanguage: navigator.language,
        curatedHosts: CURATED_HOSTS,
        // Settings come validated from the background (no Zod in the page's process).
        loadSettings: async () => {
          const answer = await sendTyped(send, { type: 'settings' });
          return answer.ok ? answer.settings : null;
        },
        loadLexicon: async () => {
          const answer = await sendTyped(send, { type: 'lexicon', knownVersion: bundledLexicon.version });
          return answer.ok ? answer.source : null;
        },
        reportState: (state, count) => void sendTyped(send, { type: 'page-state', state, count }),
        fetchCard: (entityId, asOf, lang) => sendTyped(send, { type: 'entity-card', entityId, asOf, lang }),
        fetchRound: (roundId, lang) => sendTyped(send, { type: 'round-view', roundId, lang }),
        openEntry: (entry) => void sendTyped(send, { type: 'open-entry', ...entry }),
        // The click on "Copy" is the user activation the clipboard asks for.
        copyText: (text) =>
          navigator.clipboard.writeText(text).then(
            () => true,
            () => false,
          ),
        // Every callback is guarded: an error in our code is reported, never thrown into the page's task.
        timers: {
          setTimeout: (callback, ms) => ctx.setTimeout(guard(callback, 'timer'), ms),
          clearTimeout: (id) => clearTimeout(id),
        },
        listen: (type, listener, options) =>
          ctx.addEventListener(window, type, guard(listener, `event:${type}`), options),
        requestFrame: (callback) => ctx.requestAnimationFrame(guard(callback, 'frame')),
        shadowMode: __TEST_BUILD__ ? 'open' : 'closed',
        cardCss,
        now: () => new Date(),
        report,
        measure: (label, work) => timer.time(label, work),
        wrap: (callback, label) => guard(callback, label),
        clock: () => performance.now(),
        ...(__TEST_BUILD__
          ? {
              diagnostics: () => ({
                url: location.href,
                tasks: timer.stats(),
                cardOpens: [...cardOpens],
                domWrites: domWrites?.writes() ?? [],
                pointerFrames: pointer.frames,
                lastPointer: pointer.last,
              }),
              onPointerHandled: (entityId: string | null) => {
                pointer.frames += 1;
                pointer.last = entityId;
              },
              onCardOpened: (timing: CardOpenTiming) => {
                // The last 50 are enough for the benchmark and keep a long-lived tab's memory flat.
                if (cardOpens.push(timing) > 50) cardOpens.shift();
              },
            }
          : {}),
      });
      const onStorageChange = (changes: Record<string, unknown>, area: string) => {
        if (area === 'sync' && 'settings' in changes) session.refreshSettings().catch(report);
        if (area === 'local' && DATASET_REVISION_KEY in changes) session.refreshLexicon().catch(report);
      };
      const onCommand = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
        try {
          const answer = session.handleCommand(message);
          if (answer !== undefined) sendResponse(answer);
        } catch (error) {
          report(error);
        }
        return false;
      };
      browser.storage.onChanged.addListener(onStorageChange);
      browser.runtime.onMessage.addListener(onCommand);
      ctx.onInvalidated(() => {
        browser.storage.onChanged.removeListener(onStorageChange);
        browser.runtime.onMessage.removeListener(onCommand);
        session.destroy();
      });
    } catch (error) {
      report(error);
    }
  },
});
