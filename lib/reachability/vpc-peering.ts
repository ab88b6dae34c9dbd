/**
 * VPC peering connections (semantics 7.x): routes on both sides (7.1), overlapping CIDRs refused at load (7.2),
 * no transitivity and no edge-to-edge routing (7.3, 7.4: the packet must go from an address of one VPC to an
 * address of the other, PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, 7.5), a connection that is not active leaves its
 * routes blackholed (7.6), replies routed by LPM in the replying VPC (7.7, nothing special: the return leg
 * routes normally).
 */
import { cidrContains, cidrsOverlap, parseAddress, parseCidr, type Cidr } from "./cidr";
import type { ComponentFamily, HopContext, HopOutcome } from "./family";
import { quote } from "./errors";
import { nameOf } from "./model";
import { DEFAULT_ON_PREMISES_V4 } from "./on-premises";
import type { Packet } from "./packet";

export interface VpcPeeringData {
  readonly requesterVpcId?: string;
  readonly accepterVpcId?: string;
  readonly status: string;
  /** CIDRs of each side (the VPC's own when it is in the snapshot, else those the connection lists). */
  readonly cidrs: Readonly<Record<string, readonly Cidr[]>>;
}

function fail(ctx: HopContext, id: string, hops: ReturnType<HopContext["hop"]>[], code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}): HopOutcome {
  const ref = ctx.hop(id).Component;
  return { kind: "blocked", hops, explanation: ctx.explain(code, { Component: ref, VpcPeeringConnection: ref, ...extra }, packet) };
}

