/**
 * Interface VPC endpoints (semantics 9.5-9.8) as a component family.
 *
 * - One interface per chosen subnet (`SubnetIds`), at most one per Availability Zone, with a private address of
 *   that subnet and the endpoint's security groups (`Groups`; the VPC's default group when none, as AWS does)
 *   (9.5). The interfaces are those of `NetworkInterfaceIds` found in the snapshot (or whose Description is
 *   `VPC Endpoint Interface <id>`), else created deterministically (the first free address after the four AWS
 *   reserves; the unused ids of `NetworkInterfaceIds` in order, else `eni-of-<VpcEndpointId>-<SubnetId>`).
 * - Traffic addressed to an interface (after its subnet's NACL and its security groups) ends at the service for
 *   an AWS service (the path ends at the endpoint; the reply comes back out of the same interface), or, for an
 *   endpoint service in the snapshot (endpoint-service.ts), goes on to the service's Network Load Balancer node in
 *   the interface's zone and to a target (load-balancer.ts) (9.7). An endpoint that is not `available` (e.g.
 *   `pendingAcceptance` for a service with AcceptanceRequired) blocks with BAD_STATE.
 * - Nothing restricts where clients come from: peering, VPN, Direct Connect and transit gateways reach the
 *   interfaces like any other address of the VPC (9.8), unlike gateway endpoints (9.3).
 * - One way (9.6): as a query Source the endpoint cannot start connections to its own VPC
 *   (VPCE_INTRA_VPC_TRAFFIC) nor to anything but its endpoint service (NO_PATH).
 */
import type { Hop } from "./analysis";
import { addressInCidr, formatAddress, type Address } from "./cidr";
import { endpointServiceFor } from "./endpoint-service";
import type { ComponentEntry, ComponentFamily, HopContext, HopOutcome, LoadContext } from "./family";
import { loadBalancerIndex, resolveTarget, type PrivateLinkHandoff } from "./load-balancer";
import type { LbTargetGroup } from "./load-balancer-selection";
import { nameOf, ownsAddress, vpcCidrsContain, type Eni } from "./model";
import type { Packet } from "./packet";

export interface EndpointInterface {
  readonly eniId: string;
  readonly subnetId: string;
  readonly az: string;
}

export interface InterfaceEndpointData {
  readonly vpcId: string;
  /** State, lower-cased for comparisons; `stateText` as listed. */
  readonly state: string;
  readonly stateText: string;
  readonly serviceName?: string;
  readonly interfaces: readonly EndpointInterface[];
}

/** What the endpoint remembers of a flow: the interface that received it. */
interface EndpointFlow {
  readonly eniId: string;
}

const FAMILY = "interface-endpoint";

function isInterfaceType(type: string | null | undefined, subnets: readonly string[] | null | undefined): boolean {
  if (type) return type.toLowerCase() === "interface";
  return (subnets?.length ?? 0) > 0;
}

