import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../lib/dataset/schema';
import { formatPartialDate, type Translate } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n/format';
import type { RoundView } from '../../lib/messaging/protocol';
import { formatSpan } from '../../lib/search/resultView';
import { SourceList } from '../CardParts';
import type { DetailState } from './types';

export interface RoundDetailProps {
  detail: DetailState;
  lang: Language;
  t: Translate;
  onBack: () => void;
  onNavigate: (id: string) => void;
}

/** What each part of the detail is given. */
interface PartProps {
  round: RoundView;
  lang: Language;
  t: Translate;
}

const names = (refs: Array<{ name: string }>) => refs.map((ref) => ref.name).join(', ');

function Figures({
  figures,
  lang,
  t,
}: {
  figures: RoundView['outcomes'][number]['figures'];
  lang: Language;
  t: Translate;
}) {
  if (figures.length === 0) return null;
  return (
    <ul class="figures">
      {figures.map((figure, index) => (
        <li key={index}>
          {figure.label?.[lang] ?? t(`figure.${figure.measure}`)}: {formatNumber(figure.value, lang)}
        </li>
      ))}
    </ul>
  );
}

/** When, where and in what format; the series; what it was about. */
function Overview({ round, lang, t }: PartProps) {
  const where = round.venue ?? round.place?.name;
  return (
    <>
      <p class="muted" data-testid="detail-when">
        {formatSpan(round.start, round.end, lang)}
        {where ? ` · ${where}` : ''} · {t(`format.${round.format}`)}
      </p>
      {round.series && (
        <p class="muted">
          {t('detail.series')}: {round.series.name}
        </p>
      )}
      <p>{round.summary}</p>
      <h3>{t('detail.agenda')}</h3>
      <p>{round.agenda}</p>
    </>
  );
}

/** Who came: each delegation with its heads and members, then the mediators and the hosts. */
function Participants({ round, t }: Omit<PartProps, 'lang'>) {
  return (
    <>
      {round.delegations.length > 0 && (
        <>
          <h3>{t('detail.delegations')}</h3>
          <ul data-testid="detail-delegations">
            {round.delegations.map((delegation) => (
              <li key={delegation.party.id}>
                <strong>{delegation.party.name}</strong>
                {delegation.heads.length > 0 && `: ${names(delegation.heads)}`}
                {delegation.members.length > 0 && ` (${t('detail.members', { members: names(delegation.members) })})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {round.mediators.length > 0 && (
        <p>
          <strong>{t('detail.mediators')}:</strong> {names(round.mediators)}
        </p>
      )}
      {round.hosts.length > 0 && (
        <p>
          <strong>{t('detail.hosts')}:</strong> {names(round.hosts)}
        </p>
      )}
    </>
  );
}

/** What came of it, with its figures, and where each party stood. */
function Results({ round, lang, t }: PartProps) {
  return (
    <>
      {round.outcomes.length > 0 && (
        <>
          <h3>{t('round.outcomes')}</h3>
          <ul data-testid="detail-outcomes">
            {round.outcomes.map((outcome) => (
              <li key={outcome.text}>
                {outcome.text}
                <Figures figures={outcome.figures} lang={lang} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
      {round.positions.length > 0 && (
        <>
          <h3>{t('detail.positions')}</h3>
          <ul data-testid="detail-positions">
            {round.positions.map((position) => (
              <li key={position.id}>
                <strong>{position.party.name}</strong> ({formatPartialDate(position.from, lang)}): {position.stance}
              </li>
            ))}
          </ul>
        </>
      )}
      {round.followedBy && (
        <>
          <h3>{t('detail.followedBy')}</h3>
          <p>{round.followedBy}</p>
        </>
      )}
    </>
  );
}

/** The rounds before and after, as buttons that open them in place. */
function Neighbours({ round, t, onNavigate }: Omit<PartProps, 'lang'> & { onNavigate: (id: string) => void }) {
  if (!(round.previous ?? round.next)) return null;
  return (
    <nav class="detail-nav" aria-label={t('detail.nav')}>
      {round.previous && (
        <button
          type="button"
          data-testid="detail-previous"
          onClick={() => round.previous && onNavigate(round.previous.id)}
        >
          {t('detail.previous', { title: round.previous.title })}
        </button>
      )}
      {round.next && (
        <button type="button" data-testid="detail-next" onClick={() => round.next && onNavigate(round.next.id)}>
          {t('detail.next', { title: round.next.title })}
        </button>
      )}
    </nav>
  );
}

/** One round in full, reusing the background's round view (the card's data); Escape or the button go back. */
export function RoundDetail({ detail, lang, t, onBack, onNavigate }: RoundDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const title = detail.status === 'ready' ? detail.round.title : undefined;
  useEffect(() => {
    // Focus moves into the detail so Tab reaches its links and a screen reader announces it.
    heading.current?.focus();
  }, [title]);
  return (
    <article class="round-detail" data-testid="round-detail" aria-labelledby="round-detail-title">
      <button type="button" class="back" data-testid="detail-back" onClick={onBack}>
        ← {t('detail.back')}
      </button>
      <h2 id="round-detail-title" tabIndex={-1} ref={heading} data-testid="detail-title">
        {title ?? (detail.status === 'loading' ? t('detail.loading') : '')}
      </h2>
      {detail.status === 'error' && <p role="alert">{t('detail.error', { error: detail.error })}</p>}
      {detail.status === 'ready' && (
        <>
          <Overview round={detail.round} lang={lang} t={t} />
          <Participants round={detail.round} t={t} />
          <Results round={detail.round} lang={lang} t={t} />
          <Neighbours round={detail.round} t={t} onNavigate={onNavigate} />
          <SourceList sources={detail.round.sources} lang={lang} t={t} />
        </>
      )}
    </article>
  );
}
