import type { Translate } from '../lib/i18n';

export type SiteControlState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | {
      status: 'active' | 'disabled' | 'not-enabled';
      site: string;
      pausedUntil: string | null;
      denied?: boolean;
      saveFailed?: boolean;
    };

export interface SiteControlProps {
  t: Translate;
  state: SiteControlState;
  onTurnOn: () => void;
  onTurnOff: () => void;
  onPause: () => void;
  onResume: () => void;
}

/** The popup's switch for the site in the active tab, and the pause for every site. */
export function SiteControl({ t, state, onTurnOn, onTurnOff, onPause, onResume }: SiteControlProps) {
  if (state.status === 'loading') return null;
  return (
    <section aria-labelledby="site-heading" data-testid="site-control">
      <h2 id="site-heading">{t('popup.site.heading')}</h2>
      {state.status === 'unsupported' ? (
        <p class="muted">{t('popup.site.unsupported')}</p>
      ) : (
        <>
          <p data-testid="site-state">
            {state.status === 'active'
              ? t('popup.site.active', { site: state.site })
              : state.status === 'disabled'
                ? t('popup.site.disabled', { site: state.site })
                : t('popup.site.notEnabled', { site: state.site })}
            {state.pausedUntil && <> {t('popup.site.paused', { time: state.pausedUntil })}</>}
          </p>
          {state.denied && <p role="alert">{t('options.sites.permissionDenied', { site: state.site })}</p>}
          {state.saveFailed && (
            <p role="alert" data-testid="site-save-failed">
              {t('popup.site.saveFailed')}
            </p>
          )}
          <p class="button-row">
            {state.status === 'active' ? (
              <button type="button" onClick={onTurnOff} data-testid="site-turn-off">
                {t('popup.site.turnOff')}
              </button>
            ) : (
              <button type="button" onClick={onTurnOn} data-testid="site-turn-on">
                {t('popup.site.turnOn')}
              </button>
            )}{' '}
            {state.pausedUntil ? (
              <button type="button" onClick={onResume} data-testid="popup-resume">
                {t('options.sites.resume')}
              </button>
            ) : (
              <button type="button" onClick={onPause} data-testid="popup-pause">
                {t('options.sites.pause')}
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
