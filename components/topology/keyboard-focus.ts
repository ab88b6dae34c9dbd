/**
 * Arrow-key movement between diagram components (roving tabindex): from the focused component to the nearest
 * one in the arrow's direction (within a 45° cone of it, measured between centres, sideways distance weighted
 * double); when none lies that way, the next (Right/Down) or previous (Left/Up) in reading order, so every
 * component stays reachable. Home and End go to the first and last in reading order. Pure.
 */
export interface Focusable {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End";

export function isNavKey(key: string): key is NavKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "ArrowLeft" || key === "ArrowRight" || key === "Home" || key === "End";
}

export function nextFocus(items: readonly Focusable[], currentId: string | undefined, key: NavKey): string | undefined {
  if (items.length === 0) return undefined;
  if (key === "Home") return items[0]?.id;
  if (key === "End") return items[items.length - 1]?.id;
  const current = items.find((i) => i.id === currentId);
  if (!current) return items[0]?.id;
  const cx = current.x + current.w / 2;
  const cy = current.y + current.h / 2;
  let best: Focusable | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    if (item.id === current.id) continue;
    const dx = item.x + item.w / 2 - cx;
    const dy = item.y + item.h / 2 - cy;
    const [along, across] = key === "ArrowRight" ? [dx, dy] : key === "ArrowLeft" ? [-dx, dy] : key === "ArrowDown" ? [dy, dx] : [-dy, dx];
    if (along <= 0.5 || Math.abs(across) > along) continue;
    const score = along + 2 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = item;
    }
  }
  if (best) return best.id;
  // Nothing that way: step through reading order so every component stays reachable.
  const index = items.indexOf(current);
  const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : -1;
  return items[index + step]?.id ?? current.id;
}
