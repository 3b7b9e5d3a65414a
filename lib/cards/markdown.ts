import type { Language, Source } from '../dataset/schema';
import { formatDate, formatPartialDate } from '../i18n/format';
import type { CardTranslate } from '../i18n/cardTranslator';
import type { EntityCardView, RoundView } from '../messaging/protocol';

/** Markdown needs its link text and brackets escaped; names like "Trump [R]" must not break a link. */
const escapeText = (text: string) => text.replace(/([\\[\]*_`])/g, '\\$1');

function sourceLinks(sources: readonly Source[]): string {
  return sources
    .slice(0, 3)
    .map((source) => `[${escapeText(source.outlet)}](${source.url.replace(/\)/g, '%29')})`)
    .join(', ');
}

/** A short, cited summary of a card for the clipboard: name, role on the date, summary, sources. */
export function entityMarkdown(card: EntityCardView, lang: Language, t: CardTranslate): string {
  const date = formatDate(card.asOf, lang);
  const roles = card.roles.map((role) => role.title).join('; ');
  const lines = [`**${escapeText(card.name)}**${roles ? ` — ${escapeText(roles)} (${t('card.copy.asOf', { date })})` : ''}`, '', escapeText(card.summary)];
  if (card.rolesNow && card.rolesNow.length > 0) lines.push('', t('card.roleNow', { roles: escapeText(card.rolesNow.map((role) => role.title).join('; ')) }));
  if (card.sources.length > 0) lines.push('', `${t('card.sources')}: ${sourceLinks(card.sources)}`);
  lines.push('', t('card.copy.via', { version: card.dataset.version }));
  return lines.join('\n');
}

export function roundMarkdown(round: RoundView, lang: Language, t: CardTranslate): string {
  const when = round.end && round.end !== round.start ? `${formatPartialDate(round.start, lang)} – ${formatPartialDate(round.end, lang)}` : formatPartialDate(round.start, lang);
  const where = round.venue ?? round.place?.name;
  const lines = [`**${escapeText(round.title)}** — ${when}${where ? `, ${escapeText(where)}` : ''}`, '', escapeText(round.summary)];
  for (const outcome of round.outcomes) lines.push(`- ${escapeText(outcome.text)}`);
  if (round.sources.length > 0) lines.push('', `${t('card.sources')}: ${sourceLinks(round.sources)}`);
  lines.push('', t('card.copy.via', { version: round.dataset.version }));
  return lines.join('\n');
}
