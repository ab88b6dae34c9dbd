/**
 * Positions for a topology, in the conventions of AWS architecture diagrams: a Region box holding the VPCs; in
 * each VPC one column per Availability Zone, subnets in their AZ (public first, tiers aligned across AZs);
 * instances and other interfaces inside subnets; internet-side gateways on the VPC's top edge, virtual private
 * gateways on its bottom edge; peering connections and transit gateways in a band below the VPCs; the internet
 * above the Region and the on-premises site below it.
 *
 * Two arrangements (see README.md, "Layout"): `wide` (VPCs side by side, AZ columns side by side) and
 * `compact` (everything stacked in one 360-unit column, for phones). Both are drawn in user units meant to be
 * shown at about 1 unit = 1 CSS pixel; the view picks the arrangement that keeps text at 11 px or more.
 * Pure and deterministic: same topology, same numbers.
 */
import { inactivePeeringText } from "@/components/network/peering-state";
import type { NodeKind, Topology, TopologyLink, TopologyNode } from "./topology-graph";

export type LayoutMode = "wide" | "compact";

export interface LayoutBox {
  readonly id: string;
  readonly kind: "region" | "vpc" | "az" | "subnet";
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly label: string;
  readonly sublabel?: string;
  /** Subnets only: "Public" or "Private", always written (colour is never the only cue). */
  readonly badge?: string;
  readonly isPublic?: boolean;
}

export interface LayoutNode {
  readonly id: string;
  readonly node: TopologyNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Two lines of text, already fitted to the width. */
  readonly title: string;
  readonly detail: string;
}

export interface LayoutLink {
  readonly from: string;
  readonly to: string;
  readonly kind: TopologyLink["kind"];
  /** A link to a connection that is not active yet (pending acceptance): drawn dashed and greyed. */
  readonly pending?: boolean;
  /** Orthogonal where it must be, so that no link runs through the drawing of a VPC it does not belong to. */
  readonly points: readonly (readonly [number, number])[];
}

export interface Layout {
  readonly mode: LayoutMode;
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly LayoutBox[];
  /** In reading order (top to bottom, left to right): the keyboard order. */
  readonly nodes: readonly LayoutNode[];
  readonly links: readonly LayoutLink[];
  /**
   * Free lanes for a path line between two VPCs that no drawn link joins: `below` is a y under every VPC (wide),
   * `right` an x to the right of every VPC (compact).
   */
  readonly lanes: { readonly below: number; readonly right: number };
}

/** Font size of node and box text, in user units. */
export const FONT_SIZE = 13;
/** The compact arrangement's width: one column, about a phone's width. */
export const COMPACT_WIDTH = 360;
/** Smallest on-screen text the view accepts before switching to the compact arrangement. */
export const MIN_FONT_PX = 11;

const NODE_H = 46;
const GAP = 10;
const PAD = 10;
const SUBNET_HEAD = 40;
const AZ_HEAD = 26;
const VPC_HEAD = 50;
const REGION_HEAD = 34;
const EDGE_W = 132;
const OUTSIDE_H = 44;
const CHAR_W = 8; // advance of a bold 13-unit system sans-serif character, with room to spare
const DETAIL_CHAR_W = 6.6; // the 12-unit detail line

const KIND_TEXT: Record<NodeKind, string> = {
  instance: "EC2",
  "network-interface": "ENI",
  "nat-gateway": "NAT",
  "vpc-endpoint": "Endpoint",
  "load-balancer": "ELB",
  "transit-gateway-attachment": "TGW att.",
  "internet-gateway": "IGW",
  "egress-only-internet-gateway": "EIGW",
  "gateway-endpoint": "Gateway endpoint",
  "vpn-gateway": "VGW",
  "vpc-peering-connection": "Peering",
  "transit-gateway": "TGW",
  internet: "",
  "on-premises": "",
};

