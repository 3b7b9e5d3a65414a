import type { PageState } from './access';

export interface Badge {
  text: string;
  color: string;
}

/** The toolbar icon says at a glance what the extension does on this tab: the number of mentions, paused, or off. */
export function badgeFor(state: PageState, mentionCount: number): Badge {
  if (state === 'off') return { text: 'off', color: '#6b7280' };
  if (state === 'paused') return { text: '❚❚', color: '#b45309' };
  const text = mentionCount === 0 ? '' : mentionCount > 999 ? '999+' : String(mentionCount);
  return { text, color: '#2f5fb3' };
}

/**
 * For a tab as the background sees it while it loads: without a permission for
 * the site the browser hides its address, and that is exactly where Dossier
 * does not run, so the icon says "off". Where the address is visible, the
 * content script reports its own state.
 */
export function badgeForLoadingTab(url: string | undefined): Badge | null {
  return url === undefined ? badgeFor('off', 0) : null;
}
