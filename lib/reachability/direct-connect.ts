/**
 * Direct Connect (semantics 12.x): virtual interfaces (VIFs) and Direct Connect gateways (DXGWs). A private VIF
 * reaches one VPC through a virtual private gateway, or several through a DXGW associated with their VGWs; a
 * transit VIF reaches transit gateways through a DXGW; a public VIF reaches public AWS addresses (12.1). A DXGW
 * association's allowed prefixes (allowedPrefixesToDirectConnectGateway), where the snapshot gives them, are all
 * on-premises can reach through it (12.2, DXGW_ALLOWED_PREFIXES_RESTRICTION). Direct Connect beats VPN for the
 * same prefix (12.3: vpn.ts picks the connection, transit-gateway-route-table.ts ranks propagated routes). A VIF
 * not `available`, or a DXGW not `available`, is BAD_STATE. NAT gateways and gateway endpoints cannot be used
 * from across Direct Connect (12.4): the VGW accepts only traffic for interfaces of its VPC (vpn.ts).
 */
import type { Hop } from "./analysis";
import { addressKey, cidrContains, formatAddress, isRfc1918, isRfc6598, parseAddress, parseCidr, type Address, type Cidr } from "./cidr";
import type { ComponentEntry, ComponentFamily, HopContext, HopOutcome, Step } from "./family";
import { dxAssociations, DirectConnectGatewaySchema, VirtualInterfaceSchema } from "./gateway-sections";
import { vpcCidrsContain, type Model } from "./model";
import { DEFAULT_ON_PREMISES_V4, leaveToOnPremises, markOnPremisesEnd } from "./on-premises";
import type { Packet } from "./packet";
import { selectRoute } from "./route-table";
import { tgwAttachmentFor } from "./transit-gateway";

export const DIRECT_CONNECT_FAMILY = "direct-connect";

export interface VirtualInterfaceData {
  readonly type: "private" | "transit" | "public";
  readonly state: string;
  readonly vpnGatewayId?: string;
  readonly directConnectGatewayId?: string;
  /** routeFilterPrefixes: the on-premises prefixes it announces, when the snapshot gives them. */
  readonly prefixes?: Cidr[];
  /** A public VIF's routeFilterPrefixes: the customer's public prefixes (its default on-premises host). */
  readonly publicPrefixes?: Cidr[];
}

export interface DxAssociation {
  readonly gatewayId: string;
  readonly type: "vpn-gateway" | "transit-gateway";
  readonly state: string;
  /** Allowed prefixes (12.2); undefined when the snapshot does not give them. */
  readonly allowedPrefixes?: Cidr[];
}

export interface DirectConnectGatewayData {
  readonly state: string;
  readonly associations: DxAssociation[];
  /** VIFs on this gateway, sorted. */
  readonly vifIds: string[];
}

export interface DirectConnectCandidate {
  /** The VIF (attached directly to the VGW) or the DXGW (associated with the VGW) the VGW hands the packet to. */
  readonly id: string;
  readonly live: boolean;
  readonly prefixes?: Cidr[];
}

interface DxIndex {
  /** VGW id → the Direct Connect paths to on-premises from it. */
  readonly byVgw: Map<string, DirectConnectCandidate[]>;
}

const ASSOCIATED = new Set(["associated", "associating", "updating"]);

/** The Direct Connect paths a virtual private gateway can send on-premises traffic through (for vpn.ts). */
export function directConnectCandidates(model: Model, vgwId: string): readonly DirectConnectCandidate[] {
  return (model.familyData.get(DIRECT_CONNECT_FAMILY) as DxIndex | undefined)?.byVgw.get(vgwId) ?? [];
}

type Code = Parameters<HopContext["explain"]>[0];
type Fields = Parameters<HopContext["explain"]>[1];
const ref = (ctx: HopContext, id: string) => ctx.hop(id).Component;

function blocked(ctx: HopContext, hops: Hop[], code: Code, fields: Fields, packet: Packet, sentence: string): HopOutcome {
  return { kind: "blocked", hops, explanation: ctx.explain(code, fields, packet, sentence) };
}

