import type { Dataset, Entity } from './schema';
import { foldAlias } from '../text/fold';
import { earliestDay, endsBeforeStart, latestDay } from './dates';

/**
 * Checks that span rows and tables: every id points somewhere, no span ends
 * before it starts, no office has two holders at once, and an alias shared by
 * two entities says so on both sides (so the matcher has a rule to choose).
 * Each problem names the table, the row's id and the field.
 */
export function checkIntegrity(dataset: Dataset): string[] {
  const problems: string[] = [];
  const entityIds = new Set(dataset.entities.map((entity) => entity.id));
  const roundIds = new Set(dataset.rounds.map((round) => round.id));
  const seriesIds = new Set(dataset.series.map((series) => series.id));
  const positionIds = new Set(dataset.positions.map((position) => position.id));

  const seen = new Map<string, string>();
  const claim = (table: string, id: string) => {
    const owner = seen.get(id);
    if (owner) problems.push(`${table} ${id}: id: already used in ${owner}`);
    else seen.set(id, table);
  };
  dataset.entities.forEach((entity) => claim('entities', entity.id));
  dataset.series.forEach((series) => claim('series', series.id));
  dataset.rounds.forEach((round) => claim('rounds', round.id));
  dataset.positions.forEach((position) => claim('positions', position.id));
  dataset.offices.forEach((office) => claim('offices', office.id));

  const refer = (where: string, field: string, id: string | undefined, known: Set<string>, what: string) => {
    if (id !== undefined && !known.has(id)) problems.push(`${where}: ${field}: unknown ${what} "${id}"`);
  };

  for (const entity of dataset.entities) {
    const where = `entities ${entity.id}`;
    refer(where, 'side', entity.side, entityIds, 'entity');
    refer(where, 'within', entity.within, entityIds, 'entity');
    entity.roles.forEach((role, index) => {
      if (endsBeforeStart(role.from, role.to))
        problems.push(`${where}: roles[${index}].to: ends before it starts (${role.from} → ${role.to})`);
    });
    entity.aliases.forEach((alias, index) =>
      alias.ambiguousWith.forEach((other) =>
        refer(where, `aliases[${index}].ambiguousWith`, other, entityIds, 'entity'),
      ),
    );
  }

  for (const round of dataset.rounds) {
    const where = `rounds ${round.id}`;
    if (endsBeforeStart(round.start, round.end))
      problems.push(`${where}: end: ends before it starts (${round.start} → ${round.end})`);
    refer(where, 'series', round.series, seriesIds, 'series');
    refer(where, 'place', round.place, entityIds, 'entity');
    round.parties.forEach((id) => refer(where, 'parties', id, entityIds, 'entity'));
    round.hosts.forEach((id) => refer(where, 'hosts', id, entityIds, 'entity'));
    round.mediators.forEach((id) => refer(where, 'mediators', id, entityIds, 'entity'));
    round.delegations.forEach((delegation, index) => {
      refer(where, `delegations[${index}].party`, delegation.party, entityIds, 'entity');
      [...delegation.heads, ...delegation.members].forEach((id) =>
        refer(where, `delegations[${index}]`, id, entityIds, 'entity'),
      );
    });
  }

  for (const position of dataset.positions) {
    const where = `positions ${position.id}`;
    if (endsBeforeStart(position.from, position.to))
      problems.push(`${where}: to: ends before it starts (${position.from} → ${position.to})`);
    refer(where, 'party', position.party, entityIds, 'entity');
    refer(where, 'round', position.round, roundIds, 'round');
    refer(where, 'supersededBy', position.supersededBy, positionIds, 'position');
    position.statedBy.forEach((id) => refer(where, 'statedBy', id, entityIds, 'entity'));
  }

  problems.push(...officeOverlaps(dataset.entities), ...aliasClashes(dataset));
  return problems;
}

/**
 * Two holders of one office at once. Read at each date's own precision: a
 * successor may start on the day (or in the month) the predecessor leaves.
 */
function officeOverlaps(entities: Entity[]): string[] {
  const holders = new Map<string, Array<{ person: string; from: string; to?: string }>>();
  for (const entity of entities) {
    for (const role of entity.roles) {
      if (!role.office) continue;
      holders.set(role.office, [
        ...(holders.get(role.office) ?? []),
        { person: entity.id, from: role.from, to: role.to },
      ]);
    }
  }
  // Ends are exclusive (the first day no longer held): the later holder may start on the earlier one's end day, not before.
  const startsBeforeEnd = (from: string, to: string | undefined) =>
    to === undefined || latestDay(from) < earliestDay(to);
  const problems: string[] = [];
  for (const [office, list] of holders) {
    list.sort((a, b) => earliestDay(a.from).localeCompare(earliestDay(b.from)));
    list.forEach((earlier, index) => {
      for (const later of list.slice(index + 1)) {
        if (later.person !== earlier.person && startsBeforeEnd(later.from, earlier.to)) {
          problems.push(
            `entities ${later.person}: roles (office ${office}): held at the same time as ${earlier.person} (${earlier.from}–${earlier.to ?? 'open'} and ${later.from}–${later.to ?? 'open'})`,
          );
        }
      }
    });
  }
  return problems;
}

/** An alias text claimed by two entities must name the other in ambiguousWith, on both sides. */
function aliasClashes(dataset: Dataset): string[] {
  const owners = new Map<string, Array<{ entity: Entity; ambiguousWith: string[] }>>();
  for (const entity of dataset.entities) {
    for (const alias of entity.aliases) {
      const key = foldAlias(alias.text);
      const list = owners.get(key) ?? [];
      if (!list.some((owner) => owner.entity.id === entity.id))
        list.push({ entity, ambiguousWith: alias.ambiguousWith });
      owners.set(key, list);
    }
  }
  const problems: string[] = [];
  for (const [text, list] of owners) {
    if (list.length < 2) continue;
    for (const owner of list) {
      const others = list.filter((other) => other.entity.id !== owner.entity.id).map((other) => other.entity.id);
      const missing = others.filter((other) => !owner.ambiguousWith.includes(other));
      if (missing.length > 0)
        problems.push(
          `entities ${owner.entity.id}: aliases "${text}": also claimed by ${missing.join(', ')} without ambiguousWith`,
        );
    }
  }
  return problems;
}
