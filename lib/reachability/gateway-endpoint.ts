/**
 * Gateway VPC endpoints (semantics 9.1-9.4): S3 and DynamoDB through a route whose destination is the service's
 * prefix list and whose target is the endpoint; TCP and ICMP echo only (9.4); IPv4 only and only for interfaces
 * of its own VPC (9.3: not across peering, VPN, TGW or DX). The service is reached through an `exit`; its reply
 * comes back in through the endpoint.
 */
import { parseAddress, type Address } from "./cidr";
import type { ComponentFamily, HopContext, HopOutcome } from "./family";
import { nameOf, vpcCidrsContain } from "./model";
import { isEchoReply, isEchoRequest, type Packet } from "./packet";

export interface GatewayEndpointData {
  readonly vpcId: string;
  readonly state: string;
  readonly serviceName?: string;
}

function fail(ctx: HopContext, id: string, hop: ReturnType<HopContext["hop"]>, code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}): HopOutcome {
  const ref = ctx.hop(id).Component;
  return { kind: "blocked", hops: [hop], explanation: ctx.explain(code, { Component: ref, VpcEndpoint: ref, ...extra }, packet) };
}

export const gatewayEndpointFamily: ComponentFamily = {
  name: "gateway-endpoint",

  load(ctx) {
    ctx.model.snapshot.VpcEndpoints.forEach((e, i) => {
      if ((e.VpcEndpointType ?? "").toLowerCase() !== "gateway") return;
      const vpcId = e.VpcId && ctx.model.vpcs.has(e.VpcId) ? e.VpcId : ctx.refuse(`$.VpcEndpoints[${i}].VpcId`, "the id of a VPC in Vpcs", `no VPC ${e.VpcId ?? "(missing)"} in the snapshot`);
      const data: GatewayEndpointData = { vpcId, state: (e.State ?? "available").toLowerCase(), ...(e.ServiceName ? { serviceName: e.ServiceName } : {}) };
      ctx.register({ id: e.VpcEndpointId, kind: "gateway-endpoint", vpcId, name: nameOf(e.Tags), data });
      // AWS adds the route (the service's prefix list -> the endpoint) to each route table chosen at creation
      // (9.1). A concise snapshot may list RouteTableIds without that route: fill it in, as AWS creates it, when the
      // service's prefix list (PrefixListName = ServiceName) is in the snapshot and the table does not already route
      // to the endpoint.
      const pl = e.ServiceName ? ctx.model.snapshot.PrefixLists.find((p) => p.PrefixListName === e.ServiceName) : undefined;
      if (!pl || data.state !== "available") return;
      for (const tableId of e.RouteTableIds ?? []) {
        const table = ctx.model.snapshot.RouteTables.find((t) => t.RouteTableId === tableId);
        if (!table || table.VpcId !== vpcId || (table.Routes ?? []).some((r) => r.GatewayId === e.VpcEndpointId)) continue;
        ctx.addRoute(tableId, { destination: pl.PrefixListId, target: { field: "GatewayId", id: e.VpcEndpointId }, kind: "prefix-list" });
      }
    });
  },

  receive(ctx, c, packet, arrival) {
    const d = c.data as GatewayEndpointData;
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet), Vpc: ctx.hop(d.vpcId).Component, ...(d.serviceName ? { ServiceName: d.serviceName } : {}) });
    if (arrival.via === "outside" && ctx.leg === "forward") {
      // The endpoint as the query's source (RA allows it): it starts nothing, in its own VPC or elsewhere (9.6; RA NO_PATH).
      const vpc = ctx.model.vpcs.get(d.vpcId);
      const own = !!ctx.interfaceAt(d.vpcId, packet.dst) || (!!vpc && vpcCidrsContain(vpc, packet.dst));
      const ref = ctx.hop(c.id).Component;
      return { kind: "blocked", hops: [hop], explanation: ctx.explain(own ? "VPCE_INTRA_VPC_TRAFFIC" : "NO_PATH", { Component: ref, VpcEndpoint: ref, Vpc: ctx.hop(d.vpcId).Component }, packet,
        own ? `Gateway endpoint ${c.id} cannot initiate connections to resources in its own VPC ${d.vpcId}: traffic through it starts in the VPC (9.6).` : `Gateway endpoint ${c.id} cannot initiate connections: it only carries requests from its VPC to ${d.serviceName ?? "its service"} (9.6).`) };
    }
    if (d.state !== "available") return fail(ctx, c.id, hop, "BAD_STATE", packet, { State: d.state });
    if (arrival.via === "route") {
      if (packet.protocol !== "tcp" && !isEchoRequest(packet) && !(ctx.leg === "return" && isEchoReply(packet))) return fail(ctx, c.id, hop, "VPCE_GATEWAY_PROTOCOL_RESTRICTION", packet, { Protocols: ["tcp", "icmp echo"] });
      if (packet.dst.family !== 4 || !ctx.interfaceAt(d.vpcId, packet.src) || arrival.vpcId !== d.vpcId) return fail(ctx, c.id, hop, "VPCE_GATEWAY_REQUIRES_SOURCE_IN_VPC", packet, { Vpc: ctx.hop(d.vpcId).Component });
      if (ctx.isTarget(c.id)) return { kind: "delivered", hops: [hop] };
      return { kind: "next", hops: [hop], next: [{ to: "exit", via: c.id, packet, network: "aws-service" }] };
    }
    if (arrival.via === "outside") {
      if (packet.protocol !== "tcp" && !isEchoReply(packet)) return fail(ctx, c.id, hop, "VPCE_GATEWAY_PROTOCOL_RESTRICTION", packet, { Protocols: ["tcp", "icmp echo"] });
      return { kind: "next", hops: [hop], next: [{ to: "enter-vpc", vpcId: d.vpcId, packet }] };
    }
    return fail(ctx, c.id, hop, "UNSUPPORTED_COMPONENT", packet);
  },

  resolveSource(ctx, c) {
    // Only to answer that it cannot initiate (9.6): an address of the service's prefix list, else a documentation address.
    const fromList = serviceAddress(ctx.model.routeTables.values(), c.id);
    return { kind: "component", componentId: c.id, defaultSourceAddress: fromList ?? (parseAddress("192.0.2.10") as Address), addressing: "private" };
  },

  resolveDestination(ctx, c) {
    // The first address of the first prefix list routed to this endpoint (e.g. S3's), unless DestinationIp.
    for (const table of ctx.model.routeTables.values()) {
      for (const r of table.routes) {
        if (r.target.id === c.id && r.prefixListId) return { target: { kind: "component", id: c.id }, address: { family: 4, value: r.destination.base + 1n } };
      }
    }
    return { target: { kind: "component", id: c.id } };
  },
};

/** The first address of the first prefix list routed to endpoint `id` (e.g. S3's). */
function serviceAddress(tables: Iterable<{ readonly routes: readonly { readonly target: { readonly id: string }; readonly prefixListId?: string; readonly destination: { readonly base: bigint } }[] }>, id: string): Address | undefined {
  for (const table of tables) for (const r of table.routes) if (r.target.id === id && r.prefixListId) return { family: 4, value: r.destination.base + 1n };
  return undefined;
}
