import type { Language, Source } from '../lib/dataset/schema';
import { formatDate, formatPartialDate } from '../lib/i18n/format';
import type { CardTranslate } from '../lib/i18n/cardTranslator';
import type { DatasetStamp, PositionView } from '../lib/messaging/protocol';
import type { ArticleDate } from '../lib/page/articleDate';
import type { IssueRow } from '../lib/cards/issues';
import { latestDay } from '../lib/dataset/dates';

/** Parts every card shares; the cards compose them. */

export function CardHeader({ title, t, onClose }: { title: string; t: CardTranslate; onClose: () => void }) {
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
function SourceLink({ source, lang }: { source: Source; lang: Language }) {
  return (
    <>
      {source.url.startsWith('https://') ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" hrefLang={source.lang}>
          {source.outlet}
        </a>
      ) : (
        source.outlet
      )}
      {source.date ? `, ${formatPartialDate(source.date, lang)}` : ''}
    </>
  );
}

export function SourceList({ sources, lang, t }: { sources: Source[]; lang: Language; t: CardTranslate }) {
  return (
    <>
      <h3 class="card-subtitle">{t('card.sources')}</h3>
      <ul class="card-sources" data-testid="card-sources">
        {sources.map((source) => (
          <li key={source.url}>
            <SourceLink source={source} lang={lang} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Stance({ position, lang, t }: { position: PositionView; lang: Language; t: CardTranslate }) {
  const source = position.sources[0];
  return (
    <div class="card-stance">
      <p class="card-stance-party">{position.party.name}</p>
      <p>{position.stance}</p>
      <p class="card-when">
        {t(`stance.${position.kind}` as 'stance.demand')}, {formatPartialDate(position.from, lang)}
        {source && (
          <>
            {' · '}
            <SourceLink source={source} lang={lang} />
          </>
        )}
      </p>
    </div>
  );
}

/** Both parties' stances on each issue side by side, each with its date and source. */
export function IssueRows({ rows, lang, t }: { rows: IssueRow[]; lang: Language; t: CardTranslate }) {
  return (
    <ul class="card-issues" data-testid="card-positions">
      {rows.map((row) => (
        <li key={row.topic}>
          <p class="card-issue">{t(`topic.${row.topic}` as 'topic.territory')}</p>
          <div class="card-pair">
            <Stance position={row.own} lang={lang} t={t} />
            {row.other ? (
              <Stance position={row.other} lang={lang} t={t} />
            ) : (
              <p class="card-when card-stance">{t('card.noCounterpart')}</p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

export interface CardActionsProps {
  t: CardTranslate;
  onOpen?: () => void;
  onCopy?: () => void;
  copied?: boolean;
}

/** "Open in Dossier" shows the full entry in an extension page; "Copy" puts a cited summary on the clipboard. */
export function CardActions({ t, onOpen, onCopy, copied = false }: CardActionsProps) {
  if (!onOpen && !onCopy) return null;
  return (
    <div class="card-actions">
      {onOpen && (
        <button type="button" onClick={onOpen} data-testid="card-open">
          {t('card.open')}
        </button>
      )}
      {onCopy && (
        <button type="button" onClick={onCopy} data-testid="card-copy">
          {t('card.copy')}
        </button>
      )}
      <span role="status" class="card-when" data-testid="card-copied">
        {copied ? t('card.copied') : ''}
      </span>
    </div>
  );
}

/** Which date the facts are for, which data they come from, and a warning when the article is newer than the data. */
export function CardFooter({
  articleDate,
  dataset,
  lang,
  t,
}: {
  articleDate: ArticleDate;
  dataset: DatasetStamp;
  lang: Language;
  t: CardTranslate;
}) {
  const date = formatDate(articleDate.date, lang);
  const newer = articleDate.date > latestDay(dataset.coversUntil);
  return (
    <div class="card-footer">
      <p class="card-date" data-testid="card-date">
        {articleDate.source === 'today'
          ? t('card.dateUnknown', { date })
          : t('card.dateUsed', { date, source: t(`card.dateSource.${articleDate.source}`) })}
      </p>
      {newer && (
        <p class="card-warning" role="note" data-testid="card-newer">
          {t('card.newerThanData', { date: formatPartialDate(dataset.coversUntil, lang) })}
        </p>
      )}
      <p class="card-date" data-testid="card-dataset">
        {t('card.datasetStamp', { version: dataset.version, date: formatDate(dataset.asOf, lang) })}
      </p>
    </div>
  );
}
