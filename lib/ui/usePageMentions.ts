import { useEffect, useState } from 'preact/hooks';
import type { OnThisPageState, PageMentionGroup } from '../../components/OnThisPage';
import { PageMentionsAnswerSchema, type PageMentionsAnswer } from '../messaging/protocol';
import { categoryOf } from '../page/marking';
import { CATEGORIES } from '../settings/schema';

/** Groups the page's mentions by the options' categories, the most mentioned first within each. */
export function groupPageMentions(answer: PageMentionsAnswer): PageMentionGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    items: answer.mentions
      .filter((mention) => categoryOf(mention.type) === category)
      .sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface))
      .map((mention) => ({ entityId: mention.entityId, label: mention.surface, count: mention.count })),
  })).filter((group) => group.items.length > 0);
}

/** Asks the tab's content script what the page mentions; a tab without one (site off, not a web page) shows nothing. */
export function usePageMentions(
  tabId: number | null,
  sendToTab: (tabId: number, message: unknown) => Promise<unknown>,
  refreshKey: unknown,
): OnThisPageState {
  const [state, setState] = useState<OnThisPageState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ status: 'none' });
    void sendToTab(tabId, { type: 'page-mentions' })
      .then((raw) => {
        const answer = PageMentionsAnswerSchema.safeParse(raw);
        if (!answer.success || answer.data.state !== 'active') return setState({ status: 'none' });
        const groups = groupPageMentions(answer.data);
        setState({
          status: 'ready',
          groups,
          total: answer.data.mentions.reduce((sum, mention) => sum + mention.count, 0),
        });
      })
      .catch(() => setState({ status: 'none' }));
  }, [tabId, refreshKey]);
  return state;
}
