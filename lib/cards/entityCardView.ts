import type { Entity, IsoDate, Language } from '../dataset/schema';
import type { EntityCardView } from '../messaging/protocol';
import { rolesOn } from '../time/roles';

/** What a card shows for an entity as of the article's date, in the reader's language. */
export function entityCardView(entity: Entity, asOf: IsoDate, lang: Language): EntityCardView {
  const roles = rolesOn(entity, asOf);
  const roleSources = roles.flatMap((role) => role.sources);
  const seen = new Set<string>();
  const sources = [...roleSources, ...entity.sources].filter((source) => !seen.has(source.url) && seen.add(source.url));
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name[lang],
    summary: entity.summary[lang],
    asOf,
    roles: roles.map((role) => ({ title: role.title[lang], from: role.from, to: role.to })),
    sources,
  };
}
