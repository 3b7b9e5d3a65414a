import type { ResultRow } from '../../lib/search/resultView';
import type { Translate } from '../../lib/i18n';
import { RoundOption } from './RoundOption';

export interface TimelineProps {
  id: string;
  groups: Array<{ year: number; rows: ResultRow[] }>;
  activeId?: string;
  t: Translate;
  onOpen: (id: string) => void;
}

/** Every round, grouped by year, newest year first: browsing without a query, with the same keys as the results. */
export function Timeline({ id, groups, activeId, t, onOpen }: TimelineProps) {
  return (
    <div role="listbox" id={id} aria-label={t('timeline.heading')} class="round-list timeline" data-testid="timeline">
      {groups.map((group) => (
        <div role="group" key={group.year} aria-labelledby={`${id}-year-${group.year}`} data-testid="timeline-year">
          <div id={`${id}-year-${group.year}`} class="timeline-year" aria-hidden="true">
            {t('timeline.year', { year: group.year, count: group.rows.length })}
          </div>
          {group.rows.map((row) => (
            <RoundOption key={row.id} row={row} active={row.id === activeId} compact t={t} onOpen={onOpen} />
          ))}
        </div>
      ))}
    </div>
  );
}