function vifType(text: string | null | undefined): VirtualInterfaceData["type"] {
  const t = (text ?? "private").toLowerCase();
  return t === "transit" ? "transit" : t === "public" ? "public" : "private";
}

function allowed(a: DxAssociation, packet: Packet): boolean {
  return !a.allowedPrefixes || a.allowedPrefixes.some((p) => p.family === packet.dst.family && cidrContains(p, packet.dst));
}

/**
 * The on-premises address a query end on this VIF uses when the query gives none: its first routeFilterPrefixes
 * address + 10 (a public VIF: the customer's announced public prefix); for a private VIF (describe output gives it no prefixes), the first prefix its virtual private
 * gateways propagated (or were given as static routes) in a VPC route table that the table really sends to them
 * (not lost to local), + 10; else 192.0.2.10.
 */
function onPremisesEnd(model: Model, d: VirtualInterfaceData): Address {
  const p = d.prefixes?.[0] ?? d.publicPrefixes?.find((c) => c.family === 4);
  if (p) return { family: p.family, value: p.base + (p.length <= 28 ? 10n : 0n) };
  if (d.type !== "private") return DEFAULT_ON_PREMISES_V4;
  const vgws = new Set<string>();
  if (d.vpnGatewayId) vgws.add(d.vpnGatewayId);
  const dxgw = d.directConnectGatewayId ? (model.components.get(d.directConnectGatewayId)?.data as DirectConnectGatewayData | undefined) : undefined;
  for (const a of dxgw?.associations ?? []) if (a.type === "vpn-gateway" && a.state !== "disassociated") vgws.add(a.gatewayId);
  for (const propagatedFirst of [true, false]) {
    for (const table of model.routeTables.values()) {
      for (const route of table.routes) {
        if (route.destination.family !== 4 || route.state !== "active" || !vgws.has(route.target.id) || (route.kind === "propagated") !== propagatedFirst) continue;
        const candidate: Address = { family: 4, value: route.destination.base + (route.destination.length <= 28 ? 10n : 0n) };
        if (vgws.has(selectRoute(table, candidate).route?.target.id ?? "")) return candidate;
      }
    }
  }
  return DEFAULT_ON_PREMISES_V4;
}

