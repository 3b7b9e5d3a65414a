import type { Language } from '../lib/dataset/schema';
import { formatPartialDate, type Translate } from '../lib/i18n';
import type { RoundView } from '../lib/messaging/protocol';
import { CardHeader, SourceList } from './CardParts';

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
      <CardHeader title={round.title} t={t} onClose={onClose} />
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
      <SourceList sources={round.sources} lang={lang} t={t} />
    </section>
  );
}
