/**
 * An analysis as drawing channels on a layout: for each leg, the points the path passes through (drawn
 * components only: instances, gateways, NAT gateways, peering connections, ...) and a mark per drawn hop, ✓ when
 * it passed, ✗ where it was blocked (placed on the blocking component, or on the subnet whose NACL or route
 * table blocked). Pure: the view only draws what this returns.
 */
import type { Analysis, PathComponent } from "@/lib/reachability";
import type { Layout } from "./layout";
import type { Topology } from "./topology-graph";

export interface OverlayMark {
  readonly x: number;
  readonly y: number;
  readonly status: "ok" | "blocked";
  readonly anchorId: string;
  readonly leg: "forward" | "return";
}

export interface OverlayLeg {
  readonly leg: "forward" | "return";
  /** Centres of the components passed, except that the first and last sit on their component's border (so
   * the line runs from box edge to box edge, under the boxes, and its arrowhead shows). */
  readonly points: readonly (readonly [number, number])[];
  /** True when the leg ends in a block: the last segment is drawn dashed. */
  readonly blocked: boolean;
}

export interface PathOverlay {
  readonly legs: readonly OverlayLeg[];
  readonly marks: readonly OverlayMark[];
  /** Diagram ids on the path (for aria-current and emphasis). */
  readonly onPath: ReadonlySet<string>;
  readonly blockedAnchor?: string;
}

export const EMPTY_OVERLAY: PathOverlay = { legs: [], marks: [], onPath: new Set() };

export function pathOverlay(analysis: Analysis, topology: Topology, layout: Layout): PathOverlay {
  const nodeAt = new Map(layout.nodes.map((n) => [n.id, [n.x + n.w / 2, n.y + n.h / 2] as const]));
  const subnetAt = new Map(layout.boxes.filter((b) => b.kind === "subnet").map((b) => [b.id, [b.x + b.w / 2, b.y] as const]));
  const anchorOf = (id: string | undefined) => (id ? topology.anchors.get(id) : undefined);
  const pos = (anchor: string) => nodeAt.get(anchor) ?? subnetAt.get(anchor);
  const marks: OverlayMark[] = [];
  const legs: OverlayLeg[] = [];
  const onPath = new Set<string>();
  const explanation = analysis.NetworkPathFound ? undefined : analysis.Explanations[0];
  const blockedOnReturn = !analysis.NetworkPathFound && analysis.ReturnPathComponents.length > 0;
  let blockedAnchor: string | undefined;
  if (explanation) {
    const e = explanation;
    const candidates = [e.NetworkInterface?.Id, e.Component?.Id, e.Subnet?.Id, e.AttachedTo?.Id, e.Vpc?.Id];
    blockedAnchor = candidates.map(anchorOf).find((a): a is string => !!a && !!pos(a));
  }
  const q = analysis.NetworkInsightsPath;

  const walk = (hops: readonly PathComponent[], leg: "forward" | "return", blocked: boolean) => {
    const points: [number, number][] = [];
    const seen: string[] = [];
    const addAnchor = (anchor: string) => {
      const p = pos(anchor);
      if (!p || seen[seen.length - 1] === anchor) return;
      seen.push(anchor);
      points.push([p[0], p[1]]);
      onPath.add(anchor);
    };
    const startsOutside = !!hops[0] && isInternetEdge(topology, anchorOf(hops[0].Component.Id)) && (leg === "return" || anchorOf(q.Source) === anchorOf(hops[0].Component.Id));
    if (startsOutside && topology.internet) addAnchor(topology.internet.id);
    for (const hop of hops) {
      const a = anchorOf(hop.Component.Id);
      if (a && nodeAt.has(a)) addAnchor(a);
    }
    const lastHop = hops[hops.length - 1];
    if (!blocked && lastHop && isInternetEdge(topology, anchorOf(lastHop.Component.Id)) && topology.internet) addAnchor(topology.internet.id);
    if (blocked && blockedAnchor) addAnchor(blockedAnchor);
    for (const a of seen) {
      const p = pos(a) as readonly [number, number];
      const isBlock = blocked && a === blockedAnchor && a === seen[seen.length - 1];
      if (a === topology.internet?.id || subnetAt.has(a) ? isBlock : true) marks.push({ x: p[0], y: p[1], status: isBlock ? "blocked" : "ok", anchorId: a, leg });
    }
    const boxOf = (anchor: string | undefined) => layout.nodes.find((n) => n.id === anchor);
    if (points.length >= 2) {
      const first = boxOf(seen[0]);
      const last = boxOf(seen[seen.length - 1]);
      if (first) points[0] = toBorder(points[0] as [number, number], points[1] as [number, number], first);
      if (last) points[points.length - 1] = toBorder(points[points.length - 1] as [number, number], points[points.length - 2] as [number, number], last);
    }
    legs.push({ leg, points, blocked });
  };
  walk(analysis.ForwardPathComponents, "forward", !!explanation && !blockedOnReturn);
  if (analysis.ReturnPathComponents.length > 0) walk(analysis.ReturnPathComponents, "return", !!explanation && blockedOnReturn);
  // One mark per anchor: a blocked mark wins; the forward leg's marks are kept over the return's.
  const unique = new Map<string, OverlayMark>();
  for (const m of marks) {
    const prior = unique.get(m.anchorId);
    if (!prior || (m.status === "blocked" && prior.status !== "blocked")) unique.set(m.anchorId, m);
  }
  return { legs, marks: [...unique.values()], onPath, ...(blockedAnchor ? { blockedAnchor } : {}) };
}

function isInternetEdge(topology: Topology, anchor: string | undefined): boolean {
  if (!anchor || !topology.internet) return false;
  return topology.links.some((l) => l.kind === "internet" && l.to === anchor);
}

/** The point where the segment from `centre` (inside `box`) towards `toward` crosses the box's border, 3 units out. */
export function toBorder(centre: [number, number], toward: [number, number], box: { x: number; y: number; w: number; h: number }): [number, number] {
  const dx = toward[0] - centre[0];
  const dy = toward[1] - centre[1];
  if (dx === 0 && dy === 0) return centre;
  const tx = dx === 0 ? Infinity : (box.w / 2 + 3) / Math.abs(dx);
  const ty = dy === 0 ? Infinity : (box.h / 2 + 3) / Math.abs(dy);
  const t = Math.min(tx, ty, 1);
  return [Math.round((centre[0] + dx * t) * 10) / 10, Math.round((centre[1] + dy * t) * 10) / 10];
}
