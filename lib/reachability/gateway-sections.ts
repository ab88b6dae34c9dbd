/**
 * Shapes (`shape.ts`; one item each, AWS field names, unknown fields accepted; the zod originals are in
 * `snapshot-spec.ts`) of the top-level snapshot keys read by
 * the transit gateway, VPN and Direct Connect families. Shared here so that each family can read another's key
 * (e.g. the transit gateway reads VpnConnections to find VPN attachments) with the same schema.
 */
import * as v from "./shape";
import { TagSchema } from "./snapshot";

const str = v.str();
const opt = v.opt;
const list = v.list;
const flag = v.union([v.str(), v.bool()]);

/** `ec2 describe-transit-gateways`. */
export const TransitGatewaySchema = v.looseObject({
  TransitGatewayId: str,
  State: opt(str),
  Options: opt(
    v.looseObject({
      DefaultRouteTableAssociation: opt(str),
      DefaultRouteTablePropagation: opt(str),
      AssociationDefaultRouteTableId: opt(str),
      PropagationDefaultRouteTableId: opt(str),
      SecurityGroupReferencingSupport: opt(str),
    }),
  ),
  Tags: list(TagSchema),
});

const AssociationSchema = v.looseObject({ TransitGatewayRouteTableId: opt(str), State: opt(str) });

/** `ec2 describe-transit-gateway-attachments`. */
export const TransitGatewayAttachmentSchema = v.looseObject({
  TransitGatewayAttachmentId: str,
  TransitGatewayId: opt(str),
  ResourceType: opt(str),
  ResourceId: opt(str),
  State: opt(str),
  Association: opt(AssociationSchema),
  Tags: list(TagSchema),
});

/** `ec2 describe-transit-gateway-vpc-attachments`. */
export const TransitGatewayVpcAttachmentSchema = v.looseObject({
  TransitGatewayAttachmentId: str,
  TransitGatewayId: opt(str),
  VpcId: str,
  SubnetIds: list(str),
  State: opt(str),
  Options: opt(v.looseObject({ ApplianceModeSupport: opt(str), SecurityGroupReferencingSupport: opt(str) })),
  Tags: list(TagSchema),
});

const RouteAttachmentSchema = v.looseObject({ TransitGatewayAttachmentId: opt(str), ResourceId: opt(str), ResourceType: opt(str) });
const AttachmentRefSchema = v.looseObject({ TransitGatewayAttachmentId: opt(str), ResourceId: opt(str), ResourceType: opt(str), State: opt(str) });

/** One route of `ec2 search-transit-gateway-routes`. */
export const TransitGatewayRouteSchema = v.looseObject({
  DestinationCidrBlock: opt(str),
  PrefixListId: opt(str),
  Type: opt(str),
  State: opt(str),
  TransitGatewayAttachments: list(RouteAttachmentSchema),
});

/** `ec2 describe-transit-gateway-route-tables`, with the per-table calls nested (contract §1). */
export const TransitGatewayRouteTableSchema = v.looseObject({
  TransitGatewayRouteTableId: str,
  TransitGatewayId: opt(str),
  State: opt(str),
  DefaultAssociationRouteTable: opt(v.bool()),
  DefaultPropagationRouteTable: opt(v.bool()),
  Routes: list(TransitGatewayRouteSchema),
  Associations: list(AttachmentRefSchema),
  Propagations: list(AttachmentRefSchema),
  TransitGatewayRouteTablePropagations: list(AttachmentRefSchema),
  Tags: list(TagSchema),
});

/** `ec2 describe-vpn-gateways`. */
export const VpnGatewaySchema = v.looseObject({
  VpnGatewayId: str,
  State: opt(str),
  Type: opt(str),
  VpcAttachments: list(v.looseObject({ VpcId: str, State: opt(str) })),
  Tags: list(TagSchema),
});

/** `ec2 describe-customer-gateways`. */
export const CustomerGatewaySchema = v.looseObject({
  CustomerGatewayId: str,
  IpAddress: opt(str),
  BgpAsn: opt(v.union([v.str(), v.num()])),
  State: opt(str),
  Tags: list(TagSchema),
});

