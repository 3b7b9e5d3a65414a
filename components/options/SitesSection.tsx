import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';

export type SiteNotice =
  { kind: 'invalid'; input: string } | { kind: 'denied' | 'enabled' | 'disabled'; site: string } | null;

export interface SitesSectionProps {
  t: Translate;
  sites: Settings['sites'];
  curated: readonly string[];
  /** The time the pause ends, already formatted for the reader; null when not paused. */
  pausedUntil: string | null;
  notice: SiteNotice;
  onPause: () => void;
  onResume: () => void;
  /** What the reader typed; the page checks it and asks the browser for permission. */
  onEnable: (input: string) => void;
  onDisable: (input: string) => void;
  onForget: (site: string) => void;
  onReenable: (site: string) => void;
}

function SiteList({
  t,
  title,
  sites,
  testId,
  onRemove,
}: {
  t: Translate;
  title: string;
  sites: string[];
  testId: string;
  onRemove: (site: string) => void;
}) {
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      {sites.length === 0 ? (
        <p class="muted">{t('options.sites.none')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={t('options.sites.remove', { site })} onClick={() => onRemove(site)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function noticeText(t: Translate, notice: NonNullable<SiteNotice>): string {
  switch (notice.kind) {
    case 'invalid':
      return t('options.sites.invalid', { input: notice.input });
    case 'denied':
      return t('options.sites.permissionDenied', { site: notice.site });
    case 'enabled':
      return t('options.sites.enabledNow', { site: notice.site });
    case 'disabled':
      return t('options.sites.disabledNow', { site: notice.site });
  }
}

export function SitesSection({
  t,
  sites,
  curated,
  pausedUntil,
  notice,
  onPause,
  onResume,
  onEnable,
  onDisable,
  onForget,
  onReenable,
}: SitesSectionProps) {
  const [input, setInput] = useState('');
  return (
    <section aria-labelledby="sites-heading" data-testid="sites-section">
      <h2 id="sites-heading">{t('options.section.sites')}</h2>
      <p class="muted">{t('options.sites.intro')}</p>
      <p>
        {pausedUntil ? (
          <>
            <span data-testid="paused-until">{t('options.sites.paused', { time: pausedUntil })}</span>{' '}
            <button type="button" onClick={onResume} data-testid="resume">
              {t('options.sites.resume')}
            </button>
          </>
        ) : (
          <button type="button" onClick={onPause} data-testid="pause">
            {t('options.sites.pause')}
          </button>
        )}
      </p>
      <div class="site-form">
        <label for="site-input">{t('options.sites.addLabel')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="example.com"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          data-testid="site-input"
        />
        <button type="button" onClick={() => onEnable(input)} data-testid="site-enable">
          {t('options.sites.enable')}
        </button>
        <button type="button" onClick={() => onDisable(input)} data-testid="site-disable">
          {t('options.sites.disable')}
        </button>
      </div>
      <p role="status" class="notice" data-testid="site-notice">
        {notice ? noticeText(t, notice) : ''}
      </p>
      <SiteList
        t={t}
        title={t('options.sites.enabledHeading')}
        sites={sites.enabled}
        testId="enabled-sites"
        onRemove={onForget}
      />
      <SiteList
        t={t}
        title={t('options.sites.disabledHeading')}
        sites={sites.disabled}
        testId="disabled-sites"
        onRemove={onReenable}
      />
      <details>
        <summary>{t('options.sites.curated', { count: curated.length })}</summary>
        <p class="muted curated">{curated.join(' · ')}</p>
      </details>
    </section>
  );
}
