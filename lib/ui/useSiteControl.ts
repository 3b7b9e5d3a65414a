import { useEffect, useState } from 'preact/hooks';
import type { SiteControlProps, SiteControlState } from '../../components/SiteControl';
import type { Language } from '../dataset/schema';
import { dateTimeFormat } from '../i18n/format';
import { request, type SendMessage } from '../messaging/client';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import {
  CURATED_HOSTS,
  hostCovered,
  isPaused,
  matchPatternsFor,
  PAUSE_MS,
  siteAccess,
  siteHostOf,
} from '../sites/access';
import type { Translate } from '../i18n';
import { safeDelay } from '../time/safeDelay';

export interface SiteControlEnvironment {
  store: SettingsStore;
  send: SendMessage;
  /** The tab the popup acts on: its id and address, or null when there is none. */
  tab: { id: number; url: string } | null;
  /** Must run inside the click that asked for it: browsers only prompt during a user gesture. */
  requestPermission: (origins: string[]) => Promise<boolean>;
  now: () => number;
  curatedHosts?: readonly string[];
}

const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** A time of day in the reader's language ("14:05"), for when a pause ends. */
export function formatTime(epochMs: number, lang: Language): string {
  return dateTimeFormat(lang, HOUR_MINUTE).format(new Date(epochMs));
}

/** The site switch's state for the popup's tab and what its buttons do. */
export function useSiteControl(
  env: SiteControlEnvironment,
  settings: Settings | null,
  lang: Language,
  t: Translate,
): SiteControlProps {
  const [denied, setDenied] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [, rerender] = useState(0);
  // The pause ends by itself; show that without the reader reopening the popup.
  useEffect(() => {
    if (!settings?.pausedUntil) return;
    const timer = setTimeout(() => rerender((count) => count + 1), safeDelay(settings.pausedUntil - env.now() + 50));
    return () => clearTimeout(timer);
  }, [settings?.pausedUntil]);

  const site = env.tab ? siteHostOf(env.tab.url) : null;
  const curated = env.curatedHosts ?? CURATED_HOSTS;
  let state: SiteControlState = { status: 'loading' };
  if (settings && !site) state = { status: 'unsupported' };
  if (settings && site) {
    const access = siteAccess(site, settings.sites, curated);
    const pausedUntil =
      isPaused(settings, env.now()) && settings.pausedUntil !== null ? formatTime(settings.pausedUntil, lang) : null;
    state = {
      status: access === 'curated' || access === 'enabled' ? 'active' : access,
      site,
      pausedUntil,
      denied,
      saveFailed,
    };
  }

  // storage.sync can refuse a write (quota, a broken profile): say so rather than leave a rejection unhandled.
  const update = (patch: (current: Settings) => Partial<Settings>) =>
    void env.store.update(patch).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  return {
    t,
    state,
    onTurnOff: () => {
      if (site)
        update((current) => ({
          sites: { ...current.sites, disabled: [...new Set([...current.sites.disabled, site])] },
        }));
    },
    onTurnOn: () => {
      if (!site || !settings) return;
      const withoutOff = {
        ...settings.sites,
        disabled: settings.sites.disabled.filter((entry) => !hostCovered(site, [entry])),
      };
      if (siteAccess(site, withoutOff, curated) !== 'not-enabled') {
        update((current) => ({
          sites: { ...current.sites, disabled: current.sites.disabled.filter((entry) => !hostCovered(site, [entry])) },
        }));
        return;
      }
      // Asked first, before any other await, so the browser still sees the reader's click.
      void env.requestPermission(matchPatternsFor(site)).then(async (granted) => {
        const answer = granted
          ? await request(env.send, { type: 'enable-site', host: site, ...(env.tab ? { tabId: env.tab.id } : {}) })
          : null;
        setDenied(!(answer?.ok === true && answer.enabled));
      });
    },
    onPause: () => update(() => ({ pausedUntil: env.now() + PAUSE_MS })),
    onResume: () => update(() => ({ pausedUntil: null })),
  };
}
