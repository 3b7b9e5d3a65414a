import type { Request } from './protocol';

/** What the background reads of `runtime.MessageSender`. */
export interface SenderInfo {
  id?: string;
  /** The sending document's address: one of Dossier's pages, or the web page a content script runs in. */
  url?: string;
  /** Set when the sender is a document in a tab: a content script, or one of Dossier's pages opened as a tab. */
  tab?: { id?: number };
}

/**
 * Who may send a message, beyond being this extension (which content scripts
 * are too, so a compromised page could speak through ours):
 * - `any`: any of the extension's contexts; reading, or harmless on purpose;
 * - `extension-page`: only Dossier's own pages (popup, options, entry), whose
 *   address lies under the extension's origin: everything that changes what is
 *   stored or where Dossier runs;
 * - `tab`: only a document in a tab, whose tab the answer is about.
 */
export type SenderRequirement = 'any' | 'extension-page' | 'tab';

export const SENDER_POLICY: { readonly [T in Request['type']]: SenderRequirement } = {
  'entity-card': 'any',
  'round-view': 'any',
  'report-error': 'any',
  'dataset-info': 'any',
  lexicon: 'any',
  settings: 'any',
  'search-catalog': 'any',
  // Opens Dossier's entry page (its query validated) beside the tab: what a card's button does.
  'open-entry': 'any',
  'page-state': 'tab',
  'import-dataset': 'extension-page',
  'reset-dataset': 'extension-page',
  'enable-site': 'extension-page',
  'forget-site': 'extension-page',
  'clear-local-data': 'extension-page',
};

/**
 * Whether the sender is one of Dossier's pages. `extensionOrigin` is
 * `runtime.getURL('/')`; without it no sender counts as one. The slash that
 * ends it keeps `chrome-extension://<id>-other/` out.
 */
export function isExtensionPage(sender: SenderInfo, extensionOrigin: string | undefined): boolean {
  if (!extensionOrigin || sender.url === undefined) return false;
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url.startsWith(base);
}

/** Why this sender may not send a message of this type, or null when it may. */
export function senderRefusal(
  type: Request['type'],
  sender: SenderInfo,
  extensionOrigin: string | undefined,
): string | null {
  switch (SENDER_POLICY[type]) {
    case 'any':
      return null;
    case 'tab':
      return sender.tab?.id === undefined ? `${type} is accepted only from a tab` : null;
    case 'extension-page':
      return isExtensionPage(sender, extensionOrigin) ? null : `${type} is accepted only from Dossier's own pages`;
  }
}
