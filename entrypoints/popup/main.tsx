import '../../components/page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type DatasetState } from '../../components/PopupView';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { openDatabase } from '../../lib/db/database';
import { openDatasetStore } from '../../lib/db/datasetStore';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useLanguage';

const settingsStore = createSettingsStore();

function Popup() {
  const { lang, t } = useSettings(settingsStore, navigator.language, document);
  const [dataset, setDataset] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    // The popup shares the extension origin, so it reads the same IndexedDB as the background.
    openDatasetStore(() => openDatabase(), loadBundledDataset())
      .then((store) => store.repository.info())
      .then((info) => setDataset({ status: 'ready', info }))
      .catch((error: unknown) => setDataset({ status: 'error', error: String(error) }));
  }, []);
  return <PopupView lang={lang} t={t} dataset={dataset} onOpenOptions={() => void browser.runtime.openOptionsPage()} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