/** A readable name for a kind, for screen readers and tables. */
export const KIND_NAMES: Record<NodeKind, string> = {
  instance: "EC2 instance",
  "network-interface": "network interface",
  "nat-gateway": "NAT gateway",
  "vpc-endpoint": "VPC endpoint",
  "load-balancer": "load balancer node",
  "transit-gateway-attachment": "transit gateway attachment",
  "internet-gateway": "internet gateway",
  "egress-only-internet-gateway": "egress-only internet gateway",
  "gateway-endpoint": "gateway endpoint",
  "vpn-gateway": "virtual private gateway",
  "vpc-peering-connection": "VPC peering connection",
  "transit-gateway": "transit gateway",
  internet: "the internet",
  "on-premises": "on-premises network",
};

/** Cuts text to fit `width` user units, with an ellipsis. */
export function fitText(text: string, width: number, charWidth = CHAR_W): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function nodeText(node: TopologyNode, w: number): { title: string; detail: string } {
  const kind = KIND_TEXT[node.kind];
  const title = kind ? `${kind} ${node.label}` : node.label;
  // A peering connection that is not active says so in words (it is also drawn dashed and greyed).
  const inactive = node.kind === "vpc-peering-connection" ? inactivePeeringText(node.state) : undefined;
  const detail = inactive
    ? inactive
    : node.privateIps.length > 0
      ? [node.privateIps[0], node.publicIps[0]].filter(Boolean).join(" · ")
      : node.label !== node.id && node.kind !== "internet" && node.kind !== "on-premises"
        ? node.id
        : node.kind === "internet"
          ? "outside AWS"
          : node.kind === "on-premises"
            ? "customer network"
            : KIND_NAMES[node.kind];
  return { title: fitText(title, w - 14 - PAD), detail: fitText(detail, w - 14 - PAD, DETAIL_CHAR_W) };
}

function place(node: TopologyNode, x: number, y: number, w: number, h = NODE_H): LayoutNode {
  return { id: node.id, node, x, y, w, h, ...nodeText(node, w) };
}

function regionName(t: Topology): string {
  const az = t.vpcs.flatMap((v) => v.azs.map((a) => a.name)).find((n) => /\d[a-z]$/.test(n));
  return az ? `Region ${az.slice(0, -1)}` : "Region";
}

interface VpcFrame {
  w: number;
  h: number;
  draw(x: number, y: number, boxes: LayoutBox[], nodes: LayoutNode[]): void;
}

