import type { IsoDate } from '../dataset/schema';
import { parseDateString } from './dateString';

// "/2025/07/21/", "/2025-07-21-", and, set off by - _ / = ., "-20250721/" (checked like any date).
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/;
const URL_COMPACT_DATE = /[/_=-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.&?#-]|$)/;

/** The date an article's address carries, if it carries a valid one. */
export function urlDate(url: string, now: Date): IsoDate | undefined {
  const match = url.match(URL_DATE) ?? url.match(URL_COMPACT_DATE);
  return match ? parseDateString(`${match[1]}-${match[2]}-${match[3]}`, now) : undefined;
}
