import '../../components/page.css';
import cardCss from '../../components/card.css?inline';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EntityCard } from '../../components/EntityCard';
import { RoundCard } from '../../components/RoundCard';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useSettings';
import { parseEntryQuery, useEntry } from '../../lib/ui/useEntry';

const settingsStore = createSettingsStore();
const query = parseEntryQuery(location.search);
const style = document.createElement('style');
style.textContent = cardCss;
document.head.append(style);

/** The full entry a card's "Open in Dossier" leads to. */
function Entry() {
  const { lang, t } = useSettings(settingsStore, navigator.language, document);
  const state = useEntry((message) => browser.runtime.sendMessage(message), query, lang);
  const articleDate = { date: query?.asOf ?? new Date().toISOString().slice(0, 10), source: 'card' } as const;
  const close = () => window.close();
  document.title =
    state.status === 'entity'
      ? `${state.card.name} – Dossier`
      : state.status === 'round'
        ? `${state.round.title} – Dossier`
        : t('entry.title');
  return (
    <main class="page entry" lang={lang} data-testid="entry">
      {state.status === 'loading' && <p role="status">{t('card.loading')}</p>}
      {state.status === 'missing' && <p role="alert">{t('entry.notFound')}</p>}
      {state.status === 'entity' && (
        <EntityCard
          state={{ status: 'ready', card: state.card }}
          articleDate={articleDate}
          lang={lang}
          t={t}
          onClose={close}
          full
        />
      )}
      {state.status === 'round' && (
        <RoundCard round={state.round} articleDate={articleDate} lang={lang} t={t} onClose={close} />
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Entry />, root);
