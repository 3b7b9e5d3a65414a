import type { Entity, IsoDate, Role } from '../dataset/schema';

/**
 * The roles a person held on `date`, most recently started first. A role with
 * no end date is still held. ISO dates compare correctly as strings.
 */
export function rolesOn(entity: Pick<Entity, 'roles'>, date: IsoDate): Role[] {
  return entity.roles
    .filter((role) => role.from <= date && (role.to === undefined || date <= role.to))
    .sort((a, b) => b.from.localeCompare(a.from));
}

/** `YYYY-MM-DD` of a Date in UTC; articles are dated to the day. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
