/**
 * A mention's text as lists show it (the popup's "on this page"): the page's own invisible characters
 * removed and the length bounded. A page may put a soft hyphen between every letter of a name, or
 * thousands of them; the name is still the name, and one long surface must not make the whole list
 * fail its check on the way to the popup.
 */
export const MAX_SURFACE_LENGTH = 300;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

export function listedSurface(text: string): string {
  const visible = text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  return visible.length <= MAX_SURFACE_LENGTH ? visible : `${visible.slice(0, MAX_SURFACE_LENGTH - 1)}…`;
}
