import '../../components/page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging/client';
import { OptionsView, type SaveStatus } from '../../components/OptionsView';
import { browserLanguage } from '../../lib/i18n';
import { createSettingsStore } from '../../lib/settings/item';
import { useSettings } from '../../lib/ui/useLanguage';

const settingsStore = createSettingsStore();

function Options() {
  const { settings, lang, t } = useSettings(settingsStore, navigator.language, document);
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [importReplaced, setImportReplaced] = useState(false);
  useEffect(() => {
    void request((message) => browser.runtime.sendMessage(message), { type: 'dataset-info' }).then((answer) => setImportReplaced(answer.ok && answer.info.notice === 'import-replaced-by-bundled'));
  }, []);
  if (!settings) return null;
  return (
    <OptionsView
      lang={lang}
      t={t}
      settings={settings}
      browserLanguage={browserLanguage(navigator.language)}
      save={save}
      importReplaced={importReplaced}
      onLanguageChange={(language) =>
        settingsStore
          .update({ language })
          .then(() => setSave({ status: 'saved' }))
          .catch((error: unknown) => setSave({ status: 'error', error: String(error) }))
      }
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
