import type { Translate } from '../lib/i18n';
import type { Category } from '../lib/settings/schema';

/** One kind of thing the page mentions (the options' categories), each name with how often it occurs. */
export interface PageMentionGroup {
  category: Category;
  items: Array<{ entityId: string; label: string; count: number }>;
}

export type OnThisPageState =
  { status: 'loading' } | { status: 'none' } | { status: 'ready'; groups: PageMentionGroup[]; total: number };

export interface OnThisPageProps {
  t: Translate;
  state: OnThisPageState;
  /** Scrolls the page to the next mention of the entity and opens its card. */
  onShow: (entityId: string) => void;
}

/** What the page in the active tab mentions, grouped by kind, each name with its count. */
export function OnThisPage({ t, state, onShow }: OnThisPageProps) {
  if (state.status !== 'ready') return null;
  return (
    <section aria-labelledby="page-heading" data-testid="on-this-page">
      <h2 id="page-heading">{t('popup.page.heading', { count: state.total })}</h2>
      {state.groups.length === 0 && <p class="muted">{t('popup.page.none')}</p>}
      {state.groups.map((group) => (
        <div key={group.category} class="page-group">
          <h3>{t(`options.category.${group.category}`)}</h3>
          <ul class="page-mentions">
            {group.items.map((item) => (
              <li key={item.entityId}>
                <button
                  type="button"
                  class="page-mention"
                  onClick={() => onShow(item.entityId)}
                  data-testid={`page-mention-${item.entityId}`}
                  aria-label={t('popup.page.show', { name: item.label, count: item.count })}
                >
                  {item.label} <span class="muted">{item.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
