/**
 * Egress-only internet gateways (semantics 3.x): IPv6 only, outbound connections only, stateful so replies
 * come back; no security group, the subnet NACL applies (3.2). As a query source it is an IPv6 internet host,
 * whose connections are blocked (3.3).
 */
import { addressKey, parseAddress, sameAddress, type Address } from "./cidr";
import type { ComponentFamily, HopContext, HopOutcome } from "./family";
import { nameOf } from "./model";
import type { Packet } from "./packet";

export interface EgressOnlyInternetGatewayData {
  readonly vpcIds: readonly string[];
  readonly state: string;
}

/** The IPv6 internet host used when a query gives no address (RFC 3849 documentation range). */
export const DEFAULT_INTERNET_V6 = parseAddress("2001:db8:ffff::10") as Address;

interface EigwFlow {
  readonly inside: Address;
  readonly peer: Address;
}

function fail(ctx: HopContext, id: string, hop: ReturnType<HopContext["hop"]>, code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}): HopOutcome {
  return { kind: "blocked", hops: [hop], explanation: ctx.explain(code, { Component: ctx.hop(id).Component, ...extra }, packet) };
}

export const egressOnlyInternetGatewayFamily: ComponentFamily = {
  name: "egress-only-internet-gateway",

  load(ctx) {
    const routesTo = new Map<string, Set<string>>();
    for (const t of ctx.model.snapshot.RouteTables) for (const r of t.Routes ?? []) if (r.EgressOnlyInternetGatewayId) (routesTo.get(r.EgressOnlyInternetGatewayId) ?? routesTo.set(r.EgressOnlyInternetGatewayId, new Set()).get(r.EgressOnlyInternetGatewayId))?.add(t.VpcId);
    for (const g of ctx.model.snapshot.EgressOnlyInternetGateways) {
      let vpcIds: string[];
      let state = "attached";
      if (g.Attachments == null) {
        vpcIds = [...(routesTo.get(g.EgressOnlyInternetGatewayId) ?? [])].filter((v) => ctx.model.vpcs.has(v)).sort().slice(0, 1);
      } else {
        vpcIds = g.Attachments.filter((a) => ["attached", "available"].includes((a.State ?? "attached").toLowerCase())).map((a) => a.VpcId);
        if (vpcIds.length === 0) state = g.Attachments[0]?.State ?? "detached";
      }
      const data: EgressOnlyInternetGatewayData = { vpcIds, state };
      ctx.register({ id: g.EgressOnlyInternetGatewayId, kind: "egress-only-internet-gateway", vpcId: vpcIds[0], name: nameOf(g.Tags), data });
    }
  },

  receive(ctx, c, packet, arrival) {
    const d = c.data as EgressOnlyInternetGatewayData;
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) });
    if (arrival.via === "route") {
      if (packet.dst.family !== 6) return fail(ctx, c.id, hop, "EIGW_IPV6_ONLY", packet);
      if (!d.vpcIds.includes(arrival.vpcId)) return fail(ctx, c.id, hop, "BAD_STATE_ATTACHMENT", packet, { Vpc: ctx.hop(arrival.vpcId).Component, State: d.state });
      if (!ctx.interfaceAt(arrival.vpcId, packet.src)) return fail(ctx, c.id, hop, "GATEWAY_REJECTS_SPOOFED_TRAFFIC", packet, { Direction: "egress", Vpc: ctx.hop(arrival.vpcId).Component });
      // A reply routed here to an internet host belongs to a connection the internet started (through an internet
      // gateway): the gateway only carries connections its VPC starts (3.1, 3.3). A reply to an address of the
      // snapshot (a peer's interface) is a missing return route instead: it leaves and finds no destination.
      if (ctx.leg === "return" && !ctx.model.ipIndex.has(addressKey(packet.dst))) return fail(ctx, c.id, hop, "EIGW_OUTBOUND_ONLY", packet, { Direction: "egress", Vpc: ctx.hop(arrival.vpcId).Component });
      if (ctx.leg === "forward") ctx.flow.memory.set(c.id, { inside: packet.src, peer: packet.dst } satisfies EigwFlow);
      return { kind: "next", hops: [{ ...hop, Vpc: ctx.hop(arrival.vpcId).Component }], next: [{ to: "exit", via: c.id, packet, network: "internet" }] };
    }
    if (arrival.via === "outside") {
      const vpcId = d.vpcIds[0];
      const flow = ctx.flow.memory.get(c.id) as EigwFlow | undefined;
      if (ctx.leg === "return" && vpcId && flow && sameAddress(flow.inside, packet.dst) && sameAddress(flow.peer, packet.src)) {
        return { kind: "next", hops: [{ ...hop, Vpc: ctx.hop(vpcId).Component }], next: [{ to: "enter-vpc", vpcId, packet }] };
      }
      return fail(ctx, c.id, hop, "EIGW_OUTBOUND_ONLY", packet, { Direction: "ingress" });
    }
    return fail(ctx, c.id, hop, "UNSUPPORTED_COMPONENT", packet);
  },

  resolveSource(_ctx, c) {
    return { kind: "component", componentId: c.id, defaultSourceAddress: DEFAULT_INTERNET_V6, addressing: "private" };
  },

  resolveDestination(_ctx, c) {
    return { target: { kind: "component", id: c.id }, address: DEFAULT_INTERNET_V6 };
  },
};
