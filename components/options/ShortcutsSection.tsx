import type { Translate } from '../../lib/i18n';

export interface Shortcut {
  name: string;
  description: string;
  /** The keys, as the browser reports them; empty when the reader removed them. */
  keys: string;
}

export function ShortcutsSection({
  t,
  shortcuts,
  onChange,
}: {
  t: Translate;
  shortcuts: Shortcut[];
  onChange: (() => void) | null;
}) {
  return (
    <section aria-labelledby="shortcuts-heading" data-testid="shortcuts-section">
      <h2 id="shortcuts-heading">{t('options.section.shortcuts')}</h2>
      <dl class="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.name}>
            <dt>
              {shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="muted">{t('options.shortcut.unset')}</span>}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      {onChange && (
        <p>
          <button type="button" onClick={onChange} data-testid="change-shortcuts">
            {t('options.shortcuts.change')}
          </button>{' '}
          <span class="muted">{t('options.shortcuts.hint')}</span>
        </p>
      )}
    </section>
  );
}
