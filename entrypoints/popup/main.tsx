import '../../components/page.css';
import '../../components/popup/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type DatasetState } from '../../components/PopupView';
import { request, type SendMessage } from '../../lib/messaging/client';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useLanguage';
import { usePopupSearch } from '../../lib/ui/usePopupSearch';

const settingsStore = createSettingsStore();
const send: SendMessage = (message) => browser.runtime.sendMessage(message);

function Popup() {
  const { lang, t } = useSettings(settingsStore, navigator.language, document);
  const [dataset, setDataset] = useState<DatasetState>({ status: 'loading' });
  const search = usePopupSearch(send, lang, t);
  useEffect(() => {
    // The background owns the store; asking it spares the popup validating the whole bundle on every open.
    void request(send, { type: 'dataset-info' }).then((answer) => setDataset(answer.ok ? { status: 'ready', info: answer.info } : { status: 'error', error: answer.error }));
  }, []);
  return <PopupView lang={lang} t={t} dataset={dataset} search={search} onOpenOptions={() => void browser.runtime.openOptionsPage()} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