/** Sizes one VPC and returns a function that places it at (x, y). */
function frameVpc(vpc: Topology["vpcs"][number], mode: LayoutMode, innerWidth: number): VpcFrame {
  const azCount = Math.max(1, vpc.azs.length);
  const azW = mode === "wide" ? 236 : innerWidth - 2 * PAD;
  const nodeW = azW - 4 * PAD;
  const subnetH = (n: number) => SUBNET_HEAD + Math.max(0, n) * (NODE_H + GAP) + (n > 0 ? PAD - GAP + 0 : 0) + PAD / 2;
  // Wide: tiers aligned across AZs (row r = the r-th subnet of each AZ).
  const rows = Math.max(0, ...vpc.azs.map((a) => a.subnets.length));
  const rowH = Array.from({ length: rows }, (_, r) => Math.max(0, ...vpc.azs.map((a) => (a.subnets[r] ? subnetH(a.subnets[r].nodes.length) : 0))));
  const azHeights = vpc.azs.map((a) =>
    mode === "wide"
      ? AZ_HEAD + rowH.reduce((s, h) => s + h + GAP, 0) + PAD - GAP + (rows === 0 ? GAP : 0)
      : AZ_HEAD + a.subnets.reduce((s, sub) => s + subnetH(sub.nodes.length) + GAP, 0) + PAD - GAP + (a.subnets.length === 0 ? GAP : 0),
  );
  const edgeTop = vpc.topEdge.length;
  const edgeWidth = edgeTop * (EDGE_W + GAP) + 2 * PAD;
  // The VPC's name sits on the same line as the gateways on its top edge: leave room for both.
  const labelWidth = Math.min(260, `VPC ${vpc.label}`.length * CHAR_W) + 2 * PAD;
  const w =
    mode === "wide" ? Math.max(azCount * azW + (azCount - 1) * GAP + 2 * PAD, edgeWidth + (edgeTop > 0 ? labelWidth : 0), 220) : innerWidth;
  const azBlockH = mode === "wide" ? Math.max(0, ...azHeights) : azHeights.reduce((s, h) => s + h + GAP, 0) - GAP;
  const bottom = vpc.bottomEdge.length > 0 ? NODE_H / 2 + GAP : PAD;
  const h = VPC_HEAD + Math.max(azBlockH, 0) + bottom;
  return {
    w,
    h,
    draw(x, y, boxes, nodes) {
      boxes.push({ id: vpc.id, kind: "vpc", x, y, w, h, label: `VPC ${vpc.label}`, sublabel: fitText(vpc.label !== vpc.id ? `${vpc.id} · ${vpc.cidrs.join(", ")}` : vpc.cidrs.join(", "), w - 24, DETAIL_CHAR_W) });
      // Top edge gateways, centred on the edge, straddling the border.
      const room = mode === "compact" && edgeTop > 0 ? w - 2 * PAD - Math.min(labelWidth, w / 2) : w - 2 * PAD;
      const topW = Math.min(EDGE_W, (room - (edgeTop - 1) * GAP) / Math.max(1, edgeTop));
      let ex = x + w - PAD - edgeTop * topW - (edgeTop - 1) * GAP;
      for (const g of vpc.topEdge) {
        nodes.push(place(g, ex, y - NODE_H / 2, topW));
        ex += topW + GAP;
      }
      const bw = Math.min(EDGE_W, w - 2 * PAD);
      vpc.bottomEdge.forEach((g, i) => nodes.push(place(g, x + w - PAD - (i + 1) * (bw + GAP) + GAP, y + h - NODE_H / 2, bw)));
      let azX = x + PAD;
      let azY = y + VPC_HEAD;
      vpc.azs.forEach((az, i) => {
        const azH = mode === "wide" ? azBlockH : (azHeights[i] as number);
        boxes.push({ id: `${vpc.id}/${az.name}`, kind: "az", x: azX, y: azY, w: azW, h: azH, label: `Availability Zone ${az.name}` });
        let sy = azY + AZ_HEAD;
        az.subnets.forEach((s, r) => {
          const sh = mode === "wide" ? (rowH[r] as number) : subnetH(s.nodes.length);
          boxes.push({
            id: s.id,
            kind: "subnet",
            x: azX + PAD,
            y: sy,
            w: azW - 2 * PAD,
            h: sh,
            label: fitText(s.label, azW - 4 * PAD - 64),
            sublabel: fitText(s.label !== s.id ? `${s.cidr} · ${s.id}` : s.cidr, azW - 4 * PAD, DETAIL_CHAR_W),
            badge: s.isPublic ? "Public" : "Private",
            isPublic: s.isPublic,
          });
          s.nodes.forEach((n, k) => nodes.push(place(n, azX + 2 * PAD, sy + SUBNET_HEAD + k * (NODE_H + GAP), nodeW)));
          sy += sh + GAP;
        });
        if (mode === "wide") azX += azW + GAP;
        else azY += azH + GAP;
      });
    },
  };
}

