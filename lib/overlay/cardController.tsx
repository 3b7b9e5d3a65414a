import { EntityCard, type CardState } from '../../components/EntityCard';
import type { Language } from '../dataset/schema';
import { translator } from '../i18n';
import type { ResponseFor } from '../messaging/protocol';
import type { ArticleDate } from '../page/articleDate';
import type { PageMention } from '../page/mentionRanges';
import type { CardOverlay } from './cardOverlay';

export type FetchCard = (entityId: string, asOf: string, lang: Language) => Promise<ResponseFor<'entity-card'>>;

/**
 * Shows the card for one mention: renders "loading" at once, then the data
 * the background returns, and re-renders in place when the language changes.
 * A late answer for a card that was closed or replaced is dropped.
 */
export class CardController {
  private mention: PageMention | null = null;
  private state: CardState = { status: 'loading' };
  private requestSerial = 0;

  constructor(
    private readonly overlay: CardOverlay,
    private readonly fetchCard: FetchCard,
    private articleDate: ArticleDate,
    private lang: Language,
    private readonly onClose: () => void,
  ) {}

  get openMention(): PageMention | null {
    return this.mention;
  }

  async open(mention: PageMention): Promise<void> {
    this.mention = mention;
    this.state = { status: 'loading' };
    this.overlay.show(mention.range, this.view());
    await this.load();
  }

  close(): void {
    this.mention = null;
    this.requestSerial++;
    this.overlay.hide();
  }

  async setLanguage(lang: Language): Promise<void> {
    if (lang === this.lang) return;
    this.lang = lang;
    if (this.mention) await this.load();
  }

  setArticleDate(articleDate: ArticleDate): void {
    this.articleDate = articleDate;
  }

  private async load(): Promise<void> {
    const mention = this.mention;
    if (!mention) return;
    const serial = ++this.requestSerial;
    const response = await this.fetchCard(mention.entityId, this.articleDate.date, this.lang);
    if (serial !== this.requestSerial) return;
    this.state = response.ok ? { status: 'ready', card: response.card } : { status: 'error' };
    this.overlay.update(this.view());
  }

  private view() {
    return <EntityCard state={this.state} articleDate={this.articleDate} lang={this.lang} t={translator(this.lang)} onClose={this.onClose} />;
  }
}
