/** Whether text sits on a light or a dark background, so the highlight stays readable on both. */
export type Tone = 'light' | 'dark';

/** Relative luminance of a CSS rgb()/rgba() colour, 0 (black) to 1 (white); null when it cannot be read. */
export function luminanceOf(color: string): number | null {
  const channels = color.match(/[\d.]+/g)?.map(Number);
  if (!channels || channels.length < 3) return null;
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const unit = value / 255;
    return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The text's own colour tells the background's tone more cheaply and more
 * reliably than walking up for a background (images, gradients, transparent
 * layers): light text is set on a dark page.
 */
export function toneOfText(element: Element, computedStyle: (element: Element) => CSSStyleDeclaration): Tone {
  const luminance = luminanceOf(computedStyle(element).color);
  return luminance !== null && luminance > 0.45 ? 'dark' : 'light';
}
