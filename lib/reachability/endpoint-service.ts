/**
 * VPC endpoint services (PrivateLink, semantics 9.6-9.7) as a component family: a provider publishes a service
 * behind Network Load Balancers (`NetworkLoadBalancerArns`); consumers reach it through an interface endpoint
 * (interface-endpoint.ts) whose `ServiceName` names it. The path is consumer -> endpoint interface -> the NLB's
 * node in the endpoint's Availability Zone -> a target (load-balancer.ts); the provider's target sees the NLB
 * node's private address, so consumer and provider CIDRs may overlap. One way only: the service cannot start
 * connections to consumers (9.6, NO_PATH). `AvailabilityZones` lists the zones the service is offered in
 * (VPCE_SERVICE_NOT_INSTALLED_IN_AZ for an endpoint interface elsewhere). Gateway Load Balancer endpoint
 * services are registered but not analysed.
 *
 * As a query Destination, the service is reached through an interface endpoint for it in the source's VPC
 * (the interface in the source's zone, else the first), else any endpoint for it, else the NLB directly.
 */
import * as v from "./shape";
import type { ComponentFamily, LoadContext } from "./family";
import type { InterfaceEndpointData } from "./interface-endpoint";
import { loadBalancerIndex } from "./load-balancer";
import type { Model } from "./model";

const str = v.str();
const opt = v.opt;
const list = v.list;

export const EndpointServiceSchema = v.looseObject({
  ServiceId: str,
  ServiceName: opt(str),
  ServiceState: opt(str),
  NetworkLoadBalancerArns: list(str),
  GatewayLoadBalancerArns: list(str),
  AcceptanceRequired: opt(v.bool()),
  AvailabilityZones: list(str),
  Tags: list(v.looseObject({ Key: str, Value: opt(str) })),
});

export interface EndpointServiceData {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly state: string;
  readonly nlbArns: readonly string[];
  readonly acceptanceRequired: boolean;
  /** Zones the service is offered in (empty: the NLB's zones). */
  readonly zones: readonly string[];
}

const FAMILY = "endpoint-service";

/** The endpoint service a ServiceName (or ServiceId) names, if the snapshot holds it. */
export function endpointServiceFor(model: Model, nameOrId: string | undefined): EndpointServiceData | undefined {
  if (!nameOrId) return undefined;
  return (model.familyData.get(FAMILY) as Map<string, EndpointServiceData> | undefined)?.get(nameOrId);
}

function load(ctx: LoadContext): void {
  const index = new Map<string, EndpointServiceData>();
  ctx.model.familyData.set(FAMILY, index);
  const lbs = loadBalancerIndex(ctx.model);
  ctx.section("VpcEndpointServiceConfigurations", EndpointServiceSchema).forEach((s, i) => {
    const path = `$.VpcEndpointServiceConfigurations[${i}]`;
    const nlbArns = [...(s.NetworkLoadBalancerArns ?? [])];
    nlbArns.forEach((arn, k) => {
      const lb = lbs?.loadBalancers.get(arn) ?? (ctx.model.components.get(arn)?.kind === "load-balancer" ? lbs?.loadBalancers.get(ctx.model.components.get(arn)?.id ?? "") : undefined);
      if (!lb) ctx.refuse(`${path}.NetworkLoadBalancerArns[${k}]`, "the ARN of a Network Load Balancer in LoadBalancers", `no load balancer ${arn} in the snapshot`);
      if (lb.type !== "network") ctx.refuse(`${path}.NetworkLoadBalancerArns[${k}]`, "a Network Load Balancer (an endpoint service is published behind an NLB or a GWLB)", `${arn} is an ${lb.type} load balancer`);
      nlbArns[k] = lb.arn;
    });
    const serviceName = s.ServiceName ?? `com.amazonaws.vpce.${s.ServiceId}`;
    const data: EndpointServiceData = {
      serviceId: s.ServiceId,
      serviceName,
      state: (s.ServiceState ?? "available").toLowerCase(),
      nlbArns,
      acceptanceRequired: s.AcceptanceRequired ?? false,
      zones: [...(s.AvailabilityZones ?? [])],
    };
    index.set(s.ServiceId, data);
    index.set(serviceName, data);
    const name = s.Tags?.find((t) => t.Key === "Name")?.Value ?? undefined;
    ctx.register({ id: s.ServiceId, kind: "endpoint-service", ...(name ? { name } : {}), aliases: [serviceName], data });
  });
}

export const endpointServiceFamily: ComponentFamily = {
  name: FAMILY,
  sections: { VpcEndpointServiceConfigurations: EndpointServiceSchema },
  load,

  receive(ctx, c, packet, arrival) {
    const d = c.data as EndpointServiceData;
    const hop = ctx.hop(c.id, { OutboundHeader: ctx.header(packet), ServiceName: d.serviceName });
    if (arrival.via === "outside" && ctx.leg === "forward") {
      return { kind: "blocked", hops: [hop], explanation: ctx.explain("NO_PATH", { Component: hop.Component }, packet, `Endpoint service ${d.serviceName} cannot initiate connections to its consumers: PrivateLink carries traffic one way only, from the consumer's endpoint to the service (9.6).`) };
    }
    return { kind: "blocked", hops: [hop], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: hop.Component }, packet, `Endpoint service ${d.serviceName} is reached through an interface endpoint, not as a route target.`) };
  },

  resolveSource(ctx, c) {
    const d = c.data as EndpointServiceData;
    const lb = loadBalancerIndex(ctx.model)?.loadBalancers.get(d.nlbArns[0] ?? "");
    const address = lb?.nodes[0]?.privateIp;
    if (!address) return undefined;
    return { kind: "component", componentId: c.id, defaultSourceAddress: address, addressing: "private" };
  },

  resolveDestination(ctx, c) {
    const d = c.data as EndpointServiceData;
    const source = ctx.source;
    const srcEni = source?.kind === "interface" ? ctx.model.enis.get(source.eniId) : undefined;
    const endpoints = [...new Set(ctx.model.components.values())].filter((e) => e.kind === "interface-endpoint" && (e.data as InterfaceEndpointData).serviceName && endpointServiceFor(ctx.model, (e.data as InterfaceEndpointData).serviceName) === d);
    const inVpc = srcEni ? endpoints.filter((e) => e.vpcId === srcEni.vpcId) : [];
    const endpoint = inVpc[0] ?? endpoints[0];
    if (endpoint) {
      const ed = endpoint.data as InterfaceEndpointData;
      const eni = ed.interfaces.find((x) => x.az === srcEni?.availabilityZone) ?? ed.interfaces[0];
      const address = eni ? ctx.model.enis.get(eni.eniId)?.privateIps[0] : undefined;
      return { target: { kind: "component", id: c.id }, ...(address ? { address } : {}) };
    }
    const lb = loadBalancerIndex(ctx.model)?.loadBalancers.get(d.nlbArns[0] ?? "");
    const node = lb?.nodes.find((n) => n.az === srcEni?.availabilityZone) ?? lb?.nodes[0];
    return { target: { kind: "component", id: c.id }, ...(node ? { address: node.privateIp } : {}) };
  },
};