export const vpcPeeringFamily: ComponentFamily = {
  name: "vpc-peering-connection",

  load(ctx) {
    const pairs = new Map<string, string>();
    ctx.model.snapshot.VpcPeeringConnections.forEach((p, i) => {
      const path = `$.VpcPeeringConnections[${i}]`;
      const status = (p.Status?.Code ?? "active").toLowerCase();
      const sides: Record<string, Cidr[]> = {};
      const sideCidrs = (info: typeof p.RequesterVpcInfo, key: string): string | undefined => {
        const vpcId = info?.VpcId ?? undefined;
        if (!vpcId) return undefined;
        const vpc = ctx.model.vpcs.get(vpcId);
        // Each listed CIDR with the field that holds it, so that a bad one is refused where it is.
        const fields: [string | null | undefined, string][] = [
          [info?.CidrBlock, "CidrBlock"],
          ...(info?.CidrBlockSet ?? []).map((c, k): [string | null | undefined, string] => [c.CidrBlock, `CidrBlockSet[${k}].CidrBlock`]),
          ...(info?.Ipv6CidrBlockSet ?? []).map((c, k): [string | null | undefined, string] => [c.Ipv6CidrBlock, `Ipv6CidrBlockSet[${k}].Ipv6CidrBlock`]),
        ];
        const listed = fields.filter(([c]) => !!c).map(([c, field]) => parseCidr(c as string) ?? ctx.refuse(`${path}.${key}.${field}`, "a CIDR", `found ${quote(c)}`));
        sides[vpcId] = vpc ? [...vpc.cidrs4, ...vpc.cidrs6] : listed;
        return vpcId;
      };
      const requesterVpcId = sideCidrs(p.RequesterVpcInfo, "RequesterVpcInfo");
      const accepterVpcId = sideCidrs(p.AccepterVpcInfo, "AccepterVpcInfo");
      if (requesterVpcId && accepterVpcId && ["active", "pending-acceptance", "provisioning"].includes(status)) {
        // 7.2: no peering between VPCs whose CIDRs overlap, even partly.
        for (const a of sides[requesterVpcId] ?? [])
          for (const b of sides[accepterVpcId] ?? [])
            if (cidrsOverlap(a, b)) ctx.refuse(`${path}.AccepterVpcInfo`, "peered VPCs whose CIDR blocks do not overlap (7.2)", `${requesterVpcId} ${a.text} overlaps ${accepterVpcId} ${b.text}`);
        const key = [requesterVpcId, accepterVpcId].sort().join("|");
        const prior = pairs.get(key);
        if (prior) ctx.refuse(`${path}.VpcPeeringConnectionId`, "one peering connection between two VPCs (7.6)", `${prior} already joins ${requesterVpcId} and ${accepterVpcId}`);
        pairs.set(key, p.VpcPeeringConnectionId);
      }
      const data: VpcPeeringData = { requesterVpcId, accepterVpcId, status, cidrs: sides };
      ctx.register({ id: p.VpcPeeringConnectionId, kind: "vpc-peering-connection", vpcId: requesterVpcId, name: nameOf(p.Tags), data });
    });
  },

  receive(ctx, c, packet, arrival) {
    const d = c.data as VpcPeeringData;
    // The query's source is the peering connection itself (RA allows it): the packet enters the side holding its destination.
    const entered = arrival.via === "outside" ? [d.requesterVpcId, d.accepterVpcId].find((v) => v && (d.cidrs[v] ?? []).some((cidr) => cidrContains(cidr, packet.dst))) : undefined;
    if (arrival.via !== "route" && !entered) return fail(ctx, c.id, [ctx.hop(c.id)], "UNSUPPORTED_COMPONENT", packet);
    const local = arrival.via === "route" ? arrival.vpcId : entered === d.requesterVpcId ? d.accepterVpcId : d.requesterVpcId;
    const peer = local === d.requesterVpcId ? d.accepterVpcId : local === d.accepterVpcId ? d.requesterVpcId : undefined;
    if (d.status !== "active" || !peer || !local) {
      // 7.6: the route is a blackhole until the connection is active.
      if (arrival.via !== "route") return fail(ctx, c.id, [ctx.hop(c.id)], "BAD_STATE", packet, { State: d.status });
      return {
        kind: "blocked",
        hops: [],
        explanation: ctx.explain("BAD_STATE_ROUTE", { Component: ctx.hop(arrival.routeTableId).Component, RouteTable: ctx.hop(arrival.routeTableId).Component, RouteTableRoute: arrival.route.out, VpcPeeringConnection: ctx.hop(c.id).Component, State: d.status }, packet),
      };
    }
    const hop = ctx.hop(c.id, { SourceVpc: ctx.hop(local).Component, DestinationVpc: ctx.hop(peer).Component, InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) });
    const inLocal = (d.cidrs[local] ?? []).some((cidr) => cidrContains(cidr, packet.src));
    const inPeer = (d.cidrs[peer] ?? []).some((cidr) => cidrContains(cidr, packet.dst));
    if (!inLocal || !inPeer) {
      return fail(ctx, c.id, [hop], "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", packet, { SourceVpc: ctx.hop(local).Component, DestinationVpc: ctx.hop(peer).Component, Cidrs: (d.cidrs[peer] ?? []).map((x) => x.text) });
    }
    if (ctx.isTarget(c.id)) return { kind: "delivered", hops: [hop], replyFrom: "none" };
    if (!ctx.model.vpcs.has(peer)) {
      return fail(ctx, c.id, [hop], "NO_POSSIBLE_DESTINATION", packet, { DestinationVpc: { Id: peer } });
    }
    return { kind: "next", hops: [hop], next: [{ to: "enter-vpc", vpcId: peer, packet }] };
  },

  connects(c, a, b) {
    const d = c.data as VpcPeeringData;
    return (d.requesterVpcId === a && d.accepterVpcId === b) || (d.requesterVpcId === b && d.accepterVpcId === a);
  },

  resolveSource(ctx, c) {
    // Traffic from the peer side of the destination's VPC: default to an address in that other VPC.
    const d = c.data as VpcPeeringData;
    const m = ctx.model;
    const dest = ctx.query.Destination;
    const eniId = m.instances.get(dest)?.eniIds[0] ?? dest;
    let destVpc = m.enis.get(eniId)?.vpcId;
    const bare = destVpc ? undefined : parseAddress(ctx.query.DestinationIp ?? dest);
    if (bare) destVpc = [d.requesterVpcId, d.accepterVpcId].find((v) => v && (d.cidrs[v] ?? []).some((cidr) => cidrContains(cidr, bare)));
    const from = destVpc === d.requesterVpcId ? d.accepterVpcId : d.requesterVpcId;
    const cidr = from ? d.cidrs[from]?.find((x) => x.family === 4) : undefined;
    return { kind: "component", componentId: c.id, defaultSourceAddress: cidr ? { family: 4, value: cidr.base + 1n } : DEFAULT_ON_PREMISES_V4, addressing: "private" };
  },

  resolveDestination(ctx, c) {
    const d = c.data as VpcPeeringData;
    const source = ctx.source?.kind === "interface" ? ctx.model.enis.get(ctx.source.eniId)?.vpcId : undefined;
    const peer = source === d.requesterVpcId ? d.accepterVpcId : d.requesterVpcId;
    const cidr = peer ? d.cidrs[peer]?.[0] : undefined;
    return { target: { kind: "component", id: c.id }, ...(cidr ? { address: { family: cidr.family, value: cidr.base + 1n } } : {}) };
  },
};
