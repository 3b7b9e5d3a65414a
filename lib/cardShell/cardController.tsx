import { EntityCard, type CardState } from '../../components/EntityCard';
import { RoundCard } from '../../components/RoundCard';
import type { Language } from '../dataset/schema';
import { cardTranslator } from '../i18n/cardTranslator';
import type { ResponseFor } from '../messaging/protocol';
import type { ArticleDate } from '../page/articleDate';
import type { PlacedMention } from '../page/mentionRanges';
import type { CardShell } from './cardShell';
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

type CardAnswer =
  { kind: 'round'; response: ResponseFor<'round-view'> } | { kind: 'entity'; response: ResponseFor<'entity-card'> };

interface CachedAnswer {
  promise: Promise<CardAnswer>;
  /** Set once the background answered: the card can then open with its content in the same task. */
  answer?: CardAnswer;
}

/** Answers kept for cards the reader may hover again; a page rarely has more distinct mentions in view. */
const CACHED_ANSWERS = 24;

/**
 * Shows the card for one mention: renders "loading" at once, then the data
 * the background returns, and re-renders in place when the language changes.
 * A late answer for a card that was closed or replaced is dropped.
 *
 * The data is asked for while the pointer rests (`prefetch`, during the hover
 * delay), so when the delay ends the card opens with its content in one task
 * and shows in the next frame, instead of a "loading" card and a round trip.
 */
export class CardController<M extends PlacedMention = PlacedMention> {
  private readonly answers = new Map<string, CachedAnswer>();
  private mention: M | null = null;
  private state: CardState = { status: 'loading' };
  private round: ResponseFor<'round-view'> | null = null;
  private requestSerial = 0;
  private focusWhenReady = false;
  private copied = false;

  constructor(
    private readonly shell: CardShell,
    private readonly services: CardServices,
    private articleDate: ArticleDate,
    private lang: Language,
    private readonly onClose: () => void,
  ) {}

  get openMention(): M | null {
    return this.mention;
  }

  /** Asks the background for a mention's card ahead of opening it (the pointer rests on it). */
  prefetch(mention: M): void {
    this.request(mention);
  }

  /** Drops the answers kept so far (the dataset changed). */
  forgetAnswers(): void {
    this.answers.clear();
  }

  /**
   * `focus`: opened from the keyboard, so focus moves into the card once it has content.
   * Returns whether the card opened with its content (its data had arrived).
   */
  open(mention: M, options: { focus?: boolean } = {}): { ready: boolean; loaded: Promise<void> } {
    this.focusWhenReady = options.focus ?? false;
    this.copied = false;
    this.mention = mention;
    const known = this.request(mention).answer;
    if (known) {
      this.requestSerial++;
      this.apply(known);
      this.shell.show(mention.range, this.view());
      this.focusIfAsked();
      return { ready: true, loaded: Promise.resolve() };
    }
    this.state = { status: 'loading' };
    this.round = null;
    this.shell.show(mention.range, this.view());
    return { ready: false, loaded: this.load() };
  }

  close(): void {
    this.mention = null;
    this.focusWhenReady = false;
    this.requestSerial++;
    this.shell.hide();
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
    const answer = await this.request(mention).promise;
    if (serial !== this.requestSerial) return;
    this.apply(answer);
    this.shell.update(this.view());
    this.focusIfAsked();
  }

  private apply(answer: CardAnswer): void {
    if (answer.kind === 'round') {
      this.round = answer.response;
      this.state = answer.response.ok ? this.state : { status: 'error' };
    } else {
      this.round = null;
      this.state = answer.response.ok ? { status: 'ready', card: answer.response.card } : { status: 'error' };
    }
  }

  private focusIfAsked(): void {
    if (!this.focusWhenReady) return;
    this.focusWhenReady = false;
    this.shell.focusCard();
  }

  /** The background's answer for a mention's card in the current language and article date: asked once, kept a while. */
  private request(mention: M): CachedAnswer {
    // For a series the matcher lists the round nearest the article's date first.
    const roundId = mention.type === 'event' ? mention.rounds?.[0] : undefined;
    const key =
      mention.type === 'event'
        ? `round:${roundId ?? ''}:${this.lang}`
        : `entity:${mention.entityId}:${this.articleDate.date}:${this.lang}`;
    const cached = this.answers.get(key);
    if (cached) {
      // Most recently used last, so the oldest goes first when the cache is full.
      this.answers.delete(key);
      this.answers.set(key, cached);
      return cached;
    }
    const lang = this.lang;
    // A message that fails (the extension was updated under the page) becomes a failed answer: the card says so.
    const failed = (error: unknown) => ({ ok: false as const, error: String(error) });
    const promise: Promise<CardAnswer> =
      mention.type === 'event'
        ? (roundId ? this.services.fetchRound(roundId, lang) : Promise.resolve(failed('no round'))).then(
            (response) => ({ kind: 'round', response }),
            (error: unknown) => ({ kind: 'round', response: failed(error) }),
          )
        : this.services.fetchCard(mention.entityId, this.articleDate.date, lang).then(
            (response) => ({ kind: 'entity', response }),
            (error: unknown) => ({ kind: 'entity', response: failed(error) }),
          );
    const entry: CachedAnswer = { promise };
    this.answers.set(key, entry);
    if (this.answers.size > CACHED_ANSWERS) this.answers.delete(this.answers.keys().next().value ?? '');
    void promise.then((answer) => {
      // A failed answer is not kept: the next hover asks again.
      if (answer.response.ok) entry.answer = answer;
      else if (this.answers.get(key) === entry) this.answers.delete(key);
    });
    return entry;
  }

  private copy(text: string): void {
    void this.services.copyText(text).then((done) => {
      this.copied = done;
      if (this.mention) this.shell.update(this.view());
    });
  }

  private view() {
    const t = cardTranslator(this.lang);
    const asOf = this.articleDate.date;
    if (this.round?.ok) {
      const round = this.round.round;
      const actions = {
        copied: this.copied,
        onOpen: () => this.services.openEntry({ kind: 'round', id: round.id, asOf }),
        onCopy: () => this.copy(roundMarkdown(round, this.lang, t)),
      };
      return (
        <RoundCard
          round={round}
          articleDate={this.articleDate}
          lang={this.lang}
          t={t}
          onClose={this.onClose}
          actions={actions}
          inference={this.mention?.reason}
        />
      );
    }
    const state = this.state;
    const actions =
      state.status === 'ready'
        ? {
            copied: this.copied,
            onOpen: () => this.services.openEntry({ kind: 'entity', id: state.card.id, asOf }),
            onCopy: () => this.copy(entityMarkdown(state.card, this.lang, t)),
          }
        : undefined;
    return (
      <EntityCard
        state={state}
        articleDate={this.articleDate}
        lang={this.lang}
        t={t}
        onClose={this.onClose}
        actions={actions}
      />
    );
  }
}
