/**
 * Internet gateways (semantics 2.x): the four requirements (2.1), 1:1 NAT between private and public IPv4
 * (2.3), no public IP -> IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS (2.4), inbound only to public IPs of attached
 * interfaces (2.5, 13.3), RFC 1918 / RFC 6598 filtering (2.6), gateway route tables (1.12). IPv6 passes
 * without NAT. As a query source it is the internet host (SourceIp); as a destination, the internet.
 */
import { addressKey, isRfc1918, isRfc6598, parseAddress, type Address } from "./cidr";
import type { ComponentEntry, ComponentFamily, HopContext, HopOutcome } from "./family";
import { vpcCidrsContain, nameOf } from "./model";
import { withDestination, withSource, type Packet } from "./packet";
import { selectRoute } from "./route-table";

export interface InternetGatewayData {
  /** Attached VPCs (State "available" or "attached"). */
  readonly vpcIds: readonly string[];
  readonly state: string;
}

/** Flow memory key: the forward leg entered AWS from the internet through this internet gateway (its id). */
export const FROM_INTERNET_KEY = "internet-gateway:inbound";

/** The internet host used when a query gives no SourceIp/DestinationIp (RFC 5737 documentation range). */
export const DEFAULT_INTERNET_V4 = parseAddress("198.51.100.10") as Address;
/** The IPv6 internet host used by default (RFC 3849 documentation range). */
export const DEFAULT_INTERNET_V6 = parseAddress("2001:db8:ffff::10") as Address;

const ATTACHED = new Set(["available", "attached"]);

function blockedAt(ctx: HopContext, c: ComponentEntry, hop: ReturnType<HopContext["hop"]>, code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}): HopOutcome {
  return { kind: "blocked", hops: [hop], explanation: ctx.explain(code, { Component: ctx.hop(c.id).Component, InternetGateway: ctx.hop(c.id).Component, ...extra }, packet) };
}

/**
 * 1.12 (gateway route tables: return traffic must go back through the same appliance; asymmetric routing is not
 * supported; RA INGRESS_RTB_TRAFFIC_REDIRECTION): traffic routed to the gateway straight from a subnet whose
 * addresses the gateway's own route table redirects to a middlebox in another subnet. Returns that route table.
 */
function redirectedSource(ctx: HopContext, c: ComponentEntry, packet: Packet, fromSubnetId: string | undefined): string | undefined {
  const edgeId = fromSubnetId ? ctx.model.edgeRouteTables.get(c.id) : undefined;
  const edge = edgeId ? ctx.model.routeTables.get(edgeId) : undefined;
  if (!edge || !ctx.interfaceAt(edge.vpcId, packet.src)) return undefined;
  const route = selectRoute(edge, packet.src).route;
  if (!route || (route.target.field === "GatewayId" && route.target.id === "local")) return undefined;
  let middleboxSubnet: string | undefined;
  if (route.target.field === "NetworkInterfaceId") middleboxSubnet = ctx.model.enis.get(route.target.id)?.subnetId;
  else if (route.target.field === "InstanceId") middleboxSubnet = ctx.model.enis.get(ctx.model.instances.get(route.target.id)?.eniIds[0] ?? "")?.subnetId;
  else middleboxSubnet = (ctx.model.components.get(route.target.id)?.data as { subnetId?: string } | undefined)?.subnetId; // a Gateway Load Balancer endpoint
  return middleboxSubnet !== undefined && middleboxSubnet !== fromSubnetId ? edge.id : undefined;
}

