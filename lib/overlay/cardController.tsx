import { EntityCard, type CardState } from '../../components/EntityCard';
import { RoundCard } from '../../components/RoundCard';
import type { Language } from '../dataset/schema';
import { cardTranslator } from '../i18n/cardTranslator';
import type { ResponseFor } from '../messaging/protocol';
import type { ArticleDate } from '../page/articleDate';
import type { PageMention } from '../page/mentionRanges';
import type { CardOverlay } from './cardOverlay';
import { entityMarkdown, roundMarkdown } from '../cards/markdown';

export type FetchCard = (entityId: string, asOf: string, lang: Language) => Promise<ResponseFor<'entity-card'>>;
export type FetchRound = (roundId: string, lang: Language) => Promise<ResponseFor<'round-view'>>;

export interface CardServices {
  fetchCard: FetchCard;
  fetchRound: FetchRound;
  /** Shows the full entry in an extension page. */
  openEntry: (entry: { kind: 'entity' | 'round'; id: string; asOf: string }) => void;
  /** Puts text on the clipboard; resolves false when the browser refused. */
  copyText: (text: string) => Promise<boolean>;
}


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
  private copied = false;

  constructor(
    private readonly overlay: CardOverlay,
    private readonly services: CardServices,
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
    this.copied = false;
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
      const response: ResponseFor<'round-view'> = roundId ? await this.services.fetchRound(roundId, this.lang) : { ok: false, error: 'no round' };
      if (serial !== this.requestSerial) return;
      this.round = response;
      this.state = response.ok ? this.state : { status: 'error' };
    } else {
      const response = await this.services.fetchCard(mention.entityId, this.articleDate.date, this.lang);
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

  private copy(text: string): void {
    void this.services.copyText(text).then((done) => {
      this.copied = done;
      if (this.mention) this.overlay.update(this.view());
    });
  }

  private view() {
    const t = cardTranslator(this.lang);
    const asOf = this.articleDate.date;
    if (this.round?.ok) {
      const round = this.round.round;
      const actions = { copied: this.copied, onOpen: () => this.services.openEntry({ kind: 'round', id: round.id, asOf }), onCopy: () => this.copy(roundMarkdown(round, this.lang, t)) };
      return <RoundCard round={round} articleDate={this.articleDate} lang={this.lang} t={t} onClose={this.onClose} actions={actions} />;
    }
    const state = this.state;
    const actions =
      state.status === 'ready'
        ? { copied: this.copied, onOpen: () => this.services.openEntry({ kind: 'entity', id: state.card.id, asOf }), onCopy: () => this.copy(entityMarkdown(state.card, this.lang, t)) }
        : undefined;
    return <EntityCard state={state} articleDate={this.articleDate} lang={this.lang} t={t} onClose={this.onClose} actions={actions} />;
  }
}
