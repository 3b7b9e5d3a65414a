import type { ArticleDate } from '../lib/page/articleDate';
import type { EntityCardView } from '../lib/messaging/protocol';
import { formatDate, type Translate } from '../lib/i18n';
import type { Language } from '../lib/dataset/schema';

export type CardState = { status: 'loading' } | { status: 'ready'; card: EntityCardView } | { status: 'error' };

export interface EntityCardProps {
  state: CardState;
  articleDate: ArticleDate;
  lang: Language;
  t: Translate;
  onClose: () => void;
}

/** Only https links are rendered as links; the schema already refuses others, this keeps it so. */
function safeHref(url: string): string | undefined {
  return url.startsWith('https://') ? url : undefined;
}

export function EntityCard({ state, articleDate, lang, t, onClose }: EntityCardProps) {
  const date = formatDate(articleDate.date, lang);
  if (state.status !== 'ready') {
    return (
      <div class="card" data-testid="entity-card" role="status" lang={lang}>
        <p>{state.status === 'loading' ? t('card.loading') : t('card.error')}</p>
      </div>
    );
  }
  const { card } = state;
  return (
    <section class="card" data-testid="entity-card" role="dialog" aria-label={t('card.label', { name: card.name })} lang={lang}>
      <header class="card-header">
        <h2 class="card-title" data-testid="card-name">
          {card.name}
        </h2>
        <button type="button" class="card-close" aria-label={t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-summary">{card.summary}</p>
      <h3 class="card-subtitle">{t('card.roleOn', { date })}</h3>
      {card.roles.length > 0 ? (
        <ul class="card-roles" data-testid="card-roles">
          {card.roles.map((role) => (
            <li key={`${role.title}-${role.from}`}>{role.title}</li>
          ))}
        </ul>
      ) : (
        <p data-testid="card-roles">{t('card.noRole', { date })}</p>
      )}
      <p class="card-date" data-testid="card-date">
        {t('card.dateUsed', { date, source: t(`card.dateSource.${articleDate.source}`) })}
      </p>
      <h3 class="card-subtitle">{t('card.sources')}</h3>
      <ul class="card-sources">
        {card.sources.map((source) => (
          <li key={source.url}>
            <a href={safeHref(source.url)} target="_blank" rel="noopener noreferrer" hrefLang={source.lang}>
              {source.outlet}
            </a>
            {source.date ? `, ${formatDate(source.date, lang)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