/** `ec2 describe-vpn-connections`. */
export const VpnConnectionSchema = v.looseObject({
  VpnConnectionId: str,
  CustomerGatewayId: opt(str),
  VpnGatewayId: opt(str),
  TransitGatewayId: opt(str),
  TransitGatewayAttachmentId: opt(str),
  State: opt(str),
  Options: opt(v.looseObject({ StaticRoutesOnly: opt(flag) })),
  Routes: list(v.looseObject({ DestinationCidrBlock: str, Source: opt(str), State: opt(str) })),
  VgwTelemetry: list(v.looseObject({ Status: opt(str), OutsideIpAddress: opt(str), StatusMessage: opt(str) })),
  Tags: list(TagSchema),
});

const PrefixSchema = v.looseObject({ cidr: str });

/** `directconnect describe-virtual-interfaces`. */
export const VirtualInterfaceSchema = v.looseObject({
  virtualInterfaceId: str,
  virtualInterfaceName: opt(str),
  virtualInterfaceType: opt(str),
  virtualInterfaceState: opt(str),
  virtualGatewayId: opt(str),
  directConnectGatewayId: opt(str),
  customerAddress: opt(str),
  routeFilterPrefixes: list(PrefixSchema),
  tags: list(v.looseObject({ key: str, value: opt(str) })),
});

/** `directconnect describe-direct-connect-gateway-associations`. */
export const DirectConnectGatewayAssociationSchema = v.looseObject({
  directConnectGatewayId: opt(str),
  associationState: opt(str),
  associatedGateway: opt(v.looseObject({ id: str, type: opt(str) })),
  virtualGatewayId: opt(str),
  allowedPrefixesToDirectConnectGateway: list(PrefixSchema),
});

/** `directconnect describe-direct-connect-gateways`, with its associations nested (contract §1). */
export const DirectConnectGatewaySchema = v.looseObject({
  directConnectGatewayId: str,
  directConnectGatewayName: opt(str),
  directConnectGatewayState: opt(str),
  directConnectGatewayAssociations: list(DirectConnectGatewayAssociationSchema),
});

export type TransitGatewayJson = v.Infer<typeof TransitGatewaySchema>;
export type TransitGatewayAttachmentJson = v.Infer<typeof TransitGatewayAttachmentSchema>;
export type TransitGatewayVpcAttachmentJson = v.Infer<typeof TransitGatewayVpcAttachmentSchema>;
export type TransitGatewayRouteTableJson = v.Infer<typeof TransitGatewayRouteTableSchema>;
export type TransitGatewayRouteJson = v.Infer<typeof TransitGatewayRouteSchema>;
export type VpnGatewayJson = v.Infer<typeof VpnGatewaySchema>;
export type CustomerGatewayJson = v.Infer<typeof CustomerGatewaySchema>;
export type VpnConnectionJson = v.Infer<typeof VpnConnectionSchema>;
export type VirtualInterfaceJson = v.Infer<typeof VirtualInterfaceSchema>;
export type DirectConnectGatewayJson = v.Infer<typeof DirectConnectGatewaySchema>;
export type DirectConnectGatewayAssociationJson = v.Infer<typeof DirectConnectGatewayAssociationSchema>;

/** All DX gateway associations: the top-level `directConnectGatewayAssociations` key and those nested per gateway. */
export function dxAssociations(
  section: <T>(key: string, schema: v.Shape<T>) => T[],
): { association: DirectConnectGatewayAssociationJson; path: string }[] {
  const out: { association: DirectConnectGatewayAssociationJson; path: string }[] = [];
  section("directConnectGatewayAssociations", DirectConnectGatewayAssociationSchema).forEach((a, i) => out.push({ association: a, path: `$.directConnectGatewayAssociations[${i}]` }));
  section("directConnectGateways", DirectConnectGatewaySchema).forEach((g, i) =>
    g.directConnectGatewayAssociations?.forEach((a, j) =>
      out.push({ association: { ...a, directConnectGatewayId: a.directConnectGatewayId ?? g.directConnectGatewayId }, path: `$.directConnectGateways[${i}].directConnectGatewayAssociations[${j}]` }),
    ),
  );
  return out;
}

/** "true"/true/"enable" → true. */
export function isOn(value: string | boolean | null | undefined): boolean {
  return value === true || value === "true" || value === "enable" || value === "enabled";
}
