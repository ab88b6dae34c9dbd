/**
 * VPC peering connections (semantics 7.x): routes on both sides (7.1), overlapping CIDRs refused at load (7.2),
 * no transitivity and no edge-to-edge routing (7.3, 7.4: the packet must go from an address of one VPC to an
 * address of the other, PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, 7.5), a connection that is not active leaves its
 * routes blackholed (7.6), replies routed by LPM in the replying VPC (7.7, nothing special: the return leg
 * routes normally).
 */
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from "./cidr";
import type { ComponentFamily, HopContext, HopOutcome } from "./family";
import { nameOf } from "./model";
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
        const listed = [info?.CidrBlock, ...(info?.CidrBlockSet ?? []).map((c) => c.CidrBlock), ...(info?.Ipv6CidrBlockSet ?? []).map((c) => c.Ipv6CidrBlock)]
          .filter((c): c is string => !!c)
          .map((c, k) => parseCidr(c) ?? ctx.refuse(`${path}.${key}.CidrBlockSet[${k}]`, "a CIDR", `found ${JSON.stringify(c)}`));
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
    if (arrival.via !== "route") return fail(ctx, c.id, [ctx.hop(c.id)], "UNSUPPORTED_COMPONENT", packet);
    const local = arrival.vpcId;
    const peer = local === d.requesterVpcId ? d.accepterVpcId : local === d.accepterVpcId ? d.requesterVpcId : undefined;
    if (d.status !== "active" || !peer) {
      // 7.6: the route is a blackhole until the connection is active.
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

  resolveDestination(ctx, c) {
    const d = c.data as VpcPeeringData;
    const source = ctx.source?.kind === "interface" ? ctx.model.enis.get(ctx.source.eniId)?.vpcId : undefined;
    const peer = source === d.requesterVpcId ? d.accepterVpcId : d.requesterVpcId;
    const cidr = peer ? d.cidrs[peer]?.[0] : undefined;
    return { target: { kind: "component", id: c.id }, ...(cidr ? { address: { family: cidr.family, value: cidr.base + 1n } } : {}) };
  },
};
