import type { Entity, IsoDate, Role } from '../dataset/schema';
import { earliestDay, roleHeldOn } from '../dataset/dates';

/** The roles a person held on `date`, most recently started first. A role with no end date is still held; one that ends on `date` is not (ends are exclusive). */
export function rolesOn(entity: Pick<Entity, 'roles'>, date: IsoDate): Role[] {
  return entity.roles
    .filter((role) => roleHeldOn(role.from, role.to, date))
    .sort((a, b) => earliestDay(b.from).localeCompare(earliestDay(a.from)));
}

/** `YYYY-MM-DD` of a Date in UTC; articles are dated to the day. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
