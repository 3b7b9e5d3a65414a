import type { ArticleDate } from '../lib/page/articleDate';
import type { EntityCardView } from '../lib/messaging/protocol';
import { formatDate, formatPartialDate, type Translate } from '../lib/i18n';
import type { Language } from '../lib/dataset/schema';
import { CardHeader, SourceList } from './CardParts';

export type CardState = { status: 'loading' } | { status: 'ready'; card: EntityCardView } | { status: 'error' };

export interface EntityCardProps {
  state: CardState;
  articleDate: ArticleDate;
  lang: Language;
  t: Translate;
  onClose: () => void;
}

/** A hover card stays short; the popup shows the rest. */
const MAX_POSITIONS = 3;


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
      <CardHeader title={card.name} t={t} onClose={onClose} />
      <p class="card-summary">{card.summary}</p>
      {card.side && card.type === 'person' && <p class="card-side">{t('card.side', { side: card.side.name })}</p>}
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
      {card.rounds.length > 0 && (
        <>
          <h3 class="card-subtitle">{t('card.rounds')}</h3>
          <ul class="card-rounds" data-testid="card-rounds">
            {card.rounds.map((round) => (
              <li key={round.id}>
                {round.title} <span class="card-when">({formatPartialDate(round.start, lang)})</span>
              </li>
            ))}
            {card.roundCount > card.rounds.length && <li class="card-more">{t('card.roundsMore', { count: card.roundCount - card.rounds.length })}</li>}
          </ul>
        </>
      )}
      {card.positions.length > 0 && card.side && (
        <>
          <h3 class="card-subtitle">{t('card.positions', { side: card.side.name })}</h3>
          <ul class="card-positions" data-testid="card-positions">
            {card.positions.slice(0, MAX_POSITIONS).map((position) => (
              <li key={position.id}>{position.stance}</li>
            ))}
          </ul>
        </>
      )}
      <p class="card-date" data-testid="card-date">
        {t('card.dateUsed', { date, source: t(`card.dateSource.${articleDate.source}`) })}
      </p>
      <SourceList sources={card.sources} lang={lang} t={t} />
    </section>
  );
}
