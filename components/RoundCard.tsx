import type { Language } from '../lib/dataset/schema';
import { formatPartialDate, type Translate } from '../lib/i18n';
import type { RoundView } from '../lib/messaging/protocol';

export interface RoundCardProps {
  round: RoundView;
  lang: Language;
  t: Translate;
  onClose: () => void;
}

/** The card for a round, summit or agreement: when, where, who led, what came of it, with sources. */
export function RoundCard({ round, lang, t, onClose }: RoundCardProps) {
  const when = round.end && round.end !== round.start ? `${formatPartialDate(round.start, lang)} – ${formatPartialDate(round.end, lang)}` : formatPartialDate(round.start, lang);
  const where = round.venue ?? round.place?.name;
  const heads = round.delegations.filter((delegation) => delegation.heads.length > 0);
  return (
    <section class="card" data-testid="round-card" role="dialog" aria-label={t('card.label', { name: round.title })} lang={lang}>
      <header class="card-header">
        <h2 class="card-title" data-testid="card-name">
          {round.title}
        </h2>
        <button type="button" class="card-close" aria-label={t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-side" data-testid="round-when">
        {where ? `${when} · ${where}` : when}
      </p>
      <p class="card-summary">{round.summary}</p>
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
      {round.outcomes.length > 0 && (
        <>
          <h3 class="card-subtitle">{t('round.outcomes')}</h3>
          <ul class="card-rounds" data-testid="round-outcomes">
            {round.outcomes.map((outcome) => (
              <li key={outcome.text}>{outcome.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3 class="card-subtitle">{t('card.sources')}</h3>
      <ul class="card-sources">
        {round.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url.startsWith('https://') ? source.url : undefined} target="_blank" rel="noopener noreferrer" hrefLang={source.lang}>
              {source.outlet}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
