import type { ComponentChildren } from 'preact';
import type { DatasetInfo } from '../lib/messaging/protocol';
import { formatDate, type Translate } from '../lib/i18n';
import type { Language } from '../lib/dataset/schema';
import type { PopupSearchModel } from './popup/types';
import { SearchPanel } from './popup/SearchPanel';

export type DatasetState =
  { status: 'loading' } | { status: 'ready'; info: DatasetInfo } | { status: 'error'; error: string };

export interface PopupViewProps {
  lang: Language;
  t: Translate;
  dataset: DatasetState;
  onOpenOptions: () => void;
  /** The round search (issue 7); absent, the popup shows only the dataset and the settings. */
  search?: PopupSearchModel;
  /** Slot for the "On this page" section, rendered above the footer. */
  pageSection?: ComponentChildren;
}

export function PopupView({ lang, t, dataset, onOpenOptions, search, pageSection }: PopupViewProps) {
  return (
    <main class="page popup" lang={lang} data-testid="popup">
      <header>
        <h1>{t('appName')}</h1>
        <p class="tagline">{t('appTagline')}</p>
      </header>
      {search && <SearchPanel model={search} lang={lang} t={t} />}
      {pageSection}
      <footer class="popup-footer">
        <section aria-labelledby="dataset-heading" data-testid="dataset-info">
          <h2 id="dataset-heading">{t('popup.datasetHeading')}</h2>
          {dataset.status === 'loading' && <p role="status">{t('popup.loading')}</p>}
          {dataset.status === 'error' && <p role="alert">{t('popup.error', { error: dataset.error })}</p>}
          {dataset.status === 'ready' && (
            <>
              <p>
                {t('popup.datasetSummary', {
                  count: dataset.info.entityCount,
                  date: formatDate(dataset.info.asOf, lang),
                })}
              </p>
              <p class="muted">
                {t('popup.datasetVersion', { version: dataset.info.version })} ·{' '}
                {t(`popup.storage.${dataset.info.storage}`)}
              </p>
            </>
          )}
        </section>
        <button type="button" onClick={onOpenOptions}>
          {t('popup.openOptions')}
        </button>
      </footer>
    </main>
  );
}
