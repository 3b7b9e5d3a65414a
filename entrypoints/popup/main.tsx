import '../../components/page.css';
import '../../components/popup/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type DatasetState } from '../../components/PopupView';
import { request, type SendMessage } from '../../lib/messaging/client';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useLanguage';
import { usePopupSearch, type IndexCache } from '../../lib/ui/usePopupSearch';

const settingsStore = createSettingsStore();
const send: SendMessage = (message) => browser.runtime.sendMessage(message);

/** One entry in the extension origin's localStorage, replaced when the dataset changes; a full or blocked storage only costs a rebuild. */
const INDEX_KEY = 'dossier-search-index';
const indexCache: IndexCache = {
  load(version) {
    try {
      const raw = localStorage.getItem(INDEX_KEY);
      const newline = raw?.indexOf('\n') ?? -1;
      return raw && newline > 0 && raw.slice(0, newline) === version ? raw.slice(newline + 1) : undefined;
    } catch {
      return undefined;
    }
  },
  save(version, index) {
    try {
      localStorage.setItem(INDEX_KEY, `${version}\n${index}`);
    } catch {
      // Quota or privacy settings: the next popup builds the index again.
    }
  },
};

function Popup() {
  const { lang, t } = useSettings(settingsStore, navigator.language, document);
  const [dataset, setDataset] = useState<DatasetState>({ status: 'loading' });
  const search = usePopupSearch(send, lang, t, indexCache);
  useEffect(() => {
    // The background owns the store; asking it spares the popup validating the whole bundle on every open.
    void request(send, { type: 'dataset-info' }).then((answer) => setDataset(answer.ok ? { status: 'ready', info: answer.info } : { status: 'error', error: answer.error }));
  }, []);
  return <PopupView lang={lang} t={t} dataset={dataset} search={search} onOpenOptions={() => void browser.runtime.openOptionsPage()} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
