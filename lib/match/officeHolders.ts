import { roleHeldOn } from '../dataset/dates';
import type { IsoDate } from '../dataset/schema';
import type { Lexicon } from './lexicon';

/** "Der Kremlchef" means whoever held the office on the article's date, so offices resolve by date. */
export function officeHolder(lexicon: Lexicon, officeId: string, date: IsoDate): string | undefined {
  return lexicon.source.offices
    .find((office) => office.id === officeId)
    ?.holders.find((holder) => roleHeldOn(holder.from, holder.to, date))?.person;
}
