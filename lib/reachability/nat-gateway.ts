/**
 * NAT gateways (semantics 4.x): source NAT to the gateway's private address (then the IGW maps it to the EIP,
 * as Batfish models it, 4.2), source port kept when in 1024-65535 else remapped into it, outbound only (4.3),
 * the NACL of its subnet both ways and no security group (4.5), only interfaces of its own VPC (4.6, enforced by
 * topology: peering, VPN and DX traffic is never routed by this VPC's route tables), not for its own subnet (4.7).
 * A private NAT gateway has no EIP: the IGW then drops its traffic (4.1). NAT64 (VPC User Guide, "DNS64 and NAT64"):
 * IPv6 addressed into 64:ff9b::/96 leaves as IPv4 to the embedded address, from the gateway's private address; the
 * reply comes back as IPv6 from the synthesized address. Other IPv6 is refused (PROTOCOL_RESTRICTION).
 */
import { addressInCidr, formatAddress, parseAddress, sameAddress, type Address } from "./cidr";
import type { ComponentFamily, HopContext, HopOutcome } from "./family";
import { quote } from "./errors";
import { nameOf, ownsAddress } from "./model";
import { embeddedIpv4, icmpTypeTo, synthesizedIpv6 } from "./nat64";
import { withDestination, withSource, type Packet } from "./packet";

export interface NatGatewayData {
  /** A regional NAT gateway (AvailabilityMode regional: no subnet, its own route table): not modelled. */
  readonly regional?: boolean;
  readonly vpcId: string;
  readonly subnetId: string;
  readonly state: string;
  readonly connectivity: "public" | "private";
  readonly eniId: string;
  readonly privateIp: Address;
}

/** What the NAT gateway remembers of a flow (the forward leg writes it; the reply reads it). */
interface NatTranslation {
  readonly originalSource: Address;
  readonly originalPort: number;
  readonly translatedPort: number;
  readonly peer: Address;
  /** NAT64: the flow came in as IPv6 (the reply goes back as IPv6 from the synthesized address). */
  readonly nat64?: boolean;
}

function fail(ctx: HopContext, id: string, hop: ReturnType<HopContext["hop"]>, code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}): HopOutcome {
  const ref = ctx.hop(id).Component;
  return { kind: "blocked", hops: [hop], explanation: ctx.explain(code, { Component: ref, NatGateway: ref, ...extra }, packet) };
}

