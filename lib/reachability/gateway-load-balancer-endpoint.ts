/**
 * Gateway Load Balancer endpoints (VpcEndpointType `GatewayLoadBalancer`, semantics 13.4) as route targets, so
 * that inspection designs (a gateway route table or subnet route table sending traffic to `vpce-...`) load and
 * analyse. As RA does, the engine does not analyse forwarding through the Gateway Load Balancer and its appliances
 * (additional detail PATH_THROUGH_GWLB_NOT_CHECKED; RA's paths through a GWLB endpoint include neither the GWLB nor
 * its targets): the traffic comes back out of the endpoint unchanged and is routed by the route table of the
 * endpoint's subnet, after that subnet's network ACL (inbound when it comes from another subnet, outbound as it
 * leaves). An endpoint that is not `available` blocks with BAD_STATE.
 */
import type { ComponentFamily, HopOutcome } from "./family";
import { nameOf } from "./model";

export interface GatewayLoadBalancerEndpointData {
  readonly vpcId: string;
  readonly subnetId: string;
  readonly state: string;
  readonly stateText: string;
  readonly serviceName?: string;
}

export const gatewayLoadBalancerEndpointFamily: ComponentFamily = {
  name: "gateway-load-balancer-endpoint",

  load(ctx) {
    ctx.model.snapshot.VpcEndpoints.forEach((e, i) => {
      if ((e.VpcEndpointType ?? "").toLowerCase() !== "gatewayloadbalancer") return;
      const path = `$.VpcEndpoints[${i}]`;
      const subnetId = e.SubnetIds?.[0] ?? ctx.refuse(`${path}.SubnetIds`, "the subnet of the Gateway Load Balancer endpoint", "it is missing");
      const subnet = ctx.model.subnets.get(subnetId) ?? ctx.refuse(`${path}.SubnetIds[0]`, "the id of a subnet in Subnets", `no subnet ${subnetId} in the snapshot`);
      if (e.VpcId && e.VpcId !== subnet.vpcId) ctx.refuse(`${path}.VpcId`, `the VPC of ${subnetId} (${subnet.vpcId})`, `found ${e.VpcId}`);
      for (const eniId of e.NetworkInterfaceIds ?? []) if (ctx.model.enis.has(eniId)) ctx.claimInterface(eniId, e.VpcEndpointId);
      const data: GatewayLoadBalancerEndpointData = {
        vpcId: subnet.vpcId,
        subnetId,
        state: (e.State ?? "available").toLowerCase(),
        stateText: e.State ?? "available",
        ...(e.ServiceName ? { serviceName: e.ServiceName } : {}),
      };
      ctx.register({ id: e.VpcEndpointId, kind: "gateway-load-balancer-endpoint", vpcId: subnet.vpcId, name: nameOf(e.Tags), data });
    });
  },

  receive(ctx, c, packet, arrival): HopOutcome {
    const d = c.data as GatewayLoadBalancerEndpointData;
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet), Subnet: ctx.hop(d.subnetId).Component, Vpc: ctx.hop(d.vpcId).Component, ...(d.serviceName ? { ServiceName: d.serviceName } : {}) });
    const ref = ctx.hop(c.id).Component;
    if (arrival.via !== "route") {
      return { kind: "blocked", hops: [hop], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ref, VpcEndpoint: ref }, packet, `Gateway Load Balancer endpoint ${c.id} is reached through routes that target it.`) };
    }
    if (d.state !== "available") return { kind: "blocked", hops: [hop], explanation: ctx.explain("BAD_STATE", { Component: ref, VpcEndpoint: ref, State: d.stateText }, packet) };
    const hops = [];
    if (arrival.subnetId !== d.subnetId) {
      const into = ctx.nacl(d.subnetId, "ingress", packet);
      hops.push(into.hop);
      if (into.blocked) return { kind: "blocked", hops, explanation: into.blocked };
    }
    hops.push(hop);
    ctx.flow.details.add("PATH_THROUGH_GWLB_NOT_CHECKED");
    return { kind: "next", hops, next: [{ to: "route", subnetId: d.subnetId, packet }] };
  },
};
