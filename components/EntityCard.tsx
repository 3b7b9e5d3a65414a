import type { ArticleDate } from '../lib/page/articleDate';
import type { EntityCardView } from '../lib/messaging/protocol';
import { formatDate, formatPartialDate } from '../lib/i18n/format';
import type { CardTranslate } from '../lib/i18n/cardTranslator';
import type { Language } from '../lib/dataset/schema';
import { issueRows } from '../lib/cards/issues';
import { CardActions, CardFooter, CardHeader, IssueRows, SourceList, type CardActionsProps } from './CardParts';

export type CardState = { status: 'loading' } | { status: 'ready'; card: EntityCardView } | { status: 'error' };

export interface EntityCardProps {
  state: CardState;
  articleDate: ArticleDate;
  lang: Language;
  t: CardTranslate;
  onClose: () => void;
  actions?: Omit<CardActionsProps, 't'>;
  /** The full entry (extension page): every issue, the whole summary. The hover card stays short. */
  full?: boolean;
}

/** A hover card shows the three issues that matter most now; the full entry shows them all. */
const CARD_ISSUES = 3;

/** The roles held on the article's date (or none, for a person), and the roles held now when they differ. */
function CardRoles({ card, date, t }: { card: EntityCardView; date: string; t: CardTranslate }) {
  if (card.type !== 'person' && card.roles.length === 0) return null;
  return (
    <>
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
      {card.rolesNow && (
        <p class="card-when" data-testid="card-role-now">
          {card.rolesNow.length > 0
            ? t('card.roleNow', { roles: card.rolesNow.map((role) => role.title).join('; ') })
            : t('card.noRoleNow')}
        </p>
      )}
    </>
  );
}

/** The rounds the entity took part in, latest first, and how to see the ones left out. */
function CardRounds({
  card,
  lang,
  t,
  onOpen,
}: {
  card: EntityCardView;
  lang: Language;
  t: CardTranslate;
  onOpen: (() => void) | undefined;
}) {
  if (card.rounds.length === 0) return null;
  const moreRounds = card.roundCount - card.rounds.length;
  return (
    <>
      <h3 class="card-subtitle">{t('card.rounds')}</h3>
      <ul class="card-rounds" data-testid="card-rounds">
        {card.rounds.map((round) => (
          <li key={round.id}>
            {round.title}{' '}
            <span class="card-when">
              ({formatPartialDate(round.start, lang)}
              {round.where ? ` · ${round.where}` : ''})
            </span>
          </li>
        ))}
      </ul>
      {moreRounds > 0 &&
        (onOpen ? (
          <button type="button" class="card-link" onClick={onOpen} data-testid="card-all-rounds">
            {t('card.allRounds', { count: card.roundCount })}
          </button>
        ) : (
          <p class="card-more">{t('card.roundsMore', { count: moreRounds })}</p>
        ))}
    </>
  );
}

export function EntityCard({ state, articleDate, lang, t, onClose, actions, full = false }: EntityCardProps) {
  const date = formatDate(articleDate.date, lang);
  if (state.status !== 'ready') {
    return (
      <div class="card" data-testid="entity-card" role="status" lang={lang}>
        <p>{state.status === 'loading' ? t('card.loading') : t('card.error')}</p>
      </div>
    );
  }
  const { card } = state;
  const rows = issueRows(card.positions, card.counterpart, full ? Number.POSITIVE_INFINITY : CARD_ISSUES);
  return (
    <section
      class={full ? 'card card-full' : 'card'}
      data-testid="entity-card"
      role="dialog"
      aria-label={t('card.label', { name: card.name })}
      lang={lang}
    >
      <CardHeader title={card.name} t={t} onClose={onClose} />
      <p class="card-side" data-testid="card-kind">
        {t(`card.type.${card.type}`)}
        {card.side && card.type === 'person' ? ` · ${t('card.side', { side: card.side.name })}` : ''}
      </p>
      <p class={full ? 'card-summary' : 'card-summary card-clamp'}>{card.summary}</p>
      <CardRoles card={card} date={date} t={t} />
      <CardRounds card={card} lang={lang} t={t} onOpen={actions?.onOpen} />
      {rows.length > 0 && (
        <>
          <h3 class="card-subtitle">{t('card.positionsOn', { date })}</h3>
          <IssueRows rows={rows} lang={lang} t={t} />
        </>
      )}
      <SourceList sources={card.sources} lang={lang} t={t} />
      <CardActions t={t} {...actions} />
      <CardFooter articleDate={articleDate} dataset={card.dataset} lang={lang} t={t} />
    </section>
  );
}