export const natGatewayFamily: ComponentFamily = {
  name: "nat-gateway",

  load(ctx) {
    ctx.model.snapshot.NatGateways.forEach((n, i) => {
      const path = `$.NatGateways[${i}]`;
      if (!n.SubnetId && String((n as { AvailabilityMode?: unknown }).AvailabilityMode ?? "").toLowerCase() === "regional") {
        // A regional NAT gateway (VPC User Guide, "Regional NAT gateways"): no subnet; AWS gives it its own route
        // table to the internet gateway. Not modelled: the snapshot loads, a route to it stops there.
        const vpc = n.VpcId ? ctx.model.vpcs.get(n.VpcId) : undefined;
        ctx.register({ id: n.NatGatewayId, kind: "nat-gateway", ...(vpc ? { vpcId: vpc.id } : {}), name: nameOf(n.Tags), data: { regional: true, vpcId: vpc?.id ?? "", subnetId: "", state: (n.State ?? "available").toLowerCase(), connectivity: "public", eniId: "", privateIp: { family: 4, value: 0n } } satisfies NatGatewayData });
        return;
      }
      const subnetId = n.SubnetId ?? ctx.refuse(`${path}.SubnetId`, "the subnet of the NAT gateway", "it is missing");
      const subnet = ctx.model.subnets.get(subnetId) ?? ctx.refuse(`${path}.SubnetId`, "the id of a subnet in Subnets", `no subnet ${n.SubnetId} in the snapshot`);
      if (n.VpcId && n.VpcId !== subnet.vpcId) ctx.refuse(`${path}.VpcId`, `the VPC of ${subnet.id} (${subnet.vpcId})`, `found ${n.VpcId}`);
      const addresses = n.NatGatewayAddresses ?? [];
      const primaryIndex = Math.max(0, addresses.findIndex((a) => a.IsPrimary));
      const primary = addresses[primaryIndex];
      const addressPath = `${path}.NatGatewayAddresses[${primaryIndex}]`;
      let privateText = primary?.PrivateIp ?? undefined;
      if (!privateText) {
        // Not listed: the first free address after the four AWS reserves in the subnet.
        const cidr4 = subnet.cidr4 ?? ctx.refuse(`${path}.NatGatewayAddresses`, "the NAT gateway's PrivateIp", "the subnet has no IPv4 CIDR");
        for (let k = 4n; ; k++) {
          const candidate = addressInCidr(cidr4, k);
          if (![...ctx.model.enis.values()].some((e) => e.subnetId === subnet.id && ownsAddress(e, candidate))) {
            privateText = formatAddress(candidate);
            break;
          }
        }
      }
      const privateIp = parseAddress(privateText) ?? ctx.refuse(`${addressPath}.PrivateIp`, "an IPv4 address", `found ${quote(privateText)}`);
      const connectivity = (n.ConnectivityType ?? "public").toLowerCase() === "private" ? "private" : "public";
      const eniId = primary?.NetworkInterfaceId ?? `eni-of-${n.NatGatewayId}`;
      ctx.addInterface(
        { id: eniId, subnetId: subnet.id, privateIp: privateText, ...(connectivity === "public" && primary?.PublicIp ? { publicIp: primary.PublicIp } : {}), groupIds: [], interfaceType: "nat_gateway", paths: { subnetId: `${path}.SubnetId`, privateIp: `${addressPath}.PrivateIp`, publicIp: `${addressPath}.PublicIp` } },
        n.NatGatewayId,
      );
      const eni = ctx.model.enis.get(eniId);
      if (eni) eni.groupIds = [];
      const data: NatGatewayData = { vpcId: subnet.vpcId, subnetId: subnet.id, state: (n.State ?? "available").toLowerCase(), connectivity, eniId, privateIp };
      ctx.register({ id: n.NatGatewayId, kind: "nat-gateway", vpcId: subnet.vpcId, name: nameOf(n.Tags), data });
    });
  },

  receive(ctx, c, packet, arrival) {
    const d = c.data as NatGatewayData;
    if (d.regional) {
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), ...(d.vpcId ? { Vpc: ctx.hop(d.vpcId).Component } : {}) });
      const ref = ctx.hop(c.id).Component;
      return { kind: "blocked", hops: [hop], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ref, NatGateway: ref }, packet, `${c.id} is a regional NAT gateway, which this analysis does not model yet (it has no subnet; AWS routes its traffic with a route table of its own).`) };
    }
    if (arrival.via === "route") {
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), Subnet: ctx.hop(d.subnetId).Component, Vpc: ctx.hop(d.vpcId).Component });
      if (d.state !== "available") return fail(ctx, c.id, hop, "BAD_STATE", packet, { State: d.state });
      if (arrival.subnetId === d.subnetId) return fail(ctx, c.id, hop, "NGW_SOURCE_IN_OWN_SUBNET", packet, { Subnet: ctx.hop(d.subnetId).Component });
      if (packet.dst.family !== 4 && !embeddedIpv4(packet.dst)) return fail(ctx, c.id, hop, "PROTOCOL_RESTRICTION", packet, { Protocols: ["IPv4", "IPv6 to 64:ff9b::/96 (NAT64)"] });
      // To the gateway's interface: its subnet's NACL inbound applies when crossing subnets (4.5).
      return { kind: "next", hops: [], next: [{ to: "enter-interface", eniId: d.eniId, packet, ...(arrival.subnetId ? { fromSubnetId: arrival.subnetId } : {}) }] };
    }
    if (arrival.via === "interface") {
      const eni = ctx.model.enis.get(d.eniId);
      const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), Subnet: ctx.hop(d.subnetId).Component, Vpc: ctx.hop(d.vpcId).Component });
      if (d.state !== "available") return fail(ctx, c.id, hop, "BAD_STATE", packet, { State: d.state });
      if (eni && ownsAddress(eni, packet.dst)) {
        // Addressed to the gateway itself: only the reply of a flow it translated comes back in (4.3).
        const t = ctx.flow.memory.get(c.id) as NatTranslation | undefined;
        if (ctx.leg === "return" && t && t.translatedPort === packet.dstPort && sameAddress(t.peer, packet.src)) {
          const back = t.nat64
            ? { ...withDestination(withSource(packet, synthesizedIpv6(packet.src)), t.originalSource, t.originalPort), icmpType: icmpTypeTo(6, packet.icmpType) }
            : withDestination(packet, t.originalSource, t.originalPort);
          hop.OutboundHeader = ctx.header(back);
          return { kind: "next", hops: [hop], next: [{ to: "route", subnetId: d.subnetId, packet: back }] };
        }
        return fail(ctx, c.id, hop, "NGW_OUTBOUND_ONLY", packet, { Direction: "ingress" });
      }
      // A reply routed through the gateway (not addressed to it) belongs to a connection started from outside (the
      // internet through an internet gateway, a peer, a transit gateway, on-premises): the gateway carries only
      // connections its VPC starts (4.3; a private NAT gateway's instances "can't receive unsolicited inbound
      // connections from the other VPCs or the on-premises network"). Translated, the reply would leave from the
      // gateway's address, not the one the client reached (2.2: a private subnet's instances cannot be reached from
      // the internet, even with a public IP).
      if (ctx.leg === "return") return fail(ctx, c.id, hop, "NGW_OUTBOUND_ONLY", packet, { Direction: "egress" });
      // Source NAT (4.2): the gateway's private address; the port stays when it is already in 1024-65535.
      const port = packet.protocol === "icmp" ? packet.srcPort : packet.srcPort >= 1024 ? packet.srcPort : 1024;
      // NAT64: IPv6 to 64:ff9b::/96 leaves as IPv4 to the embedded address.
      const v4 = packet.dst.family === 6 ? embeddedIpv4(packet.dst) : undefined;
      if (packet.dst.family === 6 && !v4) return fail(ctx, c.id, hop, "PROTOCOL_RESTRICTION", packet, { Protocols: ["IPv4", "IPv6 to 64:ff9b::/96 (NAT64)"] });
      const out = v4 ? { ...withDestination(withSource(packet, d.privateIp, port), v4), icmpType: icmpTypeTo(4, packet.icmpType) } : withSource(packet, d.privateIp, port);
      if (ctx.leg === "forward") ctx.flow.memory.set(c.id, { originalSource: packet.src, originalPort: packet.srcPort, translatedPort: port, peer: out.dst, ...(v4 ? { nat64: true } : {}) } satisfies NatTranslation);
      hop.OutboundHeader = ctx.header(out);
      return { kind: "next", hops: [hop], next: [{ to: "route", subnetId: d.subnetId, packet: out }] };
    }
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet) });
    return fail(ctx, c.id, hop, "NGW_OUTBOUND_ONLY", packet, { Direction: "ingress" });
  },
};