function load(ctx: LoadContext): void {
  const model = ctx.model;
  // Indexes built on first use only (a snapshot without interface endpoints pays nothing).
  let endpointInterfaces: Map<string, Eni[]> | undefined;
  const usedBySubnet = new Map<string, Set<bigint>>();
  const usedIn = (subnetId: string): Set<bigint> => {
    if (usedBySubnet.size === 0) {
      for (const x of model.enis.values()) {
        const set = usedBySubnet.get(x.subnetId) ?? usedBySubnet.set(x.subnetId, new Set()).get(x.subnetId);
        for (const a of x.privateIps) set?.add(a.value);
      }
    }
    return usedBySubnet.get(subnetId) ?? (usedBySubnet.set(subnetId, new Set()).get(subnetId) as Set<bigint>);
  };
  model.snapshot.VpcEndpoints.forEach((e, i) => {
    if (!isInterfaceType(e.VpcEndpointType, e.SubnetIds)) return;
    const path = `$.VpcEndpoints[${i}]`;
    const vpcId = e.VpcId && model.vpcs.has(e.VpcId) ? e.VpcId : ctx.refuse(`${path}.VpcId`, "the id of a VPC in Vpcs", `no VPC ${e.VpcId ?? "(missing)"} in the snapshot`);
    const vpc = model.vpcs.get(vpcId);
    const groupIds = e.Groups && e.Groups.length > 0 ? e.Groups.map((g) => g.GroupId) : undefined;
    groupIds?.forEach((g, k) => {
      const sg = model.securityGroups.get(g) ?? ctx.refuse(`${path}.Groups[${k}].GroupId`, "the id of a security group in SecurityGroups", `no security group ${g} in the snapshot`);
      if (sg.vpcId && sg.vpcId !== vpcId) ctx.refuse(`${path}.Groups[${k}].GroupId`, `a security group of ${vpcId}`, `${g} belongs to ${sg.vpcId}`);
    });
    const listed = (e.NetworkInterfaceIds ?? []).map((id) => model.enis.get(id)).filter((x) => x !== undefined);
    if (!endpointInterfaces) {
      endpointInterfaces = new Map();
      const prefix = "VPC Endpoint Interface ";
      for (const x of model.enis.values()) {
        const text = x.description ?? "";
        if (!text.startsWith(prefix)) continue;
        const id = text.slice(prefix.length);
        endpointInterfaces.set(id, [...(endpointInterfaces.get(id) ?? []), x]);
      }
    }
    const described = (endpointInterfaces.get(e.VpcEndpointId) ?? []).filter((x) => !x.ownerId);
    const known = [...listed, ...described.filter((d) => !listed.includes(d))];
    const spareIds = (e.NetworkInterfaceIds ?? []).filter((id) => !model.enis.has(id));
    const subnets = [...(e.SubnetIds ?? [])];
    for (const k of known) if (!subnets.includes(k.subnetId)) subnets.push(k.subnetId);
    const interfaces: EndpointInterface[] = [];
    subnets.forEach((subnetId, j) => {
      const subnet = model.subnets.get(subnetId) ?? ctx.refuse(`${path}.SubnetIds[${j}]`, "the id of a subnet in Subnets", `no subnet ${subnetId} in the snapshot`);
      if (subnet.vpcId !== vpcId) ctx.refuse(`${path}.SubnetIds[${j}]`, `a subnet of ${vpcId}`, `${subnetId} is in ${subnet.vpcId}`);
      let eni = known.find((k) => k.subnetId === subnetId);
      if (eni) ctx.claimInterface(eni.id, e.VpcEndpointId);
      else {
        const cidr4 = subnet.cidr4 ?? ctx.refuse(`${path}.SubnetIds[${j}]`, "a subnet with an IPv4 CIDR", `${subnetId} has none`);
        let privateIp = "";
        const used = usedIn(subnetId);
        for (let n = 4n; ; n++) {
          const candidate = addressInCidr(cidr4, n);
          if (!used.has(candidate.value)) {
            used.add(candidate.value);
            privateIp = formatAddress(candidate);
            break;
          }
        }
        const id = spareIds.shift() ?? `eni-of-${e.VpcEndpointId}-${subnetId}`;
        eni = ctx.addInterface({ id, subnetId, privateIp, groupIds: groupIds ?? [], interfaceType: "vpc_endpoint", description: `VPC Endpoint Interface ${e.VpcEndpointId}` }, e.VpcEndpointId);
      }
      eni.groupIds = groupIds ? [...groupIds] : eni.groupIds.length > 0 ? eni.groupIds : vpc ? [vpc.defaultSgId] : [];
      const az = eni.availabilityZone ?? subnet.availabilityZone ?? subnetId;
      if (interfaces.some((x) => x.az === az)) ctx.refuse(`${path}.SubnetIds[${j}]`, "at most one subnet per Availability Zone (9.5)", `${az} has two of the endpoint's subnets`);
      interfaces.push({ eniId: eni.id, subnetId, az });
    });
    const data: InterfaceEndpointData = { vpcId, state: (e.State ?? "available").toLowerCase(), stateText: e.State ?? "available", ...(e.ServiceName ? { serviceName: e.ServiceName } : {}), interfaces };
    ctx.register({ id: e.VpcEndpointId, kind: FAMILY, vpcId, name: nameOf(e.Tags), data });
  });
}

function fail(ctx: HopContext, c: ComponentEntry, hops: Hop[], code: Parameters<HopContext["explain"]>[0], packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}, sentence?: string): HopOutcome {
  const ref = ctx.hop(c.id).Component;
  return { kind: "blocked", hops, explanation: ctx.explain(code, { Component: ref, VpcEndpoint: ref, ...extra }, packet, sentence) };
}

