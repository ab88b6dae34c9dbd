/**
 * zod schemas (one item each, AWS field names, unknown fields accepted) of the top-level snapshot keys read by
 * the transit gateway, VPN and Direct Connect families. Shared here so that each family can read another's key
 * (e.g. the transit gateway reads VpnConnections to find VPN attachments) with the same schema.
 */
import { z } from "zod";
import { TagSchema } from "./snapshot";

const str = z.string();
const opt = <T extends z.ZodType>(t: T) => t.optional().nullable();
const list = <T extends z.ZodType>(t: T) => z.array(t).optional().nullable();
const flag = z.union([z.string(), z.boolean()]);

/** `ec2 describe-transit-gateways`. */
export const TransitGatewaySchema = z.looseObject({
  TransitGatewayId: str,
  State: opt(str),
  Options: opt(
    z.looseObject({
      DefaultRouteTableAssociation: opt(str),
      DefaultRouteTablePropagation: opt(str),
      AssociationDefaultRouteTableId: opt(str),
      PropagationDefaultRouteTableId: opt(str),
      SecurityGroupReferencingSupport: opt(str),
    }),
  ),
  Tags: list(TagSchema),
});

const AssociationSchema = z.looseObject({ TransitGatewayRouteTableId: opt(str), State: opt(str) });

/** `ec2 describe-transit-gateway-attachments`. */
export const TransitGatewayAttachmentSchema = z.looseObject({
  TransitGatewayAttachmentId: str,
  TransitGatewayId: opt(str),
  ResourceType: opt(str),
  ResourceId: opt(str),
  State: opt(str),
  Association: opt(AssociationSchema),
  Tags: list(TagSchema),
});

/** `ec2 describe-transit-gateway-vpc-attachments`. */
export const TransitGatewayVpcAttachmentSchema = z.looseObject({
  TransitGatewayAttachmentId: str,
  TransitGatewayId: opt(str),
  VpcId: str,
  SubnetIds: list(str),
  State: opt(str),
  Options: opt(z.looseObject({ ApplianceModeSupport: opt(str), SecurityGroupReferencingSupport: opt(str) })),
  Tags: list(TagSchema),
});

const RouteAttachmentSchema = z.looseObject({ TransitGatewayAttachmentId: opt(str), ResourceId: opt(str), ResourceType: opt(str) });
const AttachmentRefSchema = z.looseObject({ TransitGatewayAttachmentId: opt(str), ResourceId: opt(str), ResourceType: opt(str), State: opt(str) });

/** One route of `ec2 search-transit-gateway-routes`. */
export const TransitGatewayRouteSchema = z.looseObject({
  DestinationCidrBlock: opt(str),
  PrefixListId: opt(str),
  Type: opt(str),
  State: opt(str),
  TransitGatewayAttachments: list(RouteAttachmentSchema),
});

/** `ec2 describe-transit-gateway-route-tables`, with the per-table calls nested (contract §1). */
export const TransitGatewayRouteTableSchema = z.looseObject({
  TransitGatewayRouteTableId: str,
  TransitGatewayId: opt(str),
  State: opt(str),
  DefaultAssociationRouteTable: opt(z.boolean()),
  DefaultPropagationRouteTable: opt(z.boolean()),
  Routes: list(TransitGatewayRouteSchema),
  Associations: list(AttachmentRefSchema),
  Propagations: list(AttachmentRefSchema),
  TransitGatewayRouteTablePropagations: list(AttachmentRefSchema),
  Tags: list(TagSchema),
});

/** `ec2 describe-vpn-gateways`. */
export const VpnGatewaySchema = z.looseObject({
  VpnGatewayId: str,
  State: opt(str),
  Type: opt(str),
  VpcAttachments: list(z.looseObject({ VpcId: str, State: opt(str) })),
  Tags: list(TagSchema),
});

/** `ec2 describe-customer-gateways`. */
export const CustomerGatewaySchema = z.looseObject({
  CustomerGatewayId: str,
  IpAddress: opt(str),
  BgpAsn: opt(z.union([z.string(), z.number()])),
  State: opt(str),
  Tags: list(TagSchema),
});

/** `ec2 describe-vpn-connections`. */
export const VpnConnectionSchema = z.looseObject({
  VpnConnectionId: str,
  CustomerGatewayId: opt(str),
  VpnGatewayId: opt(str),
  TransitGatewayId: opt(str),
  TransitGatewayAttachmentId: opt(str),
  State: opt(str),
  Options: opt(z.looseObject({ StaticRoutesOnly: opt(flag) })),
  Routes: list(z.looseObject({ DestinationCidrBlock: str, Source: opt(str), State: opt(str) })),
  VgwTelemetry: list(z.looseObject({ Status: opt(str), OutsideIpAddress: opt(str), StatusMessage: opt(str) })),
  Tags: list(TagSchema),
});

const PrefixSchema = z.looseObject({ cidr: str });

/** `directconnect describe-virtual-interfaces`. */
export const VirtualInterfaceSchema = z.looseObject({
  virtualInterfaceId: str,
  virtualInterfaceName: opt(str),
  virtualInterfaceType: opt(str),
  virtualInterfaceState: opt(str),
  virtualGatewayId: opt(str),
  directConnectGatewayId: opt(str),
  customerAddress: opt(str),
  routeFilterPrefixes: list(PrefixSchema),
  tags: list(z.looseObject({ key: str, value: opt(str) })),
});

/** `directconnect describe-direct-connect-gateway-associations`. */
export const DirectConnectGatewayAssociationSchema = z.looseObject({
  directConnectGatewayId: opt(str),
  associationState: opt(str),
  associatedGateway: opt(z.looseObject({ id: str, type: opt(str) })),
  virtualGatewayId: opt(str),
  allowedPrefixesToDirectConnectGateway: list(PrefixSchema),
});

/** `directconnect describe-direct-connect-gateways`, with its associations nested (contract §1). */
export const DirectConnectGatewaySchema = z.looseObject({
  directConnectGatewayId: str,
  directConnectGatewayName: opt(str),
  directConnectGatewayState: opt(str),
  directConnectGatewayAssociations: list(DirectConnectGatewayAssociationSchema),
});

export type TransitGatewayJson = z.infer<typeof TransitGatewaySchema>;
export type TransitGatewayAttachmentJson = z.infer<typeof TransitGatewayAttachmentSchema>;
export type TransitGatewayVpcAttachmentJson = z.infer<typeof TransitGatewayVpcAttachmentSchema>;
export type TransitGatewayRouteTableJson = z.infer<typeof TransitGatewayRouteTableSchema>;
export type TransitGatewayRouteJson = z.infer<typeof TransitGatewayRouteSchema>;
export type VpnGatewayJson = z.infer<typeof VpnGatewaySchema>;
export type CustomerGatewayJson = z.infer<typeof CustomerGatewaySchema>;
export type VpnConnectionJson = z.infer<typeof VpnConnectionSchema>;
export type VirtualInterfaceJson = z.infer<typeof VirtualInterfaceSchema>;
export type DirectConnectGatewayJson = z.infer<typeof DirectConnectGatewaySchema>;
export type DirectConnectGatewayAssociationJson = z.infer<typeof DirectConnectGatewayAssociationSchema>;

/** All DX gateway associations: the top-level `directConnectGatewayAssociations` key and those nested per gateway. */
export function dxAssociations(
  section: <T extends z.ZodType>(key: string, schema: T) => z.infer<T>[],
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
