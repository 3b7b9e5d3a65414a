import type { Language } from '../../lib/dataset/schema';
import { formatDate, type Translate } from '../../lib/i18n';
import { numberFormat } from '../../lib/i18n/format';
import type { DatasetInfo } from '../../lib/messaging/protocol';

export type DataStatus =
  | { status: 'idle' }
  | { status: 'importing' }
  /** Refused before reading: the file is larger than the import limit (both in bytes). */
  | { status: 'too-large'; bytes: number; limit: number }
  | { status: 'imported'; version: string; entities: number; rounds: number }
  | { status: 'refused'; problems: string[] }
  | { status: 'reset' }
  | { status: 'failed'; error: string };

export interface DataSectionProps {
  t: Translate;
  lang: Language;
  info: DatasetInfo | null;
  importReplaced: boolean;
  status: DataStatus;
  onImport: (file: File) => void;
  onReset: () => void;
}

const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

/** Bytes as megabytes (MiB, as the import limit is set), one decimal where it matters. */
function megabytes(bytes: number, lang: Language): string {
  return numberFormat(lang, ONE_DECIMAL).format(bytes / (1024 * 1024));
}

function StatusText({ t, lang, status }: { t: Translate; lang: Language; status: DataStatus }) {
  switch (status.status) {
    case 'idle':
      return null;
    case 'importing':
      return <p>{t('options.data.importing')}</p>;
    case 'too-large':
      return (
        <p>
          {t('options.data.tooLarge', { size: megabytes(status.bytes, lang), limit: megabytes(status.limit, lang) })}
        </p>
      );
    case 'imported':
      return (
        <p>
          {t('options.data.imported', { version: status.version, entities: status.entities, rounds: status.rounds })}
        </p>
      );
    case 'reset':
      return <p>{t('options.data.resetDone')}</p>;
    case 'failed':
      return <p>{t('options.data.failed', { error: status.error })}</p>;
    case 'refused':
      return (
        <>
          <p>{t('options.data.refused')}</p>
          <ul data-testid="import-problems">
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      );
  }
}

export function DataSection({ t, lang, info, importReplaced, status, onImport, onReset }: DataSectionProps) {
  return (
    <section aria-labelledby="data-heading" data-testid="data-section">
      <h2 id="data-heading">{t('options.section.data')}</h2>
      {info && (
        <p data-testid="dataset-summary">
          {t('options.data.summary', {
            version: info.version,
            date: formatDate(info.asOf, lang),
            entities: info.entityCount,
            rounds: info.roundCount,
            positions: info.positionCount,
          })}{' '}
          {t(`options.data.origin.${info.origin}`)}
        </p>
      )}
      {importReplaced && (
        <p role="status" data-testid="import-replaced">
          {t('options.importReplaced')}
        </p>
      )}
      <p class="file-row">
        <label for="dataset-file">{t('options.data.import')}</label>
        <input
          id="dataset-file"
          type="file"
          accept="application/json,.json"
          data-testid="dataset-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onImport(file);
            // The same file can be chosen again after it was fixed.
            event.currentTarget.value = '';
          }}
        />
      </p>
      <p>
        <button type="button" onClick={onReset} disabled={info?.origin === 'bundled'} data-testid="dataset-reset">
          {t('options.data.reset')}
        </button>
      </p>
      <div role="status" class="notice" data-testid="data-status">
        <StatusText t={t} lang={lang} status={status} />
      </div>
    </section>
  );
}