/** Onward to the endpoint service's NLB (PrivateLink), or the end of the path at an AWS service. */
function onward(ctx: HopContext, c: ComponentEntry, d: InterfaceEndpointData, itf: EndpointInterface, packet: Packet, hop: Hop): HopOutcome {
  if (d.state !== "available") {
    const service = endpointServiceFor(ctx.model, d.serviceName);
    const why = d.state === "pendingacceptance" || d.state === "pending" ? ` (the service ${d.serviceName ?? ""}${service?.acceptanceRequired ? " requires acceptance and" : ""} has not accepted the connection)` : "";
    return fail(ctx, c, [hop], "BAD_STATE", packet, { State: d.stateText }, `Endpoint ${c.id} is ${d.stateText}${why}; it must be available to carry traffic.`);
  }
  if (ctx.leg === "forward") ctx.flow.memory.set(c.id, { eniId: itf.eniId } satisfies EndpointFlow);
  const service = endpointServiceFor(ctx.model, d.serviceName);
  if (!service) {
    // An AWS service (or a service outside the snapshot): the path ends at the endpoint, which answers.
    return { kind: "delivered", hops: [hop] };
  }
  if (service.state !== "available") return fail(ctx, c, [hop], "BAD_STATE", packet, { State: service.state }, `Endpoint service ${service.serviceName} is ${service.state}.`);
  const lbs = loadBalancerIndex(ctx.model);
  const offered = service.zones.length === 0 || service.zones.includes(itf.az);
  const nlbArn = service.nlbArns.find((a) => lbs?.loadBalancers.get(a)?.nodes.some((n) => n.az === itf.az)) ?? service.nlbArns[0];
  if (!offered || !nlbArn) {
    return fail(ctx, c, [hop], "VPCE_SERVICE_NOT_INSTALLED_IN_AZ", packet, { AvailabilityZones: [itf.az] },
      `Endpoint service ${service.serviceName} is not offered in ${itf.az} (its zones: ${service.zones.join(", ") || "none"}); endpoint ${c.id}'s interface there cannot reach it.`);
  }
  hop.ServiceName = service.serviceName;
  const handoff: PrivateLinkHandoff = { endpointId: c.id, endpointEniId: itf.eniId, az: itf.az };
  return { kind: "next", hops: [hop], next: [{ to: "component", id: nlbArn, packet, arrival: { via: "component", fromId: c.id, data: handoff } }] };
}

