import type { Worker } from 'playwright-core';

/** Calls the test build's service-worker seam (see entrypoints/background.ts). */
export function seam<T>(worker: Worker, method: string, ...args: unknown[]): Promise<T> {
  return worker.evaluate(
    ({ name, values }) =>
      (globalThis as unknown as { dossierTest: Record<string, (...args: unknown[]) => unknown> }).dossierTest[name]!(
        ...values,
      ),
    { name: method, values: args },
  ) as Promise<T>;
}

/** The id of the browser tab showing a URL, as the extension sees it. */
export function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (wanted) => {
    const tabsApi = (
      globalThis as unknown as {
        chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).chrome.tabs;
    const tab = (await tabsApi.query({})).find((candidate) => candidate.url === wanted);
    if (tab?.id === undefined) throw new Error(`no tab shows ${wanted}`);
    return tab.id;
  }, url);
}
