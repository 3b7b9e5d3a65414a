import type { ResultRow } from '../../lib/search/resultView';
import type { Translate } from '../../lib/i18n';
import { Marked } from './Marked';

export const optionId = (roundId: string) => `round-option-${roundId}`;

/**
 * One round as a listbox option: title, when · where · format, who led, what came of it.
 * The timeline shows the first two lines only: denser to browse, half the nodes to paint.
 */
export function RoundOption({
  row,
  active,
  compact = false,
  t,
  onOpen,
}: {
  row: ResultRow;
  active: boolean;
  compact?: boolean;
  t: Translate;
  onOpen: (id: string) => void;
}) {
  return (
    <div
      role="option"
      id={optionId(row.id)}
      aria-selected={active}
      class={active ? 'round-option active' : 'round-option'}
      data-testid="search-result"
      data-round-id={row.id}
      onClick={() => onOpen(row.id)}
    >
      <span class="round-title">
        <Marked segments={row.title} />
      </span>
      <span class="round-meta" data-testid="result-meta">
        {row.when}
        {row.where && (
          <>
            {' · '}
            <Marked segments={row.where} />
          </>
        )}
        {' · '}
        {row.format}
      </span>
      {!compact && row.heads && (
        <span class="round-heads">
          {t('result.heads')} <Marked segments={row.heads} />
        </span>
      )}
      {!compact && row.outcome && (
        <span class="round-outcome">
          <Marked segments={row.outcome} />
        </span>
      )}
    </div>
  );
}
