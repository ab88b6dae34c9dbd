/**
 * Virtual private gateways and Site-to-Site VPN (semantics 11.x, 1.6-1.8, 7.4, 12.3). A VGW attached to a VPC is
 * a route target (static routes, or routes propagated into route tables with PropagatingVgws from the VPN
 * connections' static routes; local beats propagated, static beats propagated: the core's route selection).
 * The VGW accepts from on-premises only traffic to a private IP of an interface in its VPC, and from the VPC only
 * traffic from one (VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS / _FOR_EGRESS, 11.4): this is also why VPN traffic
 * cannot transit into a peered VPC (7.4) or use the VPC's NAT gateway or gateway endpoints (4.6, 9.3). Towards
 * on-premises the VGW picks a connection by its routes: longest prefix, then Direct Connect over VPN static over
 * VPN BGP (1.7, 12.3). BGP prefixes (Direct Connect, BGP VPNs) are those the route tables show propagated from the
 * VGW beyond its VPNs' static routes; when none are shown, a Direct Connect interface is taken to announce the same
 * on-premises prefixes as the best other path and a BGP VPN any prefix (lowest priority). A connection with every tunnel DOWN (VgwTelemetry) or not available is
 * BAD_STATE_VPN (TGW_BAD_STATE_VPN on a transit gateway, 11.5); one tunnel UP suffices (11.1). A connection on a
 * transit gateway enters and leaves through its TGW attachment (transit-gateway.ts).
 */
import type { Hop } from "./analysis";
import { cidrContains, parseCidr, type Address, type Cidr } from "./cidr";
import { directConnectCandidates } from "./direct-connect";
import type { ComponentEntry, ComponentFamily, HopContext, HopOutcome, Step } from "./family";
import { CustomerGatewaySchema, isOn, VpnConnectionSchema, VpnGatewaySchema } from "./gateway-sections";
import { nameOf, type Model } from "./model";
import { DEFAULT_ON_PREMISES_V4, leaveToOnPremises, markOnPremisesEnd } from "./on-premises";
import type { Packet } from "./packet";
import { formatAddress } from "./cidr";
import { tgwAttachmentFor } from "./transit-gateway";

export interface VpnGatewayData {
  readonly state: string;
  /** The attached VPC (VpcAttachments State "attached"). */
  readonly vpcId?: string;
  readonly attachmentState: string;
  /** VPN connections terminating on it, sorted. */
  readonly connectionIds: string[];
  /**
   * Prefixes it learned over BGP (Direct Connect, BGP VPNs), when the snapshot shows them: propagated routes to it
   * listed in a route table that no static route of its VPN connections explains. Undefined: not shown.
   */
  learned?: Cidr[];
}

export interface CustomerGatewayData {
  readonly connectionIds: string[];
}

export interface VpnConnectionData {
  readonly state: string;
  readonly customerGatewayId?: string;
  readonly vpnGatewayId?: string;
  readonly transitGatewayId?: string;
  readonly staticRoutesOnly: boolean;
  /** On-premises prefixes: its static routes (State available). */
  readonly prefixes: Cidr[];
  /** At least one tunnel UP, or no telemetry in the snapshot. */
  readonly tunnelUp: boolean;
}

const ATTACHED = new Set(["attached", "attaching", "available"]);

type Code = Parameters<HopContext["explain"]>[0];
type Fields = Parameters<HopContext["explain"]>[1];

const ref = (ctx: HopContext, id: string) => ctx.hop(id).Component;

function blocked(ctx: HopContext, hops: Hop[], code: Code, fields: Fields, packet: Packet, sentence: string): HopOutcome {
  return { kind: "blocked", hops, explanation: ctx.explain(code, fields, packet, sentence) };
}

