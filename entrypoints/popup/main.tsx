import '../../components/page.css';
import '../../components/popup/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OnThisPage } from '../../components/OnThisPage';
import { PopupView, type DatasetState } from '../../components/PopupView';
import { SiteControl } from '../../components/SiteControl';
import { request, type SendMessage } from '../../lib/messaging/client';
import { CURATED_HOSTS } from '../../lib/sites/access';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useSettings';
import { usePageMentions } from '../../lib/ui/usePageMentions';
import { usePopupSearch } from '../../lib/ui/usePopupSearch';
import { localStorageIndexCache } from '../../lib/ui/indexCache';
import { resolvePopupTab, type PopupTab } from '../../lib/ui/popupTab';
import { useSiteControl } from '../../lib/ui/useSiteControl';

const settingsStore = createSettingsStore();
const send: SendMessage = (message) => browser.runtime.sendMessage(message);
const sendToTab = (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message);
// Opened as a page for a given tab, the popup stays open after "show"; as the real popup it closes so the card is seen.
const explicitTab = new URLSearchParams(location.search).has('tab');
// The test build treats the fixture server like a curated news site, as the content script does.
const curatedHosts = __TEST_BUILD__ ? [...CURATED_HOSTS, '127.0.0.1'] : CURATED_HOSTS;

const indexCache = localStorageIndexCache(() => localStorage);

function Popup() {
  const { settings, lang, t } = useSettings(settingsStore, navigator.language, document);
  const [dataset, setDataset] = useState<DatasetState>({ status: 'loading' });
  const [tab, setTab] = useState<PopupTab | null>(null);
  const search = usePopupSearch(send, lang, t, indexCache);
  useEffect(() => {
    // The background owns the store; asking it spares the popup validating the whole bundle on every open.
    void request(send, { type: 'dataset-info' }).then((answer) =>
      setDataset(answer.ok ? { status: 'ready', info: answer.info } : { status: 'error', error: answer.error }),
    );
    void resolvePopupTab(location.search, browser.tabs).then(setTab);
  }, []);
  const site = useSiteControl(
    {
      store: settingsStore,
      send,
      tab,
      requestPermission: (origins) => browser.permissions.request({ origins }),
      now: () => Date.now(),
      curatedHosts,
    },
    settings,
    lang,
    t,
  );
  const mentions = usePageMentions(tab?.id ?? null, sendToTab, settings);
  const show = (entityId: string) => {
    if (!tab) return;
    void sendToTab(tab.id, { type: 'show-mention', entityId }).then(() => {
      if (!explicitTab) window.close();
    });
  };
  const pageSection = (
    <>
      <OnThisPage t={t} state={mentions} onShow={show} />
      <SiteControl {...site} />
    </>
  );
  return (
    <PopupView
      lang={lang}
      t={t}
      dataset={dataset}
      search={search}
      pageSection={pageSection}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
