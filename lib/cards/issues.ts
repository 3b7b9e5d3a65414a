import type { IssueTopic } from '../dataset/schema';
import type { PositionView } from './viewSchemas';

export interface IssueRow {
  topic: IssueTopic;
  own: PositionView;
  /** The other party's stance on the same issue then, if it stated one. */
  other?: PositionView;
}

/**
 * One row per issue: the side's own stance beside the other party's, so the
 * reader sees both at the same date. The newest own position leads each issue.
 */
export function issueRows(
  own: readonly PositionView[],
  counterpart: readonly PositionView[],
  limit = Number.POSITIVE_INFINITY,
): IssueRow[] {
  const rows: IssueRow[] = [];
  const used = new Set<IssueTopic>();
  for (const position of own) {
    const topic = position.topics.find((candidate) => !used.has(candidate));
    if (!topic) continue;
    used.add(topic);
    const other = counterpart.find((candidate) => candidate.topics.includes(topic));
    rows.push({ topic, own: position, ...(other ? { other } : {}) });
    if (rows.length >= limit) break;
  }
  return rows;
}
