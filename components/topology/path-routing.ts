/**
 * How a path line gets from one drawn component to the next without running through the drawing of a VPC it
 * does not pass: between a component inside a VPC and a peering connection or transit gateway (or another
 * VPC), the line leaves its VPC along the drawn link and runs in the free lane below the VPCs (wide) or in the
 * right-hand gutter (compact). Pure geometry on a layout.
 */
import type { Layout } from "./layout";

type Point = readonly [number, number];
type Box = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };

/** Whether the segment a–b runs through the inside of `box` (more than 1 unit in; touching the border is not crossing). */
export function crossesBox(a: Point, b: Point, box: Box): boolean {
  const x0 = box.x + 1;
  const y0 = box.y + 1;
  const x1 = box.x + box.w - 1;
  const y1 = box.y + box.h - 1;
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky clipping of the segment against the inset box.
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-9;
}

/**
 * The bends of a path line from anchor `a` (at `pa`) to anchor `b` (at `pb`), without the two ends. When a drawn
 * link joins them (a VPC or one of its components to a peering connection or transit gateway, a gateway to the
 * internet or on-premises) the line follows that link; between components of two different VPCs that no link
 * joins it leaves the first VPC, runs in a free lane and enters the second; otherwise it is straight.
 * `vpcOf` gives the VPC a drawn anchor is in or on.
 */
export function routeBetween(a: string, pa: Point, b: string, pb: Point, layout: Layout, vpcOf: (anchor: string) => string | undefined): Point[] {
  const va = vpcOf(a);
  const vb = vpcOf(b);
  const joins = (l: Layout["links"][number], from: string, fromVpc: string | undefined, to: string) => l.to === to && (l.from === from || (!!fromVpc && l.from === fromVpc));
  const forward = layout.links.find((l) => joins(l, a, va, b));
  if (forward) return [...forward.points];
  const backward = layout.links.find((l) => joins(l, b, vb, a));
  if (backward) return [...backward.points].reverse();
  if (!va || !vb || va === vb) return [];
  const boxA = layout.boxes.find((x) => x.id === va);
  const boxB = layout.boxes.find((x) => x.id === vb);
  if (!boxA || !boxB) return [];
  const clampX = (x: number, box: { x: number; w: number }) => Math.min(Math.max(x, box.x + 20), box.x + box.w - 20);
  if (layout.mode === "wide") {
    const xa = clampX(pa[0], boxA);
    const xb = clampX(pb[0], boxB);
    const lane = layout.lanes.below;
    return [[xa, boxA.y + boxA.h], [xa, lane], [xb, lane], [xb, boxB.y + boxB.h]];
  }
  const lane = layout.lanes.right;
  return [[boxA.x + boxA.w, pa[1]], [lane, pa[1]], [lane, pb[1]], [boxB.x + boxB.w, pb[1]]];
}
