import type { Ref } from 'preact';
import type { Translate } from '../../lib/i18n';

export interface SearchBoxProps {
  value: string;
  t: Translate;
  /** The listbox the arrows move through, and the row highlighted in it. */
  listId: string;
  activeId?: string;
  expanded: boolean;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
  onMove: (by: number) => void;
  onEnter: () => void;
}

/** The combobox: focus stays here while ArrowUp/ArrowDown move the highlighted row (aria-activedescendant). */
export function SearchBox({
  value,
  t,
  listId,
  activeId,
  expanded,
  inputRef,
  onInput,
  onMove,
  onEnter,
}: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    <div class="search-box">
      <label class="visually-hidden" for="round-search">
        {t('search.label')}
      </label>
      <input
        id="round-search"
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        aria-describedby="search-hint"
        placeholder={t('search.placeholder')}
        value={value}
        data-testid="search-input"
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" class="muted search-hint">
        {t('search.hint')}
      </p>
    </div>
  );
}
