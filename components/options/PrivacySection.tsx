import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export function PrivacySection({ t, cleared, onClear }: { t: Translate; cleared: boolean; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="privacy-heading" data-testid="privacy-section">
      <h2 id="privacy-heading">{t('options.section.privacy')}</h2>
      <p>{t('options.privacy')}</p>
      <p class="muted">{t('options.privacy.clearWhat')}</p>
      {/* A destructive action asks once more, in place, rather than in a blocking dialog. */}
      {confirming ? (
        <p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
            data-testid="clear-confirm"
          >
            {t('options.privacy.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options.privacy.cancel')}
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => setConfirming(true)} data-testid="clear-data">
            {t('options.privacy.clear')}
          </button>
        </p>
      )}
      <p role="status" class="notice" data-testid="clear-status">
        {cleared ? t('options.privacy.cleared') : ''}
      </p>
    </section>
  );
}
