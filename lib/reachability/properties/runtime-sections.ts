/**
 * Every top-level key the engine reads, with the runtime shape (shape.ts) of one item: the counterpart of
 * `sectionSpecs` in snapshot-spec.ts, for the tests that compare the two.
 */
import { EndpointServiceSchema } from "../endpoint-service";
import {
  CustomerGatewaySchema,
  DirectConnectGatewayAssociationSchema,
  DirectConnectGatewaySchema,
  TransitGatewayAttachmentSchema,
  TransitGatewayRouteTableSchema,
  TransitGatewaySchema,
  TransitGatewayVpcAttachmentSchema,
  VirtualInterfaceSchema,
  VpnConnectionSchema,
  VpnGatewaySchema,
} from "../gateway-sections";
import { ListenerSchema, LoadBalancerSchema, TargetGroupSchema } from "../load-balancer";
import type { Shape } from "../shape";
import { coreSections } from "../snapshot";

export const runtimeSections: Readonly<Record<string, Shape<unknown>>> = {
  ...coreSections,
  TransitGateways: TransitGatewaySchema,
  TransitGatewayAttachments: TransitGatewayAttachmentSchema,
  TransitGatewayVpcAttachments: TransitGatewayVpcAttachmentSchema,
  TransitGatewayRouteTables: TransitGatewayRouteTableSchema,
  VpnGateways: VpnGatewaySchema,
  CustomerGateways: CustomerGatewaySchema,
  VpnConnections: VpnConnectionSchema,
  virtualInterfaces: VirtualInterfaceSchema,
  directConnectGateways: DirectConnectGatewaySchema,
  directConnectGatewayAssociations: DirectConnectGatewayAssociationSchema,
  LoadBalancers: LoadBalancerSchema,
  Listeners: ListenerSchema,
  TargetGroups: TargetGroupSchema,
  VpcEndpointServiceConfigurations: EndpointServiceSchema,
};