function connectionDown(ctx: HopContext, c: ComponentEntry<VpnConnectionData>, hops: Hop[], packet: Packet): HopOutcome | undefined {
  const d = c.data;
  if (d.state === "available" && d.tunnelUp) return undefined;
  const onTgw = !!d.transitGatewayId;
  const why = d.state !== "available" ? `is ${d.state}` : "has every tunnel DOWN";
  return blocked(
    ctx,
    hops,
    onTgw ? "TGW_BAD_STATE_VPN" : "BAD_STATE_VPN",
    { Component: ref(ctx, c.id), VpnConnection: ref(ctx, c.id), State: d.state !== "available" ? d.state : "DOWN", ...(d.customerGatewayId ? { CustomerGateway: ref(ctx, d.customerGatewayId) } : {}), ...(onTgw ? { TransitGateway: ref(ctx, d.transitGatewayId as string) } : d.vpnGatewayId ? { VpnGateway: ref(ctx, d.vpnGatewayId) } : {}) },
    packet,
    d.state !== "available"
      ? `VPN connection ${c.id} ${why}, so it carries no traffic; it must be available.`
      : `VPN connection ${c.id} ${why}, so it carries no traffic. At least one of its two tunnels must be UP (check the customer gateway's IPsec and BGP configuration).`,
  );
}

/** 11.4: the address is a private IP of a network interface of the VPC with an available attachment. */
function attachedInterface(ctx: HopContext, vpcId: string, address: Packet["src"]): boolean {
  const eni = ctx.interfaceAt(vpcId, address);
  return !!eni && (eni.attachmentStatus === "attached" || eni.ownerId !== undefined);
}

interface Candidate {
  readonly id: string;
  readonly rank: number;
  readonly length: number;
  readonly live: boolean;
}

/** The length of the longest of `prefixes` that holds the packet's destination, or -1. */
function longestMatch(prefixes: readonly Cidr[], packet: Packet): number {
  let best = -1;
  for (const p of prefixes) if (p.family === packet.dst.family && cidrContains(p, packet.dst) && p.length > best) best = p.length;
  return best;
}

