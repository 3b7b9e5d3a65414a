import type { Language, Source } from '../dataset/schema';
import { formatDate, formatPartialDate } from '../i18n/format';
import type { CardTranslate } from '../i18n/cardTranslator';
import type { EntityCardView, RoundView } from './viewSchemas';

/** Line breaks and other control characters (C0, DEL, C1, the Unicode line and paragraph separators). */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Data as inline Markdown text: one line (control characters collapse to a
 * space), Markdown's inline specials backslash-escaped (names like "Trump [R]"
 * must not break a link, nor form one), and `& < >` as entities, so no raw HTML
 * or `<scheme:…>` autolink can come from the dataset.
 */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text that starts a line: also escaped where it would open a heading, list, thematic break or code block. */
function escapeLineStart(text: string): string {
  return escapeText(text)
    .replace(/^\s+/, '')
    .replace(/^[#+=-]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A source's address as a link destination: http(s) only, normalised by the
 * URL parser, with the characters that could end or confuse a destination
 * percent-encoded. Null for anything else (shown as text, not linked).
 */
export function linkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()<>\\ ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sourceLinks(sources: readonly Source[]): string {
  return sources
    .slice(0, 3)
    .map((source) => {
      const target = linkTarget(source.url);
      return target ? `[${escapeText(source.outlet)}](${target})` : escapeText(source.outlet);
    })
    .join(', ');
}

/** A short, cited summary of a card for the clipboard: name, role on the date, summary, sources. */
export function entityMarkdown(card: EntityCardView, lang: Language, t: CardTranslate): string {
  const date = formatDate(card.asOf, lang);
  const roles = card.roles.map((role) => role.title).join('; ');
  const lines = [
    `**${escapeText(card.name.trim())}**${roles ? ` — ${escapeText(roles)} (${t('card.copy.asOf', { date: escapeText(date) })})` : ''}`,
    '',
    escapeLineStart(card.summary),
  ];
  if (card.rolesNow && card.rolesNow.length > 0)
    lines.push('', t('card.roleNow', { roles: escapeText(card.rolesNow.map((role) => role.title).join('; ')) }));
  if (card.sources.length > 0) lines.push('', `${t('card.sources')}: ${sourceLinks(card.sources)}`);
  lines.push('', t('card.copy.via', { version: escapeText(card.dataset.version) }));
  return lines.join('\n');
}

export function roundMarkdown(round: RoundView, lang: Language, t: CardTranslate): string {
  const when =
    round.end && round.end !== round.start
      ? `${formatPartialDate(round.start, lang)} – ${formatPartialDate(round.end, lang)}`
      : formatPartialDate(round.start, lang);
  const where = round.venue ?? round.place?.name;
  const lines = [
    `**${escapeText(round.title.trim())}** — ${escapeText(when)}${where ? `, ${escapeText(where)}` : ''}`,
    '',
    escapeLineStart(round.summary),
  ];
  for (const outcome of round.outcomes) lines.push(`- ${escapeLineStart(outcome.text)}`);
  if (round.sources.length > 0) lines.push('', `${t('card.sources')}: ${sourceLinks(round.sources)}`);
  lines.push('', t('card.copy.via', { version: escapeText(round.dataset.version) }));
  return lines.join('\n');
}
