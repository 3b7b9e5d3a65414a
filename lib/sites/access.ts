import { NEWS_SITE_DOMAINS } from '../page/newsSites';
import type { Settings, SiteHost } from '../settings/schema';

/** The site of a page as the reader names it: its host, lower case, without "www."; null for pages that are not web pages. */
export function siteHostOf(url: string): SiteHost | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return (
    parsed.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '') || null
  );
}

/** Reads what the reader typed ("https://www.example.com/news", "Example.com") as a host, or null. */
export function parseSiteInput(input: string): SiteHost | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const host = siteHostOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return host && /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
}

/** The curated sites, from the same match patterns the manifest declares. */
export const CURATED_HOSTS: readonly SiteHost[] = NEWS_SITE_DOMAINS;

/** A list entry covers its own host and every subdomain (spiegel.de covers www.spiegel.de and m.spiegel.de). */
export function hostCovered(host: SiteHost, entries: readonly SiteHost[]): boolean {
  return entries.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/** Whether a tab's address is on the site or one of its subdomains; false for an unknown address (a closed tab, one Dossier may not read). */
export function tabShowsSite(tabUrl: string | undefined, host: SiteHost): boolean {
  const shown = tabUrl === undefined ? null : siteHostOf(tabUrl);
  return shown !== null && hostCovered(shown, [host]);
}

export type SiteAccess = 'curated' | 'enabled' | 'disabled' | 'not-enabled';

/** Why the extension does or does not work on a site; the reader's off switch wins over everything. */
export function siteAccess(
  host: SiteHost,
  sites: Settings['sites'],
  curated: readonly SiteHost[] = CURATED_HOSTS,
): SiteAccess {
  if (hostCovered(host, sites.disabled)) return 'disabled';
  if (hostCovered(host, curated)) return 'curated';
  if (hostCovered(host, sites.enabled)) return 'enabled';
  return 'not-enabled';
}

export type PageState = 'active' | 'paused' | 'off';

export function isPaused(settings: Pick<Settings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil > now;
}

/** What the extension does on this page right now. */
export function pageState(access: SiteAccess, settings: Pick<Settings, 'pausedUntil'>, now: number): PageState {
  if (access === 'disabled' || access === 'not-enabled') return 'off';
  return isPaused(settings, now) ? 'paused' : 'active';
}

/** Match patterns (and permission origins) for a site and its subdomains, any scheme, any port. */
export function matchPatternsFor(host: SiteHost): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

export const PAUSE_MS = 60 * 60 * 1000;
