export interface PopupTab {
  id: number;
  url: string;
}

interface TabsApi {
  get: (id: number) => Promise<{ id?: number; url?: string }>;
  query: (filter: { active: boolean; currentWindow: boolean }) => Promise<Array<{ id?: number; url?: string }>>;
}

/**
 * The tab the popup acts on: the active tab of its window, or, when the popup
 * is opened as a page with `?tab=ID` (tests, keyboard users who pin it), that tab.
 */
export async function resolvePopupTab(search: string, tabs: TabsApi): Promise<PopupTab | null> {
  const explicit = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(explicit) && explicit > 0
      ? await tabs.get(explicit).catch(() => undefined)
      : (await tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}
