import type { Language, Source } from '../lib/dataset/schema';
import { formatPartialDate, type Translate } from '../lib/i18n';

/** Parts every card shares; the cards compose them. */

export function CardHeader({ title, t, onClose }: { title: string; t: Translate; onClose: () => void }) {
  return (
    <header class="card-header">
      <h2 class="card-title" data-testid="card-name">
        {title}
      </h2>
      <button type="button" class="card-close" aria-label={t('card.close')} onClick={onClose}>
        ×
      </button>
    </header>
  );
}

/** Only https sources become links; others are shown as text (the schema allows http where nothing else exists). */
export function SourceList({ sources, lang, t }: { sources: Source[]; lang: Language; t: Translate }) {
  return (
    <>
      <h3 class="card-subtitle">{t('card.sources')}</h3>
      <ul class="card-sources" data-testid="card-sources">
        {sources.map((source) => (
          <li key={source.url}>
            {source.url.startsWith('https://') ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" hrefLang={source.lang}>
                {source.outlet}
              </a>
            ) : (
              source.outlet
            )}
            {source.date ? `, ${formatPartialDate(source.date, lang)}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
