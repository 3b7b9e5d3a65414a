import { EntityCard, type CardState } from '../../components/EntityCard';
import { RoundCard } from '../../components/RoundCard';
import type { Language } from '../dataset/schema';
import { translator } from '../i18n';
import type { ResponseFor } from '../messaging/protocol';
import type { ArticleDate } from '../page/articleDate';
import type { PageMention } from '../page/mentionRanges';
import type { CardOverlay } from './cardOverlay';

export type FetchCard = (entityId: string, asOf: string, lang: Language) => Promise<ResponseFor<'entity-card'>>;
export type FetchRound = (roundId: string, lang: Language) => Promise<ResponseFor<'round-view'>>;


/**
 * Shows the card for one mention: renders "loading" at once, then the data
 * the background returns, and re-renders in place when the language changes.
 * A late answer for a card that was closed or replaced is dropped.
 */
export class CardController<M extends PageMention = PageMention> {
  private mention: M | null = null;
  private state: CardState = { status: 'loading' };
  private round: ResponseFor<'round-view'> | null = null;
  private requestSerial = 0;
  private focusWhenReady = false;

  constructor(
    private readonly overlay: CardOverlay,
    private readonly fetchCard: FetchCard,
    private readonly fetchRound: FetchRound,
    private articleDate: ArticleDate,
    private lang: Language,
    private readonly onClose: () => void,
  ) {}

  get openMention(): M | null {
    return this.mention;
  }

  /** `focus`: opened from the keyboard, so focus moves into the card once it has content. */
  async open(mention: M, options: { focus?: boolean } = {}): Promise<void> {
    this.focusWhenReady = options.focus ?? false;
    this.mention = mention;
    this.state = { status: 'loading' };
    this.round = null;
    this.overlay.show(mention.range, this.view());
    await this.load();
  }

  close(): void {
    this.mention = null;
    this.focusWhenReady = false;
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
    if (mention.type === 'event') {
      // For a series the matcher lists the round nearest the article's date first.
      const roundId = mention.rounds?.[0];
      const response: ResponseFor<'round-view'> = roundId ? await this.fetchRound(roundId, this.lang) : { ok: false, error: 'no round' };
      if (serial !== this.requestSerial) return;
      this.round = response;
      this.state = response.ok ? this.state : { status: 'error' };
    } else {
      const response = await this.fetchCard(mention.entityId, this.articleDate.date, this.lang);
      if (serial !== this.requestSerial) return;
      this.round = null;
      this.state = response.ok ? { status: 'ready', card: response.card } : { status: 'error' };
    }
    this.overlay.update(this.view());
    if (this.focusWhenReady) {
      this.focusWhenReady = false;
      this.overlay.focusCard();
    }
  }

  private view() {
    if (this.round?.ok) return <RoundCard round={this.round.round} lang={this.lang} t={translator(this.lang)} onClose={this.onClose} />;
    return <EntityCard state={this.state} articleDate={this.articleDate} lang={this.lang} t={translator(this.lang)} onClose={this.onClose} />;
  }
}