export const internetGatewayFamily: ComponentFamily = {
  name: "internet-gateway",

  load(ctx) {
    const routesTo = new Map<string, Set<string>>();
    const tabled = new Set<string>(); // VPCs with a listed route table
    const defaulted = new Set<string>();
    for (const t of ctx.model.snapshot.RouteTables) {
      tabled.add(t.VpcId);
      for (const r of t.Routes ?? []) if (r.GatewayId) (routesTo.get(r.GatewayId) ?? routesTo.set(r.GatewayId, new Set()).get(r.GatewayId))?.add(t.VpcId);
    }
    ctx.model.snapshot.InternetGateways.forEach((g) => {
      let vpcIds: string[];
      let state = "available";
      if (g.Attachments == null) {
        // A concise snapshot may leave attachments out: the VPC whose route tables use the gateway.
        vpcIds = [...(routesTo.get(g.InternetGatewayId) ?? [])].filter((v) => ctx.model.vpcs.has(v)).sort();
        if (vpcIds.length > 1) vpcIds = [];
      } else {
        vpcIds = g.Attachments.filter((a) => ATTACHED.has((a.State ?? "available").toLowerCase())).map((a) => a.VpcId);
        if (vpcIds.length === 0) state = g.Attachments[0]?.State ?? "detached";
      }
      const data: InternetGatewayData = { vpcIds, state };
      ctx.register({ id: g.InternetGatewayId, kind: "internet-gateway", vpcId: vpcIds[0], name: nameOf(g.Tags), data });
      // A default VPC (VPC User Guide, default VPC components) is created with its internet gateway attached and
      // 0.0.0.0/0 -> the gateway in its main route table: filled in when the snapshot lists none of its route tables.
      for (const vpcId of vpcIds) {
        const vpc = ctx.model.vpcs.get(vpcId);
        if (!vpc?.isDefault || tabled.has(vpcId) || defaulted.has(vpcId) || !ctx.model.routeTables.has(vpc.mainRouteTableId)) continue;
        defaulted.add(vpcId);
        ctx.addRoute(vpc.mainRouteTableId, { destination: "0.0.0.0/0", target: { field: "GatewayId", id: g.InternetGatewayId }, kind: "static" });
      }
    });
  },

  receive(ctx, c, packet, arrival) {
    const d = c.data as InternetGatewayData;
    const model = ctx.model;
    if (arrival.via === "route") {
      const vpcId = arrival.vpcId;
      const vpc = model.vpcs.get(vpcId);
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), Vpc: ctx.hop(vpcId).Component });
      if (!d.vpcIds.includes(vpcId)) return blockedAt(ctx, c, hop, "BAD_STATE_ATTACHMENT", packet, { Vpc: ctx.hop(vpcId).Component, State: d.state });
      const redirected = redirectedSource(ctx, c, packet, arrival.subnetId);
      if (redirected) return blockedAt(ctx, c, hop, "INGRESS_RTB_TRAFFIC_REDIRECTION", packet, { Direction: "egress", IngressRouteTable: ctx.hop(redirected).Component, ...(arrival.subnetId ? { Subnet: ctx.hop(arrival.subnetId).Component } : {}), Vpc: ctx.hop(vpcId).Component });
      let out = packet;
      if (packet.dst.family === 4) {
        if (isRfc1918(packet.dst)) return blockedAt(ctx, c, hop, "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS", packet, { Direction: "egress" });
        if (isRfc6598(packet.dst)) return blockedAt(ctx, c, hop, "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS", packet, { Direction: "egress" });
        const eni = ctx.interfaceAt(vpcId, packet.src);
        if (!eni) {
          const code = vpc && vpcCidrsContain(vpc, packet.src) ? "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS" : "GATEWAY_REJECTS_SPOOFED_TRAFFIC";
          return blockedAt(ctx, c, hop, code, packet, { Direction: "egress", Vpc: ctx.hop(vpcId).Component });
        }
        const pub = eni.publicIps.get(packet.src.value);
        const attached = eni.attachmentStatus === "attached" || eni.ownerId !== undefined;
        if (!pub || !attached) {
          return blockedAt(ctx, c, hop, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", packet, { Direction: "egress", NetworkInterface: ctx.hop(eni.id).Component, Vpc: ctx.hop(vpcId).Component });
        }
        out = withSource(packet, pub);
      } else if (!ctx.interfaceAt(vpcId, packet.src)) {
        return blockedAt(ctx, c, hop, "GATEWAY_REJECTS_SPOOFED_TRAFFIC", packet, { Direction: "egress", Vpc: ctx.hop(vpcId).Component });
      }
      hop.OutboundHeader = ctx.header(out);
      return { kind: "next", hops: [hop], next: [{ to: "exit", via: c.id, packet: out, network: "internet" }] };
    }
    if (arrival.via === "outside") {
      const vpcId = d.vpcIds[0];
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), ...(vpcId ? { Vpc: ctx.hop(vpcId).Component } : {}) });
      if (!vpcId) return blockedAt(ctx, c, hop, "BAD_STATE_ATTACHMENT", packet, { State: d.state });
      let inside = packet;
      if (packet.dst.family === 4) {
        if (isRfc1918(packet.src)) return blockedAt(ctx, c, hop, "IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS", packet, { Direction: "ingress" });
        if (isRfc6598(packet.src)) return blockedAt(ctx, c, hop, "IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS", packet, { Direction: "ingress" });
        const owner = model.publicIndex.get(addressKey(packet.dst));
        const attached = owner && (owner.eni.attachmentStatus === "attached" || owner.eni.ownerId !== undefined);
        if (!owner || owner.eni.vpcId !== vpcId || !attached) {
          return blockedAt(ctx, c, hop, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", packet, { Direction: "ingress", Vpc: ctx.hop(vpcId).Component, ...(owner ? { NetworkInterface: ctx.hop(owner.eni.id).Component } : {}) });
        }
        inside = withDestination(packet, owner.privateIp);
      } else {
        const vpc = model.vpcs.get(vpcId);
        if (!vpc || !vpcCidrsContain(vpc, packet.dst)) return blockedAt(ctx, c, hop, "IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS", packet, { Direction: "ingress", Vpc: ctx.hop(vpcId).Component });
      }
      hop.OutboundHeader = ctx.header(inside);
      if (ctx.leg === "forward") ctx.flow.memory.set(FROM_INTERNET_KEY, c.id);
      const edge = model.edgeRouteTables.get(c.id);
      return { kind: "next", hops: [hop], next: [{ to: "enter-vpc", vpcId, packet: inside, ...(edge ? { routeTableId: edge } : {}) }] };
    }
    return { kind: "blocked", hops: [ctx.hop(c.id)], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ctx.hop(c.id).Component }, packet) };
  },

  resolveSource(_ctx, c) {
    return { kind: "component", componentId: c.id, defaultSourceAddress: DEFAULT_INTERNET_V4, addressing: "public" };
  },

  resolveDestination(_ctx, c) {
    return { target: { kind: "component", id: c.id }, address: DEFAULT_INTERNET_V4 };
  },
};
