export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function sign(p: Point, a: Point, b: Point): number {
  return (p.x - b.x) * (a.y - b.y) - (a.x - b.x) * (p.y - b.y);
}

/**
 * The "safe triangle" between where the pointer left the mention and the
 * card's near edge: while the pointer travels inside it towards the card, the
 * card stays open even if the path crosses other words.
 */
export function inSafeTriangle(origin: Point, point: Point, card: Box): boolean {
  const below = card.top >= origin.y;
  const edgeY = below ? card.top : card.bottom;
  const a = { x: card.left, y: edgeY };
  const b = { x: card.right, y: edgeY };
  const d1 = sign(point, origin, a);
  const d2 = sign(point, a, b);
  const d3 = sign(point, b, origin);
  const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNegative && hasPositive);
}
