import type { Translate } from '../../lib/i18n';
import { CATEGORIES, HOVER_DELAY, type Settings } from '../../lib/settings/schema';

export interface DisplaySectionProps {
  t: Translate;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

function Choices<V extends string>({
  legend,
  name,
  value,
  choices,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  choices: readonly V[];
  label: (choice: V) => string;
  onChange: (choice: V) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class="choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
            data-testid={`${name}-${choice}`}
          />
          {label(choice)}
        </label>
      ))}
    </fieldset>
  );
}

export function DisplaySection({ t, settings, onChange }: DisplaySectionProps) {
  return (
    <section aria-labelledby="display-heading" data-testid="display-section">
      <h2 id="display-heading">{t('options.section.display')}</h2>
      <fieldset>
        <legend>{t('options.categories')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="choice">
            <input
              type="checkbox"
              checked={settings.categories[category]}
              onChange={(event) =>
                onChange({ categories: { ...settings.categories, [category]: event.currentTarget.checked } })
              }
              data-testid={`category-${category}`}
            />
            {t(`options.category.${category}`)}
          </label>
        ))}
      </fieldset>
      <Choices
        legend={t('options.marking')}
        name="marking"
        value={settings.marking}
        choices={['first', 'all'] as const}
        label={(choice) => t(`options.marking.${choice}`)}
        onChange={(marking) => onChange({ marking })}
      />
      <Choices
        legend={t('options.style')}
        name="style"
        value={settings.highlightStyle}
        choices={['underline', 'background', 'none'] as const}
        label={(choice) => t(`options.style.${choice}`)}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
      />
      <Choices
        legend={t('options.trigger')}
        name="trigger"
        value={settings.cardTrigger}
        choices={['hover', 'hover-modifier', 'click'] as const}
        label={(choice) => t(`options.trigger.${choice}`)}
        onChange={(cardTrigger) => onChange({ cardTrigger })}
      />
      <div class="range">
        <label for="hover-delay">{t('options.hoverDelay')}</label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY.min}
          max={HOVER_DELAY.max}
          step={HOVER_DELAY.step}
          value={settings.hoverDelayMs}
          disabled={settings.cardTrigger === 'click'}
          aria-valuetext={t('options.hoverDelayValue', { ms: settings.hoverDelayMs })}
          // Saved when the reader lets go, not on every step of the slider.
          onChange={(event) => onChange({ hoverDelayMs: Number(event.currentTarget.value) })}
          data-testid="hover-delay"
        />
        <output for="hover-delay">{t('options.hoverDelayValue', { ms: settings.hoverDelayMs })}</output>
      </div>
    </section>
  );
}
