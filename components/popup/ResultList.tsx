import type { ResultRow } from '../../lib/search/resultView';
import type { Translate } from '../../lib/i18n';
import { RoundOption } from './RoundOption';

export interface ResultListProps {
  id: string;
  rows: ResultRow[];
  activeId?: string;
  label: string;
  t: Translate;
  onOpen: (id: string) => void;
}

/** Search results, best first: a listbox the search box drives. */
export function ResultList({ id, rows, activeId, label, t, onOpen }: ResultListProps) {
  return (
    <div role="listbox" id={id} aria-label={label} class="round-list" data-testid="result-list">
      {rows.map((row) => (
        <RoundOption key={row.id} row={row} active={row.id === activeId} t={t} onOpen={onOpen} />
      ))}
    </div>
  );
}