export const interfaceEndpointFamily: ComponentFamily = {
  name: FAMILY,
  load,

  receive(ctx, c, packet, arrival) {
    const d = c.data as InterfaceEndpointData;
    const baseHop = (itf: EndpointInterface | undefined, extra: Partial<Hop> = {}): Hop =>
      ctx.hop(c.id, { InboundHeader: ctx.header(packet), ...(itf ? { Subnet: ctx.hop(itf.subnetId).Component } : {}), Vpc: ctx.hop(d.vpcId).Component, ...(d.serviceName ? { ServiceName: d.serviceName } : {}), ...extra });
    if (ctx.leg === "return") {
      // The reply (from the service, or handed back by the endpoint service's NLB) leaves through the same interface.
      const flow = ctx.flow.memory.get(c.id) as EndpointFlow | undefined;
      const itf = d.interfaces.find((x) => x.eniId === flow?.eniId) ?? d.interfaces[0];
      const hop = baseHop(itf, { OutboundHeader: ctx.header(packet) });
      if (ctx.isTarget(c.id)) return { kind: "delivered", hops: [hop] };
      if (!itf) return fail(ctx, c, [hop], "UNASSOCIATED_COMPONENT", packet);
      return { kind: "next", hops: [hop], next: [{ to: "leave-interface", eniId: itf.eniId, packet }] };
    }
    if (arrival.via === "interface") {
      const itf = d.interfaces.find((x) => x.eniId === arrival.eniId);
      const hop = baseHop(itf);
      const eni = ctx.model.enis.get(arrival.eniId);
      if (!itf || !eni || !ownsAddress(eni, packet.dst)) return fail(ctx, c, [hop], "NO_POSSIBLE_DESTINATION", packet, { NetworkInterface: ctx.hop(arrival.eniId).Component });
      return onward(ctx, c, d, itf, packet, hop);
    }
    if (arrival.via === "outside") {
      // The endpoint as the query's source (9.6): it starts nothing in its own VPC, and nothing but its service.
      const itf = d.interfaces[0];
      const hop = baseHop(itf);
      const vpc = ctx.model.vpcs.get(d.vpcId);
      const service = endpointServiceFor(ctx.model, d.serviceName);
      if (itf && service && ctx.isTarget(service.serviceId)) return onward(ctx, c, d, itf, packet, hop);
      if (ctx.interfaceAt(d.vpcId, packet.dst) || (vpc && vpcCidrsContain(vpc, packet.dst))) {
        return fail(ctx, c, [hop], "VPCE_INTRA_VPC_TRAFFIC", packet, { Vpc: ctx.hop(d.vpcId).Component }, `Endpoint ${c.id} cannot initiate connections to resources in its own VPC ${d.vpcId} (9.6).`);
      }
      if (!itf || !service) {
        return fail(ctx, c, [hop], "NO_PATH", packet, {}, `Endpoint ${c.id} cannot initiate connections: it only carries requests from its VPC to ${d.serviceName ?? "its service"} (9.6).`);
      }
      return onward(ctx, c, d, itf, packet, hop);
    }
    return fail(ctx, c, [baseHop(undefined)], "UNSUPPORTED_COMPONENT", packet, {}, `Interface endpoint ${c.id} is reached at its network interfaces' addresses, not as a route target.`);
  },

  entriesTo(ctx, eniId) {
    // A provider's target behind an endpoint service: reach it through an interface endpoint for that service
    // (the source's VPC's first), at the endpoint's interface in the client's zone and the listener's port.
    const port = ctx.query.DestinationPort;
    const lbs = loadBalancerIndex(ctx.model);
    // No load balancer, no endpoint service target: skip the scan of every component (it ran on every failed query).
    if (!lbs || lbs.loadBalancers.size === 0 || ctx.query.Protocol === "icmp" || port === undefined) return [];
    const source = ctx.source;
    const srcEni = source?.kind === "interface" ? ctx.model.enis.get(source.eniId) : undefined;
    const endpoints = [...new Set(ctx.model.components.values())].filter((e) => e.kind === FAMILY);
    endpoints.sort((a, b) => (a.vpcId === srcEni?.vpcId ? 0 : 1) - (b.vpcId === srcEni?.vpcId ? 0 : 1));
    const out: { address: Address; port: number }[] = [];
    for (const e of endpoints) {
      const d = e.data as InterfaceEndpointData;
      const service = endpointServiceFor(ctx.model, d.serviceName);
      if (!service) continue;
      const serves = service.nlbArns.some((arn) => {
        const lb = lbs.loadBalancers.get(arn);
        return !!lb && lb.listeners.some((l) => l.port === port && l.targetGroupArns.some((g) => lbs.targetGroups.get(g)?.targets.some((t) => resolveTarget(ctx.model, lb, lbs.targetGroups.get(g) as LbTargetGroup, t).eniId === eniId)));
      });
      if (!serves) continue;
      const itf = d.interfaces.find((x) => x.az === srcEni?.availabilityZone) ?? d.interfaces[0];
      const address = itf ? ctx.model.enis.get(itf.eniId)?.privateIps[0] : undefined;
      if (address) out.push({ address, port });
    }
    return out;
  },

  resolveSource(ctx, c) {
    const d = c.data as InterfaceEndpointData;
    const first = d.interfaces[0];
    const address: Address | undefined = first ? ctx.model.enis.get(first.eniId)?.privateIps[0] : undefined;
    if (!address) return undefined;
    return { kind: "component", componentId: c.id, defaultSourceAddress: address, addressing: "private" };
  },

  resolveDestination(ctx, c) {
    const d = c.data as InterfaceEndpointData;
    const source = ctx.source;
    const srcEni = source?.kind === "interface" ? ctx.model.enis.get(source.eniId) : undefined;
    const itf = d.interfaces.find((x) => x.az === srcEni?.availabilityZone) ?? d.interfaces[0];
    const addressOf = (x: { eniId: string }): Address | undefined => ctx.model.enis.get(x.eniId)?.privateIps[0];
    const address = itf ? addressOf(itf) : undefined;
    // The endpoint's regional DNS name returns every interface: when the zone's one fails, the others are tried.
    const alternatives = d.interfaces.filter((x) => x !== itf).map(addressOf).filter((a): a is Address => !!a);
    return { target: { kind: "component", id: c.id }, ...(address ? { address } : {}), alternatives };
  },
};