export const directConnectFamily: ComponentFamily = {
  name: DIRECT_CONNECT_FAMILY,
  sections: { virtualInterfaces: VirtualInterfaceSchema, directConnectGateways: DirectConnectGatewaySchema },

  load(ctx) {
    const model = ctx.model;
    const gateways = new Map<string, { data: DirectConnectGatewayData; name?: string }>();
    const gatewayOf = (id: string) => {
      let g = gateways.get(id);
      if (!g) gateways.set(id, (g = { data: { state: "available", associations: [], vifIds: [] } }));
      return g;
    };
    ctx.section("directConnectGateways", DirectConnectGatewaySchema).forEach((g) => {
      const entry = gatewayOf(g.directConnectGatewayId);
      (entry.data as { state: string }).state = (g.directConnectGatewayState ?? "available").toLowerCase();
      entry.name = g.directConnectGatewayName ?? undefined;
    });
    for (const { association, path } of dxAssociations(ctx.section)) {
      if (!association.directConnectGatewayId) continue;
      const gwId = association.associatedGateway?.id ?? association.virtualGatewayId;
      if (!gwId) continue;
      const typeText = (association.associatedGateway?.type ?? "virtualPrivateGateway").toLowerCase();
      const type = typeText === "transitgateway" ? "transit-gateway" : "vpn-gateway";
      const target = model.components.get(gwId);
      if (!target || target.kind !== type) ctx.refuse(`${path}.associatedGateway.id`, `the id of a ${type === "transit-gateway" ? "transit gateway in TransitGateways" : "virtual private gateway in VpnGateways"}`, `no ${type} ${gwId} in the snapshot`);
      const prefixes = association.allowedPrefixesToDirectConnectGateway?.map((p, k) => {
        const c = parseCidr(p.cidr);
        if (!c || !p.cidr.includes("/")) return ctx.refuse(`${path}.allowedPrefixesToDirectConnectGateway[${k}].cidr`, "a CIDR such as 10.0.0.0/16", `found ${JSON.stringify(p.cidr)}`);
        return c;
      });
      gatewayOf(association.directConnectGatewayId).data.associations.push({ gatewayId: gwId, type, state: (association.associationState ?? "associated").toLowerCase(), ...(prefixes ? { allowedPrefixes: prefixes } : {}) });
    }
    const vifs: { id: string; data: VirtualInterfaceData; name?: string }[] = [];
    ctx.section("virtualInterfaces", VirtualInterfaceSchema).forEach((v, i) => {
      const path = `$.virtualInterfaces[${i}]`;
      const type = vifType(v.virtualInterfaceType);
      if (v.virtualGatewayId) {
        const vgw = model.components.get(v.virtualGatewayId);
        if (!vgw || vgw.kind !== "vpn-gateway") ctx.refuse(`${path}.virtualGatewayId`, "the id of a virtual private gateway in VpnGateways", `no VPN gateway ${v.virtualGatewayId} in the snapshot`);
      }
      if (type === "transit" && !v.directConnectGatewayId) ctx.refuse(`${path}.directConnectGatewayId`, "the Direct Connect gateway of a transit virtual interface", "it is missing");
      const prefixes = v.routeFilterPrefixes && v.routeFilterPrefixes.length > 0 && type !== "public" ? v.routeFilterPrefixes.map((p) => parseCidr(p.cidr)).filter((c): c is Cidr => !!c) : undefined;
      const data: VirtualInterfaceData = {
        type,
        state: (v.virtualInterfaceState ?? "available").toLowerCase(),
        ...(v.virtualGatewayId ? { vpnGatewayId: v.virtualGatewayId } : {}),
        ...(v.directConnectGatewayId ? { directConnectGatewayId: v.directConnectGatewayId } : {}),
        ...(prefixes ? { prefixes } : {}),
        ...(type === "public" && v.routeFilterPrefixes && v.routeFilterPrefixes.length > 0 ? { publicPrefixes: v.routeFilterPrefixes.map((x) => parseCidr(x.cidr)).filter((c): c is Cidr => !!c) } : {}),
      };
      if (v.directConnectGatewayId) gatewayOf(v.directConnectGatewayId).data.vifIds.push(v.virtualInterfaceId);
      vifs.push({ id: v.virtualInterfaceId, data, name: v.virtualInterfaceName ?? undefined });
    });
    const byVgw = new Map<string, DirectConnectCandidate[]>();
    const add = (vgwId: string, c: DirectConnectCandidate) => byVgw.set(vgwId, [...(byVgw.get(vgwId) ?? []), c]);
    for (const id of [...gateways.keys()].sort()) {
      const g = gateways.get(id)!;
      g.data.vifIds.sort();
      ctx.register({ id, kind: "direct-connect-gateway", ...(g.name ? { name: g.name } : {}), data: g.data });
      const privateVifs = g.data.vifIds.map((v) => vifs.find((x) => x.id === v)!).filter((v) => v.data.type === "private");
      for (const a of g.data.associations) {
        if (a.type !== "vpn-gateway" || !ASSOCIATED.has(a.state)) continue;
        if (privateVifs.length === 0) continue;
        add(a.gatewayId, { id, live: g.data.state === "available" && privateVifs.some((v) => v.data.state === "available") });
      }
    }
    for (const v of vifs.sort((a, b) => (a.id < b.id ? -1 : 1))) {
      ctx.register({ id: v.id, kind: "virtual-interface", ...(v.name ? { name: v.name } : {}), data: v.data });
      markOnPremisesEnd(model, v.id);
      if (v.data.type === "private" && v.data.vpnGatewayId) add(v.data.vpnGatewayId, { id: v.id, live: v.data.state === "available", ...(v.data.prefixes ? { prefixes: v.data.prefixes } : {}) });
    }
    model.familyData.set(DIRECT_CONNECT_FAMILY, { byVgw } satisfies DxIndex);
  },

  receive(ctx, c, packet, arrival) {
    const model = ctx.model;
    const from = arrival.via === "component" ? model.components.get(arrival.fromId) : undefined;
    if (c.kind === "virtual-interface") {
      const d = c.data as VirtualInterfaceData;
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) });
      if (d.state !== "available") {
        return blocked(ctx, [hop], "BAD_STATE", { Component: ref(ctx, c.id), State: d.state }, packet, `Direct Connect virtual interface ${c.id} is ${d.state}; it must be available (BGP up) to carry traffic.`);
      }
      if (from && (from.kind === "vpn-gateway" || from.kind === "direct-connect-gateway")) return leaveToOnPremises(ctx, c.id, [hop], packet);
      // From on-premises.
      if (d.type === "public") {
        // 12.1: public AWS addresses only, as from the internet (through the owning VPC's internet gateway).
        if (isRfc1918(packet.dst) || isRfc6598(packet.dst)) {
          return blocked(ctx, [hop], "DX_PUBLIC_VIF_PUBLIC_ADDRESS_ONLY", { Component: ref(ctx, c.id) }, packet, `Public virtual interface ${c.id} reaches only public AWS addresses; ${formatAddress(packet.dst)} is private. Use a private or transit virtual interface for VPC private addresses.`);
        }
        // The reply leaves AWS to the internet side; the engine does not follow it back onto the interface.
        ctx.flow.details.add("UNIDIRECTIONAL_PATH_ANALYSIS_ONLY");
        const owner = model.publicIndex.get(addressKey(packet.dst));
        const igw = owner ? [...model.components.values()].find((x) => x.kind === "internet-gateway" && x.vpcId === owner.eni.vpcId) : undefined;
        if (igw) return { kind: "next", hops: [hop], next: [{ to: "component", id: igw.id, packet, arrival: { via: "outside" } }] };
        return { kind: "next", hops: [hop], next: [{ to: "exit", via: c.id, packet, network: "aws-service" }] };
      }
      const next = d.type === "private" && d.vpnGatewayId ? d.vpnGatewayId : d.directConnectGatewayId;
      if (!next) return blocked(ctx, [hop], "BAD_STATE_ATTACHMENT", { Component: ref(ctx, c.id) }, packet, `Virtual interface ${c.id} is attached to no virtual private gateway or Direct Connect gateway.`);
      return { kind: "next", hops: [hop], next: [{ to: "component", id: next, packet, arrival: { via: "component", fromId: c.id } }] };
    }

    if (c.kind === "direct-connect-gateway") {
      const d = c.data as DirectConnectGatewayData;
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) });
      if (d.state !== "available") return blocked(ctx, [hop], "BAD_STATE", { Component: ref(ctx, c.id), State: d.state }, packet, `Direct Connect gateway ${c.id} is ${d.state}; it must be available to carry traffic.`);
      if (from && (from.kind === "vpn-gateway" || from.kind === "transit-gateway-attachment")) {
        // Towards on-premises: a private VIF (from a VGW) or a transit VIF (from a transit gateway).
        const want: VirtualInterfaceData["type"] = from.kind === "vpn-gateway" ? "private" : "transit";
        const candidates = d.vifIds.map((id) => model.components.get(id) as ComponentEntry<VirtualInterfaceData>).filter((v) => v.data.type === want);
        const live = candidates.filter((v) => v.data.state === "available");
        const pick = live[0] ?? candidates[0];
        if (!pick) return blocked(ctx, [hop], "NO_ROUTE_TO_DESTINATION", { Component: ref(ctx, c.id) }, packet, `Direct Connect gateway ${c.id} has no ${want} virtual interface to on-premises.`);
        return { kind: "next", hops: [hop], next: [{ to: "component", id: pick.id, packet, arrival: { via: "component", fromId: c.id } }] };
      }
      if (from?.kind === "virtual-interface") {
        const vif = from.data as VirtualInterfaceData;
        const want = vif.type === "transit" ? "transit-gateway" : "vpn-gateway";
        const assocs = d.associations.filter((a) => a.type === want && ASSOCIATED.has(a.state));
        let chosen: DxAssociation | undefined;
        if (want === "vpn-gateway") {
          chosen = assocs.find((a) => {
            const vpcId = model.components.get(a.gatewayId)?.vpcId;
            const vpc = vpcId ? model.vpcs.get(vpcId) : undefined;
            return vpc && vpcCidrsContain(vpc, packet.dst);
          });
        } else chosen = assocs.find((a) => allowed(a, packet)) ?? assocs[0];
        if (!chosen) {
          return blocked(ctx, [hop], "NO_ROUTE_TO_DESTINATION", { Component: ref(ctx, c.id), Destination: { Id: formatAddress(packet.dst) } }, packet, `Direct Connect gateway ${c.id} has no association with a ${want === "vpn-gateway" ? "virtual private gateway whose VPC holds" : "transit gateway for"} ${formatAddress(packet.dst)}.`);
        }
        if (!allowed(chosen, packet)) {
          return blocked(ctx, [hop], "DXGW_ALLOWED_PREFIXES_RESTRICTION", { Component: ref(ctx, c.id), Cidrs: (chosen.allowedPrefixes ?? []).map((p) => p.text) }, packet, `Direct Connect gateway ${c.id}: ${formatAddress(packet.dst)} is outside the allowed prefixes of its association with ${chosen.gatewayId} (${(chosen.allowedPrefixes ?? []).map((p) => p.text).join(", ")}), so on-premises has no route to it. Add the prefix to the association's allowed prefixes.`);
        }
        let next: Step;
        if (chosen.type === "vpn-gateway") next = { to: "component", id: chosen.gatewayId, packet, arrival: { via: "component", fromId: c.id } };
        else {
          const att = tgwAttachmentFor(model, chosen.gatewayId, c.id);
          if (!att) return blocked(ctx, [hop], "BAD_STATE_ATTACHMENT", { Component: ref(ctx, c.id), TransitGateway: ref(ctx, chosen.gatewayId) }, packet, `Direct Connect gateway ${c.id} has no attachment on transit gateway ${chosen.gatewayId}.`);
          next = { to: "component", id: chosen.gatewayId, packet, arrival: { via: "component", fromId: att.id } };
        }
        return { kind: "next", hops: [hop], next: [next] };
      }
      return blocked(ctx, [hop], "UNSUPPORTED_COMPONENT", { Component: ref(ctx, c.id) }, packet, `Direct Connect gateway ${c.id} cannot be a source: use one of its virtual interfaces with SourceIp.`);
    }
    return blocked(ctx, [ctx.hop(c.id)], "UNSUPPORTED_COMPONENT", { Component: ref(ctx, c.id) }, packet, `${c.id} cannot carry this traffic.`);
  },

  resolveSource(ctx, c) {
    if (c.kind !== "virtual-interface") return undefined;
    const d = c.data as VirtualInterfaceData;
    return { kind: "component", componentId: c.id, defaultSourceAddress: onPremisesEnd(ctx.model, d), addressing: d.type === "public" ? "public" : "private" };
  },

  resolveDestination(ctx, c) {
    if (c.kind !== "virtual-interface") return undefined;
    const d = c.data as VirtualInterfaceData;
    if (d.type === "public") {
      // AWS public traffic to the customer's public prefix: it leaves through the VPC's internet gateway (AWS carries
      // it to the announced prefix); the leg ends at that address.
      const address = (ctx.query.DestinationIp ? parseAddress(ctx.query.DestinationIp) : undefined) ?? onPremisesEnd(ctx.model, d);
      return { target: { kind: "address", address }, address };
    }
    return { target: { kind: "component", id: c.id }, address: onPremisesEnd(ctx.model, d) };
  },
};