export function layoutTopology(t: Topology, mode: LayoutMode): Layout {
  const boxes: LayoutBox[] = [];
  const nodes: LayoutNode[] = [];
  const links: LayoutLink[] = [];
  // Compact: VPCs are stacked, so a line from a lower VPC's internet gateway up to the internet, or from an upper
  // VPC's virtual private gateway down to on-premises, would run through the VPCs between: it takes a gutter lane.
  const vpcIndexOf = (id: string, edge: "topEdge" | "bottomEdge") => t.vpcs.findIndex((v) => v[edge].some((n) => n.id === id));
  const internetLane = mode === "compact" && t.links.some((l) => l.kind === "internet" && vpcIndexOf(l.to, "topEdge") > 0);
  const onPremisesLane = mode === "compact" && t.links.some((l) => l.kind === "on-premises" && vpcIndexOf(l.from, "bottomEdge") >= 0 && vpcIndexOf(l.from, "bottomEdge") < t.vpcs.length - 1);
  const laneCount = mode === "compact" ? t.connections.length + (internetLane ? 1 : 0) + (onPremisesLane ? 1 : 0) : 0;
  const gutter = laneCount > 0 ? 14 + 6 * laneCount : 0;
  const regionInner = COMPACT_WIDTH - 2 * PAD - 2 * PAD - gutter;
  const frames = t.vpcs.map((v) => frameVpc(v, mode, regionInner));
  const hasTop = t.vpcs.some((v) => v.topEdge.length > 0);
  const top = (t.internet ? OUTSIDE_H + 2 * GAP + 8 : PAD) + (hasTop ? NODE_H / 2 : 0);
  const regionX = PAD;
  const regionY = top - (hasTop ? NODE_H / 2 : 0) + (t.internet ? 0 : 0);

  // VPCs.
  const vpcY = regionY + REGION_HEAD + (hasTop ? NODE_H / 2 : 0);
  const vpcPos = new Map<string, { x: number; y: number; w: number; h: number }>();
  let cx = regionX + PAD;
  let cy = vpcY;
  frames.forEach((f, i) => {
    const vpc = t.vpcs[i] as Topology["vpcs"][number];
    vpcPos.set(vpc.id, { x: cx, y: cy, w: f.w, h: f.h });
    if (mode === "wide") cx += f.w + 3 * GAP;
    else cy += f.h + 3 * GAP + (t.vpcs[i + 1]?.topEdge.length ? NODE_H / 2 : 0);
  });
  const vpcRight = Math.max(regionX + PAD + 220, ...[...vpcPos.values()].map((p) => p.x + p.w));
  const vpcBottom = Math.max(vpcY, ...[...vpcPos.values()].map((p, i) => p.y + p.h + ((t.vpcs[i]?.bottomEdge.length ?? 0) > 0 ? NODE_H / 2 : 0)));

  // Connections band.
  const bandY = vpcBottom + 3 * GAP;
  const connW = mode === "wide" ? EDGE_W + 76 : regionInner - 2 * PAD;
  const linkedVpcs = (id: string) => t.links.filter((l) => l.to === id && vpcPos.has(l.from)).map((l) => vpcPos.get(l.from) as { x: number; w: number });
  const connNodes: LayoutNode[] = [];
  if (mode === "wide") {
    const wanted = t.connections.map((c) => {
      const vs = linkedVpcs(c.id);
      const centre = vs.length > 0 ? vs.reduce((s, v) => s + v.x + v.w / 2, 0) / vs.length : regionX + PAD + connW / 2;
      return { c, x: centre - connW / 2 };
    });
    wanted.sort((a, b) => a.x - b.x || (a.c.id < b.c.id ? -1 : 1));
    let minX = regionX + PAD;
    for (const w of wanted) {
      const x = Math.max(w.x, minX);
      connNodes.push(place(w.c, x, bandY, connW));
      minX = x + connW + GAP;
    }
  } else {
    t.connections.forEach((c, i) => connNodes.push(place(c, regionX + PAD + PAD, bandY + i * (NODE_H + GAP), connW)));
  }
  const connRight = Math.max(0, ...connNodes.map((n) => n.x + n.w));
  const bandBottom = connNodes.length > 0 ? Math.max(...connNodes.map((n) => n.y + n.h)) + 2 * GAP : vpcBottom + PAD;
  const regionW = mode === "wide" ? Math.max(vpcRight, connRight) + PAD - regionX : COMPACT_WIDTH - 2 * PAD;
  const regionH = bandBottom - regionY;
  boxes.push({ id: "region", kind: "region", x: regionX, y: regionY, w: regionW, h: regionH, label: regionName(t) });
  frames.forEach((f, i) => {
    const p = vpcPos.get((t.vpcs[i] as Topology["vpcs"][number]).id) as { x: number; y: number };
    f.draw(p.x, p.y, boxes, nodes);
  });
  nodes.push(...connNodes);

  const width = mode === "wide" ? regionX + regionW + PAD : COMPACT_WIDTH;
  // Outside: the internet above, on-premises below.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const outsideW = Math.min(220, width - 4 * PAD);
  if (t.internet) {
    const igws = t.links.filter((l) => l.kind === "internet").map((l) => byId.get(l.to)).filter((n): n is LayoutNode => !!n);
    const centre = igws.length > 0 ? igws.reduce((s, n) => s + n.x + n.w / 2, 0) / igws.length : width / 2;
    // With a gutter lane to it, the internet sits on the left so the lane ends at its right side.
    const x = internetLane ? PAD : Math.min(Math.max(PAD, centre - outsideW / 2), width - PAD - outsideW);
    const n = place(t.internet, x, PAD, outsideW, OUTSIDE_H);
    nodes.push(n);
    byId.set(n.id, n);
  }
  let height = regionY + regionH + PAD;
  if (t.onPremises) {
    const n = place(t.onPremises, Math.max(PAD, width / 2 - outsideW / 2), regionY + regionH + 3 * GAP, outsideW, OUTSIDE_H);
    nodes.push(n);
    byId.set(n.id, n);
    height = n.y + n.h + PAD;
  }

  // Links.
  const centreX = (n: { x: number; w: number }) => n.x + n.w / 2;
  const centreY = (n: { y: number; h: number }) => n.y + n.h / 2;
  let gutterIndex = 0;
  const gutterOf = new Map<string, number>();
  const gutterX = (target: string) => {
    if (!gutterOf.has(target)) gutterOf.set(target, gutterIndex++);
    return regionX + regionW - 8 - 6 * (gutterOf.get(target) as number);
  };
  for (const l of t.links) {
    const to = byId.get(l.to);
    if (!to) continue;
    const vpc = vpcPos.get(l.from);
    if (vpc) {
      if (mode === "wide") {
        // Down out of the VPC (clear of its bottom-edge gateways), along a lane under every VPC, down to the connection.
        let x = Math.min(Math.max(centreX(to), vpc.x + 20), vpc.x + vpc.w - 20);
        const bottomEdge = (t.vpcs.find((v) => v.id === l.from)?.bottomEdge ?? []).map((g) => byId.get(g.id)).filter((n): n is LayoutNode => !!n);
        const clearOf = Math.min(Infinity, ...bottomEdge.map((n) => n.x));
        if (x > clearOf - 10) x = Math.max(vpc.x + 20, clearOf - 10);
        const laneY = vpcBottom + 8 + (Math.max(0, t.connections.findIndex((c) => c.id === l.to)) % 3) * 7;
        const points: [number, number][] =
          x === centreX(to) ? [[x, vpc.y + vpc.h], [x, to.y]] : [[x, vpc.y + vpc.h], [x, laneY], [centreX(to), laneY], [centreX(to), to.y]];
        links.push({ ...l, points });
      } else {
        const gx = gutterX(l.to);
        const y = vpc.y + VPC_HEAD / 2;
        links.push({ ...l, points: [[vpc.x + vpc.w, y], [gx, y], [gx, centreY(to)], [to.x + to.w, centreY(to)]] });
      }
      continue;
    }
    const from = byId.get(l.from);
    if (!from) continue;
    const viaGutter = (l.kind === "internet" && internetLane) || (l.kind === "on-premises" && onPremisesLane && vpcIndexOf(l.from, "bottomEdge") >= 0);
    if (viaGutter) {
      const gx = gutterX(l.kind === "internet" ? l.from : l.to);
      links.push({ ...l, points: [[from.x + from.w, centreY(from)], [gx, centreY(from)], [gx, centreY(to)], [to.x + to.w, centreY(to)]] });
      continue;
    }
    const [upper, lower] = from.y <= to.y ? [from, to] : [to, from];
    links.push({ ...l, points: [[centreX(upper), upper.y + upper.h], [centreX(lower), lower.y]] });
  }
  const vpcsRight = Math.max(0, ...[...vpcPos.values()].map((p) => p.x + p.w));
  const lanes = { below: vpcBottom + 4, right: vpcsRight + 8 };

  const round = (v: number) => Math.round(v * 10) / 10;
  const ordered = [...nodes].sort((a, b) => round(a.y) - round(b.y) || round(a.x) - round(b.x) || (a.id < b.id ? -1 : 1));
  return { mode, width: round(width), height: round(height), boxes, nodes: ordered, links, lanes };
}
