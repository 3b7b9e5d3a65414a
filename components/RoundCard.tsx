import type { Language } from '../lib/dataset/schema';
import { formatNumber, formatPartialDate } from '../lib/i18n/format';
import type { CardTranslate } from '../lib/i18n/cardTranslator';
import type { RoundSummary, RoundView } from '../lib/messaging/protocol';
import type { ArticleDate } from '../lib/page/articleDate';
import type { EventReason } from '../lib/time/eventResolver';
import { CardActions, CardFooter, CardHeader, SourceList, type CardActionsProps } from './CardParts';

export interface RoundCardProps {
  round: RoundView;
  articleDate: ArticleDate;
  lang: Language;
  t: CardTranslate;
  onClose: () => void;
  actions?: Omit<CardActionsProps, 't'>;
  /** Why the text was taken to mean this round, when it was inferred (not a name only this round carries). */
  inference?: EventReason;
}

function Neighbour({ label, round, lang }: { label: string; round: RoundSummary; lang: Language }) {
  return (
    <li>
      <span class="card-when">{label}:</span> {round.title}{' '}
      <span class="card-when">({formatPartialDate(round.start, lang)})</span>
    </li>
  );
}

/** Who led each delegation, and who mediated or hosted. */
function RoundPeople({ round, t }: { round: RoundView; t: CardTranslate }) {
  const heads = round.delegations.filter((delegation) => delegation.heads.length > 0);
  return (
    <>
      {heads.length > 0 && (
        <>
          <h3 class="card-subtitle">{t('round.heads')}</h3>
          <ul class="card-roles" data-testid="round-heads">
            {heads.map((delegation) => (
              <li key={delegation.party.id}>
                {delegation.party.name}: {delegation.heads.map((head) => head.name).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {(round.mediators.length > 0 || round.hosts.length > 0) && (
        <p class="card-side" data-testid="round-mediators">
          {round.mediators.length > 0 &&
            t('round.mediators', { names: round.mediators.map((mediator) => mediator.name).join(', ') })}
          {round.mediators.length > 0 && round.hosts.length > 0 ? ' · ' : ''}
          {round.hosts.length > 0 && t('round.hosts', { names: round.hosts.map((host) => host.name).join(', ') })}
        </p>
      )}
    </>
  );
}

/** What came of the round, each outcome with its figures in the reader's number format. */
function RoundOutcomes({ round, lang, t }: { round: RoundView; lang: Language; t: CardTranslate }) {
  if (round.outcomes.length === 0) return null;
  return (
    <>
      <h3 class="card-subtitle">{t('round.outcomes')}</h3>
      <ul class="card-rounds" data-testid="round-outcomes">
        {round.outcomes.map((outcome) => (
          <li key={outcome.text}>
            {outcome.text}
            {outcome.figures.length > 0 && (
              <span class="card-when">
                {' '}
                (
                {outcome.figures
                  .map((figure) => `${t(`figure.${figure.measure}`)}: ${formatNumber(figure.value, lang)}`)
                  .join('; ')}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The card for a round, summit or agreement: when, where, in what format, who led and mediated, what came of it (with numbers), what came before and after. */
export function RoundCard({ round, articleDate, lang, t, onClose, actions, inference }: RoundCardProps) {
  const when =
    round.end && round.end !== round.start
      ? `${formatPartialDate(round.start, lang)} – ${formatPartialDate(round.end, lang)}`
      : formatPartialDate(round.start, lang);
  const where = round.venue ?? round.place?.name;
  return (
    <section
      class="card"
      data-testid="round-card"
      role="dialog"
      aria-label={t('card.label', { name: round.title })}
      lang={lang}
    >
      <CardHeader title={round.title} t={t} onClose={onClose} />
      <p class="card-side" data-testid="round-when">
        {where ? `${when} · ${where}` : when}
      </p>
      <p class="card-side card-when" data-testid="round-format">
        {t(`format.${round.format}`)}
      </p>
      {inference && inference !== 'named' && (
        <p class="card-side card-when" role="note" data-testid="round-inference">
          {t(`round.inferred.${inference}`)}
        </p>
      )}
      <p class="card-summary card-clamp">{round.summary}</p>
      <RoundPeople round={round} t={t} />
      <RoundOutcomes round={round} lang={lang} t={t} />
      {(round.previous || round.next) && (
        <ul class="card-neighbours" data-testid="round-neighbours">
          {round.previous && <Neighbour label={t('round.before')} round={round.previous} lang={lang} />}
          {round.next && <Neighbour label={t('round.after')} round={round.next} lang={lang} />}
        </ul>
      )}
      <SourceList sources={round.sources} lang={lang} t={t} />
      <CardActions t={t} {...actions} />
      <CardFooter articleDate={articleDate} dataset={round.dataset} lang={lang} t={t} />
    </section>
  );
}