/** The connection the VGW sends a packet for on-premises through (1.7, 12.3), or undefined. */
function chooseConnection(ctx: HopContext, vgw: ComponentEntry<VpnGatewayData>, packet: Packet): Candidate | undefined {
  const model = ctx.model;
  // BGP prefixes the route tables show it learned (VPN route priority: only known prefixes receive traffic).
  const learned = vgw.data.learned;
  const found: { id: string; rank: number; length: number | "any"; live: boolean }[] = [];
  for (const id of vgw.data.connectionIds) {
    const v = model.components.get(id)?.data as VpnConnectionData | undefined;
    if (!v) continue;
    const live = v.state === "available" && v.tunnelUp;
    if (v.staticRoutesOnly) {
      let best = -1;
      for (const p of v.prefixes) if (p.family === packet.dst.family && cidrContains(p, packet.dst) && p.length > best) best = p.length;
      if (best >= 0) found.push({ id, rank: 1, length: best, live });
    } else if (learned) {
      const best = longestMatch(learned, packet);
      if (best >= 0) found.push({ id, rank: 2, length: best, live });
    } else found.push({ id, rank: 2, length: 0, live });
  }
  for (const dx of directConnectCandidates(model, vgw.id)) {
    const prefixes = dx.prefixes ?? learned;
    if (prefixes) {
      const best = longestMatch(prefixes, packet);
      if (best >= 0) found.push({ id: dx.id, rank: 0, length: best, live: dx.live });
    } else found.push({ id: dx.id, rank: 0, length: "any", live: dx.live });
  }
  const pick = (list: typeof found): Candidate | undefined => {
    const longest = Math.max(-1, ...list.map((f) => (f.length === "any" ? -1 : f.length)));
    const resolved = list.map((f) => ({ ...f, length: f.length === "any" ? Math.max(longest, 0) : f.length }));
    resolved.sort((a, b) => b.length - a.length || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return resolved[0];
  };
  // Tunnel health comes before every other route attribute (VPN route priority page). When nothing is up, BGP
  // routes are withdrawn but static VPN routes stay (BAD_STATE_VPN); else the best route of all explains why.
  return pick(found.filter((f) => f.live)) ?? pick(found.filter((f) => f.rank === 1)) ?? pick(found);
}

/** The default on-premises host of a query end: an address in the first static route of its (first) connection. */
function onPremisesAddress(model: Model, c: ComponentEntry): Address {
  const ids = c.kind === "vpn-connection" ? [c.id] : c.kind === "customer-gateway" ? (c.data as CustomerGatewayData).connectionIds : c.kind === "vpn-gateway" ? (c.data as VpnGatewayData).connectionIds : [];
  for (const id of ids) {
    const p = (model.components.get(id)?.data as VpnConnectionData | undefined)?.prefixes[0];
    if (p) return { family: p.family, value: p.base + 10n };
  }
  return DEFAULT_ON_PREMISES_V4;
}

export const vpnFamily: ComponentFamily = {
  name: "vpn",
  sections: { VpnGateways: VpnGatewaySchema, CustomerGateways: CustomerGatewaySchema, VpnConnections: VpnConnectionSchema },

  load(ctx) {
    const model = ctx.model;
    const gateways = ctx.section("VpnGateways", VpnGatewaySchema);
    const connections = ctx.section("VpnConnections", VpnConnectionSchema);
    const byVgw = new Map<string, string[]>();
    const byCgw = new Map<string, string[]>();
    const gatewayIds = new Set(gateways.map((g) => g.VpnGatewayId));
    const cgwIds = new Set(ctx.section("CustomerGateways", CustomerGatewaySchema).map((g) => g.CustomerGatewayId));
    connections.forEach((v, i) => {
      const path = `$.VpnConnections[${i}]`;
      if (v.VpnGatewayId) {
        if (!gatewayIds.has(v.VpnGatewayId)) ctx.refuse(`${path}.VpnGatewayId`, "the id of a virtual private gateway in VpnGateways", `no VPN gateway ${v.VpnGatewayId} in the snapshot`);
        byVgw.set(v.VpnGatewayId, [...(byVgw.get(v.VpnGatewayId) ?? []), v.VpnConnectionId]);
      } else if (!v.TransitGatewayId) ctx.refuse(`${path}.VpnGatewayId`, "VpnGatewayId or TransitGatewayId", "the connection terminates on neither");
      if (v.CustomerGatewayId && cgwIds.has(v.CustomerGatewayId)) byCgw.set(v.CustomerGatewayId, [...(byCgw.get(v.CustomerGatewayId) ?? []), v.VpnConnectionId]);
    });
    // VPCs that use a gateway in their route tables (for a snapshot that leaves VpcAttachments out).
    const usedBy = new Map<string, Set<string>>();
    for (const t of model.snapshot.RouteTables) {
      const ids = [...(t.Routes ?? []).map((r) => r.GatewayId), ...(t.PropagatingVgws ?? []).map((p) => p.GatewayId)];
      for (const id of ids) if (id && gatewayIds.has(id)) (usedBy.get(id) ?? usedBy.set(id, new Set()).get(id))?.add(t.VpcId);
    }
    gateways.forEach((g, i) => {
      let vpcId: string | undefined;
      let attachmentState = "detached";
      if (g.VpcAttachments == null) {
        const used = [...(usedBy.get(g.VpnGatewayId) ?? [])];
        if (used.length === 1) {
          vpcId = used[0];
          attachmentState = "attached";
        }
      } else {
        const a = g.VpcAttachments.find((x) => ATTACHED.has((x.State ?? "attached").toLowerCase()));
        vpcId = a?.VpcId;
        attachmentState = a ? "attached" : (g.VpcAttachments[0]?.State ?? "detached");
      }
      if (vpcId && !model.vpcs.has(vpcId)) ctx.refuse(`$.VpnGateways[${i}].VpcAttachments`, "the id of a VPC in Vpcs", `no VPC ${vpcId} in the snapshot`);
      const data: VpnGatewayData = { state: (g.State ?? "available").toLowerCase(), ...(vpcId ? { vpcId } : {}), attachmentState, connectionIds: (byVgw.get(g.VpnGatewayId) ?? []).sort() };
      ctx.register({ id: g.VpnGatewayId, kind: "vpn-gateway", ...(vpcId ? { vpcId } : {}), name: nameOf(g.Tags), data });
    });
    ctx.section("CustomerGateways", CustomerGatewaySchema).forEach((g) => {
      const data: CustomerGatewayData = { connectionIds: (byCgw.get(g.CustomerGatewayId) ?? []).sort() };
      ctx.register({ id: g.CustomerGatewayId, kind: "customer-gateway", name: nameOf(g.Tags), data });
      markOnPremisesEnd(model, g.CustomerGatewayId);
    });
    connections.forEach((v, i) => {
      const prefixes: Cidr[] = [];
      v.Routes?.forEach((r, j) => {
        if ((r.State ?? "available").toLowerCase() !== "available") return;
        const c = parseCidr(r.DestinationCidrBlock);
        if (!c || !r.DestinationCidrBlock.includes("/")) return ctx.refuse(`$.VpnConnections[${i}].Routes[${j}].DestinationCidrBlock`, "a CIDR such as 172.16.0.0/16", `found ${JSON.stringify(r.DestinationCidrBlock)}`);
        prefixes.push(c);
      });
      const telemetry = v.VgwTelemetry ?? [];
      const data: VpnConnectionData = {
        state: (v.State ?? "available").toLowerCase(),
        ...(v.CustomerGatewayId && cgwIds.has(v.CustomerGatewayId) ? { customerGatewayId: v.CustomerGatewayId } : {}),
        ...(v.VpnGatewayId ? { vpnGatewayId: v.VpnGatewayId } : {}),
        ...(v.TransitGatewayId ? { transitGatewayId: v.TransitGatewayId } : {}),
        // Static routes exist only on static connections: a concise snapshot may leave Options out.
        staticRoutesOnly: v.Options?.StaticRoutesOnly != null ? isOn(v.Options.StaticRoutesOnly) : prefixes.length > 0,
        prefixes,
        tunnelUp: telemetry.length === 0 || telemetry.some((t) => (t.Status ?? "").toUpperCase() === "UP"),
      };
      ctx.register({ id: v.VpnConnectionId, kind: "vpn-connection", name: nameOf(v.Tags), data });
      markOnPremisesEnd(model, v.VpnConnectionId);
    });

    // BGP prefixes shown (VPN route priority): a listed propagated route to a VGW that is no static route of its
    // connections was learned over BGP (Direct Connect or a BGP VPN), whose prefixes describe output does not give.
    model.snapshot.RouteTables.forEach((t, i) => {
      (t.Routes ?? []).forEach((r, j) => {
        if (r.Origin?.toLowerCase() !== "enablevgwroutepropagation" || !r.GatewayId || !r.DestinationCidrBlock) return;
        const vgw = model.components.get(r.GatewayId);
        if (!vgw || vgw.kind !== "vpn-gateway") return;
        const d = vgw.data as VpnGatewayData;
        const c = parseCidr(r.DestinationCidrBlock) ?? ctx.refuse(`$.RouteTables[${i}].Routes[${j}].DestinationCidrBlock`, "a CIDR such as 172.16.0.0/16", `found ${JSON.stringify(r.DestinationCidrBlock)}`);
        const isStatic = d.connectionIds.some((id) => (model.components.get(id)?.data as VpnConnectionData).prefixes.some((p) => p.text === c.text));
        if (!isStatic && !(d.learned ??= []).some((p) => p.text === c.text)) d.learned.push(c);
      });
    });

    // Route propagation (11.2): each VGW listed in a route table's PropagatingVgws adds its VPN connections'
    // static routes as propagated routes, unless the table already lists them (describe-route-tables output).
    model.snapshot.RouteTables.forEach((t, i) => {
      const seen = new Set((t.Routes ?? []).map((r) => `${r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? ""}|${r.GatewayId ?? ""}`));
      t.PropagatingVgws?.forEach((p, j) => {
        const vgw = model.components.get(p.GatewayId);
        if (!vgw || vgw.kind !== "vpn-gateway") return ctx.refuse(`$.RouteTables[${i}].PropagatingVgws[${j}].GatewayId`, "the id of a virtual private gateway in VpnGateways", `no VPN gateway ${p.GatewayId} in the snapshot`);
        const d = vgw.data as VpnGatewayData;
        if (d.vpcId !== t.VpcId) return;
        for (const id of d.connectionIds) {
          const v = model.components.get(id)?.data as VpnConnectionData;
          if (v.state !== "available") continue;
          for (const c of v.prefixes) {
            const key = `${c.text}|${vgw.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            ctx.addRoute(t.RouteTableId, { destination: c.text, target: { field: "GatewayId", id: vgw.id }, kind: "propagated" });
          }
        }
      });
    });
  },

  receive(ctx, c, packet, arrival) {
    const model = ctx.model;
    if (c.kind === "vpn-gateway") {
      const vgw = c as ComponentEntry<VpnGatewayData>;
      const d = vgw.data;
      const hop = ctx.hop(c.id, { ...(d.vpcId ? { Vpc: ref(ctx, d.vpcId) } : {}), InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) });
      const fields = { Component: ref(ctx, c.id), VpnGateway: ref(ctx, c.id) };
      if (d.state !== "available") return blocked(ctx, [hop], "BAD_STATE", { ...fields, State: d.state }, packet, `Virtual private gateway ${c.id} is ${d.state}; it must be available to carry traffic.`);
      if (packet.dst.family !== 4) return blocked(ctx, [hop], "PROTOCOL_RESTRICTION", { ...fields, Protocols: ["IPv4"] }, packet, `Virtual private gateway ${c.id} carries IPv4 only (a VPN with IPv6 needs a transit gateway).`);
      if (arrival.via === "route") {
        // From the VPC towards on-premises.
        if (d.vpcId !== arrival.vpcId) return blocked(ctx, [hop], "BAD_STATE_ATTACHMENT", { ...fields, Vpc: ref(ctx, arrival.vpcId), State: d.attachmentState }, packet, `Virtual private gateway ${c.id} is not attached to ${arrival.vpcId}, so the route to it cannot forward.`);
        if (!attachedInterface(ctx, arrival.vpcId, packet.src)) {
          return blocked(ctx, [hop], "VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS", { ...fields, Direction: "egress", Vpc: ref(ctx, arrival.vpcId) }, packet, `Virtual private gateway ${c.id} accepts outbound traffic only from interfaces in ${arrival.vpcId}; ${formatAddress(packet.src)} is not one (no transit through the VPC from a peered VPC, transit gateway or NAT, 7.4).`);
        }
        if (ctx.isTarget(c.id)) return { kind: "delivered", hops: [hop] };
        const choice = chooseConnection(ctx, vgw, packet);
        if (!choice) {
          return blocked(ctx, [hop], "NO_ROUTE_TO_DESTINATION", { ...fields, Destination: { Id: formatAddress(packet.dst) } }, packet, `Virtual private gateway ${c.id} has no VPN connection or Direct Connect interface whose routes match ${formatAddress(packet.dst)}. Add a static route to the VPN connection, or advertise the prefix over BGP.`);
        }
        return { kind: "next", hops: [hop], next: [{ to: "component", id: choice.id, packet, arrival: { via: "component", fromId: c.id } }] };
      }
      // From on-premises (a VPN connection, Direct Connect, or the query's source) into the VPC.
      if (!d.vpcId) return blocked(ctx, [hop], "BAD_STATE_ATTACHMENT", { ...fields, State: d.attachmentState }, packet, `Virtual private gateway ${c.id} is not attached to a VPC.`);
      if (!attachedInterface(ctx, d.vpcId, packet.dst)) {
        return blocked(ctx, [hop], "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", { ...fields, Direction: "ingress", Vpc: ref(ctx, d.vpcId) }, packet, `Virtual private gateway ${c.id} accepts traffic from on-premises only to a private IP address of an interface in ${d.vpcId}; ${formatAddress(packet.dst)} is not one (no transit to a peered VPC, the internet or the VPC's NAT gateway or gateway endpoints).`);
      }
      const edge = model.edgeRouteTables.get(c.id);
      return { kind: "next", hops: [hop], next: [{ to: "enter-vpc", vpcId: d.vpcId, packet, ...(edge ? { routeTableId: edge } : {}) }] };
    }

    if (c.kind === "customer-gateway") {
      const d = c.data as CustomerGatewayData;
      const hop = ctx.hop(c.id, { OutboundHeader: ctx.header(packet) });
      if (d.connectionIds.length === 0) return blocked(ctx, [hop], "NO_ROUTE_TO_DESTINATION", { Component: ref(ctx, c.id), CustomerGateway: ref(ctx, c.id) }, packet, `Customer gateway ${c.id} has no VPN connection.`);
      const next: Step[] = d.connectionIds.map((id) => ({ to: "component", id, packet, arrival: { via: "component", fromId: c.id } }));
      return { kind: "next", hops: [hop], next };
    }

    if (c.kind === "vpn-connection") {
      const v = c as ComponentEntry<VpnConnectionData>;
      const d = v.data;
      const from = arrival.via === "component" ? model.components.get(arrival.fromId) : undefined;
      const outbound = from !== undefined && (from.kind === "vpn-gateway" || from.kind === "transit-gateway-attachment");
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet), ...(d.transitGatewayId ? { TransitGateway: ref(ctx, d.transitGatewayId) } : {}) });
      if (outbound) {
        const hops = [hop];
        const down = connectionDown(ctx, v, hops, packet);
        if (down) return down;
        if (d.customerGatewayId) hops.push(ctx.hop(d.customerGatewayId, { InboundHeader: ctx.header(packet) }));
        return leaveToOnPremises(ctx, c.id, hops, packet);
      }
      // From on-premises.
      const hops: Hop[] = [];
      if (d.customerGatewayId && from?.id !== d.customerGatewayId) hops.push(ctx.hop(d.customerGatewayId, { OutboundHeader: ctx.header(packet) }));
      hops.push(hop);
      const down = connectionDown(ctx, v, hops, packet);
      if (down) return down;
      if (d.vpnGatewayId) return { kind: "next", hops, next: [{ to: "component", id: d.vpnGatewayId, packet, arrival: { via: "component", fromId: c.id } }] };
      const tgwId = d.transitGatewayId as string;
      const att = tgwAttachmentFor(model, tgwId, c.id);
      if (!att) return blocked(ctx, hops, "BAD_STATE_ATTACHMENT", { Component: ref(ctx, c.id), VpnConnection: ref(ctx, c.id), TransitGateway: ref(ctx, tgwId) }, packet, `VPN connection ${c.id} has no attachment to transit gateway ${tgwId}.`);
      return { kind: "next", hops, next: [{ to: "component", id: tgwId, packet, arrival: { via: "component", fromId: att.id } }] };
    }
    return blocked(ctx, [ctx.hop(c.id)], "UNSUPPORTED_COMPONENT", { Component: ref(ctx, c.id) }, packet, `${c.id} cannot carry this traffic.`);
  },

  resolveSource(ctx, c) {
    return { kind: "component", componentId: c.id, defaultSourceAddress: onPremisesAddress(ctx.model, c), addressing: "private" };
  },

  resolveDestination(ctx, c) {
    return { target: { kind: "component", id: c.id }, address: onPremisesAddress(ctx.model, c) };
  },
};
