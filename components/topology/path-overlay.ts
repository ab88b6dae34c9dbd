/**
 * An analysis as drawing channels on a layout: for each leg, the points the path passes through (drawn
 * components only: instances, gateways, NAT gateways, peering connections, ...) and a mark per drawn hop, ✓ when
 * it passed, ✗ where it was blocked (placed on the blocking component, or on the subnet whose NACL or route
 * table blocked). Pure: the view only draws what this returns.
 */
import type { Analysis, PathComponent } from "@/lib/reachability";
import type { Layout } from "./layout";
import { routeBetween } from "./path-routing";
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
  /** True when the leg ends in a block: the last hop (from `lastHopStart` on) is drawn dashed. */
  readonly blocked: boolean;
  /** Index in `points` where the last hop starts (the line into the last component passed). */
  readonly lastHopStart: number;
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
  // A component drawn once per subnet (load balancer nodes, interface endpoints): the hop's subnet says which one.
  const perSubnet = new Map<string, string>();
  for (const n of layout.nodes) if (n.node.subnetId) for (const id of n.node.componentIds) perSubnet.set(`${id}@${n.node.subnetId}`, n.id);
  const anchorIn = (id: string | undefined, subnetId: string | undefined) => (id && subnetId ? perSubnet.get(`${id}@${subnetId}`) : undefined) ?? anchorOf(id);
  const pos = (anchor: string) => nodeAt.get(anchor) ?? subnetAt.get(anchor);
  const vpcOfAnchor = vpcOfAnchors(topology);
  const marks: OverlayMark[] = [];
  const legs: OverlayLeg[] = [];
  const onPath = new Set<string>();
  const explanation = analysis.NetworkPathFound ? undefined : analysis.Explanations[0];
  const blockedOnReturn = !analysis.NetworkPathFound && analysis.ReturnPathComponents.length > 0;
  let blockedAnchor: string | undefined;
  if (explanation) {
    const e = explanation;
    const candidates = [anchorOf(e.NetworkInterface?.Id), anchorIn(e.Component?.Id, e.Subnet?.Id), anchorOf(e.Subnet?.Id), anchorOf(e.AttachedTo?.Id), anchorOf(e.Vpc?.Id)];
    blockedAnchor = candidates.find((a): a is string => !!a && !!pos(a));
  }
  const q = analysis.NetworkInsightsPath;

  const walk = (hops: readonly PathComponent[], leg: "forward" | "return", blocked: boolean) => {
    const seen: string[] = [];
    const addAnchor = (anchor: string) => {
      const p = pos(anchor);
      if (!p || seen[seen.length - 1] === anchor) return;
      seen.push(anchor);
      onPath.add(anchor);
    };
    const startsOutside = !!hops[0] && isInternetEdge(topology, anchorOf(hops[0].Component.Id)) && (leg === "return" || anchorOf(q.Source) === anchorOf(hops[0].Component.Id));
    if (startsOutside && topology.internet) addAnchor(topology.internet.id);
    for (const hop of hops) {
      const a = anchorIn(hop.Component.Id, hop.Subnet?.Id);
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
    // The centres of the components passed, with the bends that keep the line out of VPCs it does not pass.
    const points: [number, number][] = [];
    let lastHopStart = 0;
    seen.forEach((anchor, i) => {
      const p = pos(anchor) as readonly [number, number];
      if (i > 0) {
        const prev = seen[i - 1] as string;
        lastHopStart = points.length - 1;
        for (const bend of routeBetween(prev, pos(prev) as readonly [number, number], anchor, p, layout, (a) => vpcOfAnchor.get(a))) points.push([bend[0], bend[1]]);
      }
      points.push([p[0], p[1]]);
    });
    const boxOf = (anchor: string | undefined) => layout.nodes.find((n) => n.id === anchor);
    if (points.length >= 2) {
      const first = boxOf(seen[0]);
      const last = boxOf(seen[seen.length - 1]);
      if (first) points[0] = toBorder(points[0] as [number, number], points[1] as [number, number], first);
      if (last) points[points.length - 1] = toBorder(points[points.length - 1] as [number, number], points[points.length - 2] as [number, number], last);
    }
    // A bend that the border point landed on is dropped, so no segment has zero length (the arrowhead needs a direction).
    const drawn: [number, number][] = [];
    points.forEach((p, i) => {
      const prior = drawn[drawn.length - 1];
      if (prior && prior[0] === p[0] && prior[1] === p[1]) {
        if (i <= lastHopStart) lastHopStart--;
        return;
      }
      drawn.push(p);
    });
    legs.push({ leg, points: drawn, blocked, lastHopStart: Math.max(0, Math.min(lastHopStart, drawn.length - 2)) });
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

/** The VPC of each drawn anchor (a node in or on a VPC, or a subnet). */
export function vpcOfAnchors(topology: Topology): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of topology.vpcs) {
    for (const n of [...v.topEdge, ...v.bottomEdge]) map.set(n.id, v.id);
    for (const az of v.azs)
      for (const s of az.subnets) {
        map.set(s.id, v.id);
        for (const n of s.nodes) map.set(n.id, v.id);
      }
  }
  return map;
}
