/**
 * The registry of component families: one line per family. The traversal core dispatches to them by the kind
 * they register at load. To add a family, write its file (see README, "Adding a component family") and add
 * one line here.
 */
import { directConnectFamily } from "./direct-connect";
import { egressOnlyInternetGatewayFamily } from "./egress-only-internet-gateway";
import { endpointServiceFamily } from "./endpoint-service";
import type { ComponentFamily } from "./family";
import { gatewayEndpointFamily } from "./gateway-endpoint";
import { gatewayLoadBalancerEndpointFamily } from "./gateway-load-balancer-endpoint";
import { interfaceEndpointFamily } from "./interface-endpoint";
import { internetGatewayFamily } from "./internet-gateway";
import { loadBalancerFamily } from "./load-balancer";
import { natGatewayFamily } from "./nat-gateway";
import { transitGatewayFamily } from "./transit-gateway";
import { unmodelledRouteTargetFamily } from "./unmodelled-route-target";
import { vpcPeeringFamily } from "./vpc-peering";
import { vpnFamily } from "./vpn";

export const registeredFamilies: readonly ComponentFamily[] = [
  internetGatewayFamily,
  egressOnlyInternetGatewayFamily,
  natGatewayFamily,
  vpcPeeringFamily,
  gatewayEndpointFamily,
  vpnFamily,
  transitGatewayFamily,
  directConnectFamily,
  loadBalancerFamily,
  endpointServiceFamily,
  interfaceEndpointFamily,
  gatewayLoadBalancerEndpointFamily,
  unmodelledRouteTargetFamily,
];
