/**
 * The executable specification of the snapshot's field types: the zod schemas the engine used to parse snapshots
 * with, kept verbatim (core sections from snapshot.ts, transit gateway / VPN / Direct Connect sections from
 * gateway-sections.ts, load balancers, endpoint services). The engine itself checks shapes with `shape.ts` (no zod
 * at run time, no copy of the snapshot); tests use these schemas as the oracle: `snapshot-spec.test.ts` checks that
 * each runtime shape declares the same fields and kinds, and `properties/shape-parity.property.test.ts` that both
 * accept the same values and refuse them at the same first path. Tests and tools only: never import from the engine.
 */
import { z } from "zod";

const str = z.string();
const opt = <T extends z.ZodType>(t: T) => t.optional().nullable();
const list = <T extends z.ZodType>(t: T) => z.array(t).optional().nullable();
const protocolValue = z.union([z.string(), z.number()]);
const flag = z.union([z.string(), z.boolean()]);

// --- core sections (snapshot.ts) ---
export const TagSchema = z.looseObject({ Key: str, Value: opt(str) });

export const VpcSchema = z.looseObject({
  VpcId: str,
  CidrBlock: opt(str),
  CidrBlockAssociationSet: list(z.looseObject({ CidrBlock: str, CidrBlockState: opt(z.looseObject({ State: opt(str) })) })),
  Ipv6CidrBlockAssociationSet: list(
    z.looseObject({ Ipv6CidrBlock: opt(str), Ipv6CidrBlockState: opt(z.looseObject({ State: opt(str) })) }),
  ),
  IsDefault: opt(z.boolean()),
  State: opt(str),
  OwnerId: opt(str),
  Tags: list(TagSchema),
});

export const SubnetSchema = z.looseObject({
  SubnetId: str,
  VpcId: str,
  CidrBlock: opt(str),
  Ipv6CidrBlockAssociationSet: list(
    z.looseObject({ Ipv6CidrBlock: opt(str), Ipv6CidrBlockState: opt(z.looseObject({ State: opt(str) })) }),
  ),
  AvailabilityZone: opt(str),
  AvailabilityZoneId: opt(str),
  MapPublicIpOnLaunch: opt(z.boolean()),
  State: opt(str),
  Tags: list(TagSchema),
});

export const RouteSchema = z.looseObject({
  DestinationCidrBlock: opt(str),
  DestinationIpv6CidrBlock: opt(str),
  DestinationPrefixListId: opt(str),
  GatewayId: opt(str),
  NatGatewayId: opt(str),
  TransitGatewayId: opt(str),
  VpcPeeringConnectionId: opt(str),
  NetworkInterfaceId: opt(str),
  InstanceId: opt(str),
  EgressOnlyInternetGatewayId: opt(str),
  LocalGatewayId: opt(str),
  CarrierGatewayId: opt(str),
  CoreNetworkArn: opt(str),
  Origin: opt(str),
  State: opt(str),
});

export const RouteTableSchema = z.looseObject({
  RouteTableId: str,
  VpcId: str,
  Associations: list(
    z.looseObject({
      Main: opt(z.boolean()),
      SubnetId: opt(str),
      GatewayId: opt(str),
      RouteTableAssociationId: opt(str),
      AssociationState: opt(z.looseObject({ State: opt(str) })),
    }),
  ),
  Routes: list(RouteSchema),
  PropagatingVgws: list(z.looseObject({ GatewayId: str })),
  Tags: list(TagSchema),
});

const GatewayAttachmentSchema = z.looseObject({ VpcId: str, State: opt(str) });

export const InternetGatewaySchema = z.looseObject({
  InternetGatewayId: str,
  Attachments: list(GatewayAttachmentSchema),
  Tags: list(TagSchema),
});

export const EgressOnlyInternetGatewaySchema = z.looseObject({
  EgressOnlyInternetGatewayId: str,
  Attachments: list(GatewayAttachmentSchema),
  Tags: list(TagSchema),
});

export const NatGatewaySchema = z.looseObject({
  NatGatewayId: str,
  VpcId: opt(str),
  SubnetId: opt(str),
  State: opt(str),
  ConnectivityType: opt(str),
  AvailabilityMode: opt(str),
  NatGatewayAddresses: list(
    z.looseObject({
      AllocationId: opt(str),
      NetworkInterfaceId: opt(str),
      PrivateIp: opt(str),
      PublicIp: opt(str),
      IsPrimary: opt(z.boolean()),
    }),
  ),
  Tags: list(TagSchema),
});

export const AddressSchema = z.looseObject({
  AllocationId: opt(str),
  PublicIp: str,
  AssociationId: opt(str),
  InstanceId: opt(str),
  NetworkInterfaceId: opt(str),
  PrivateIpAddress: opt(str),
  Domain: opt(str),
});

export const IpPermissionSchema = z.looseObject({
  IpProtocol: protocolValue,
  FromPort: opt(z.number()),
  ToPort: opt(z.number()),
  IpRanges: list(z.looseObject({ CidrIp: str, Description: opt(str) })),
  Ipv6Ranges: list(z.looseObject({ CidrIpv6: str, Description: opt(str) })),
  PrefixListIds: list(z.looseObject({ PrefixListId: str, Description: opt(str) })),
  UserIdGroupPairs: list(
    z.looseObject({
      GroupId: opt(str),
      GroupName: opt(str),
      VpcId: opt(str),
      UserId: opt(str),
      VpcPeeringConnectionId: opt(str),
      PeeringStatus: opt(str),
    }),
  ),
});

export const SecurityGroupSchema = z.looseObject({
  GroupId: str,
  GroupName: opt(str),
  VpcId: opt(str),
  IpPermissions: list(IpPermissionSchema),
  IpPermissionsEgress: list(IpPermissionSchema),
  Tags: list(TagSchema),
});

export const NetworkAclEntrySchema = z.looseObject({
  RuleNumber: z.number(),
  Protocol: protocolValue,
  RuleAction: str,
  Egress: z.boolean(),
  CidrBlock: opt(str),
  Ipv6CidrBlock: opt(str),
  PortRange: opt(z.looseObject({ From: opt(z.number()), To: opt(z.number()) })),
  IcmpTypeCode: opt(z.looseObject({ Type: opt(z.number()), Code: opt(z.number()) })),
});

export const NetworkAclSchema = z.looseObject({
  NetworkAclId: str,
  VpcId: str,
  IsDefault: opt(z.boolean()),
  Entries: list(NetworkAclEntrySchema),
  Associations: list(z.looseObject({ SubnetId: str, NetworkAclId: opt(str), NetworkAclAssociationId: opt(str) })),
  Tags: list(TagSchema),
});

const PrivateIpSchema = z.looseObject({
  PrivateIpAddress: str,
  Primary: opt(z.boolean()),
  Association: opt(z.looseObject({ PublicIp: opt(str) })),
});

export const NetworkInterfaceSchema = z.looseObject({
  NetworkInterfaceId: str,
  SubnetId: opt(str),
  VpcId: opt(str),
  AvailabilityZone: opt(str),
  InterfaceType: opt(str),
  Description: opt(str),
  Status: opt(str),
  RequesterManaged: opt(z.boolean()),
  PrivateIpAddress: opt(str),
  PrivateIpAddresses: list(PrivateIpSchema),
  Ipv6Addresses: list(z.looseObject({ Ipv6Address: str })),
  Association: opt(z.looseObject({ PublicIp: opt(str) })),
  Groups: list(z.looseObject({ GroupId: str, GroupName: opt(str) })),
  Attachment: opt(
    z.looseObject({ InstanceId: opt(str), Status: opt(str), DeviceIndex: opt(z.number()), InstanceOwnerId: opt(str) }),
  ),
  SourceDestCheck: opt(z.boolean()),
  TagSet: list(TagSchema),
  Tags: list(TagSchema),
});

export const InstanceSchema = z.looseObject({
  InstanceId: str,
  State: opt(z.looseObject({ Name: opt(str), Code: opt(z.number()) })),
  SubnetId: opt(str),
  VpcId: opt(str),
  PrivateIpAddress: opt(str),
  PublicIpAddress: opt(str),
  Ipv6Address: opt(str),
  SecurityGroups: list(z.looseObject({ GroupId: str, GroupName: opt(str) })),
  NetworkInterfaces: list(NetworkInterfaceSchema),
  SourceDestCheck: opt(z.boolean()),
  Placement: opt(z.looseObject({ AvailabilityZone: opt(str) })),
  Tags: list(TagSchema),
});

export const ReservationSchema = z.looseObject({ Instances: list(InstanceSchema) });

const PeeringVpcInfoSchema = z.looseObject({
  VpcId: opt(str),
  CidrBlock: opt(str),
  CidrBlockSet: list(z.looseObject({ CidrBlock: str })),
  Ipv6CidrBlockSet: list(z.looseObject({ Ipv6CidrBlock: str })),
  OwnerId: opt(str),
  Region: opt(str),
});

export const VpcPeeringConnectionSchema = z.looseObject({
  VpcPeeringConnectionId: str,
  Status: opt(z.looseObject({ Code: opt(str), Message: opt(str) })),
  RequesterVpcInfo: opt(PeeringVpcInfoSchema),
  AccepterVpcInfo: opt(PeeringVpcInfoSchema),
  Tags: list(TagSchema),
});

export const PrefixListSchema = z.looseObject({
  PrefixListId: str,
  PrefixListName: opt(str),
  Cidrs: list(str),
  /** `get-managed-prefix-list-entries` nested, for customer-managed lists. */
  Entries: list(z.looseObject({ Cidr: str })),
});

export const VpcEndpointSchema = z.looseObject({
  VpcEndpointId: str,
  VpcEndpointType: opt(str),
  VpcId: opt(str),
  ServiceName: opt(str),
  State: opt(str),
  RouteTableIds: list(str),
  SubnetIds: list(str),
  Groups: list(z.looseObject({ GroupId: str, GroupName: opt(str) })),
  NetworkInterfaceIds: list(str),
  Tags: list(TagSchema),
});

/** The core's top-level keys (snapshot.ts `coreSections`). */
export const coreSectionsSpec = {
  Vpcs: VpcSchema,
  Subnets: SubnetSchema,
  RouteTables: RouteTableSchema,
  InternetGateways: InternetGatewaySchema,
  EgressOnlyInternetGateways: EgressOnlyInternetGatewaySchema,
  NatGateways: NatGatewaySchema,
  Addresses: AddressSchema,
  SecurityGroups: SecurityGroupSchema,
  NetworkAcls: NetworkAclSchema,
  NetworkInterfaces: NetworkInterfaceSchema,
  Reservations: ReservationSchema,
  VpcPeeringConnections: VpcPeeringConnectionSchema,
  PrefixLists: PrefixListSchema,
  VpcEndpoints: VpcEndpointSchema,
} as const;

// --- transit gateway, VPN and Direct Connect sections (gateway-sections.ts) ---
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

// --- load balancers (load-balancer.ts) ---
const AttributeSchema = z.looseObject({ Key: str, Value: opt(z.union([str, z.boolean(), z.number()])) });

export const LoadBalancerSchema = z.looseObject({
  LoadBalancerArn: opt(str),
  LoadBalancerName: opt(str),
  Type: opt(str),
  Scheme: opt(str),
  VpcId: opt(str),
  State: opt(z.looseObject({ Code: opt(str) })),
  AvailabilityZones: list(
    z.looseObject({
      ZoneName: opt(str),
      SubnetId: opt(str),
      LoadBalancerAddresses: list(z.looseObject({ IpAddress: opt(str), AllocationId: opt(str), PrivateIPv4Address: opt(str), IPv6Address: opt(str) })),
    }),
  ),
  SecurityGroups: list(str),
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: opt(str),
  Attributes: list(AttributeSchema),
});

const ActionSchema = z.looseObject({
  Type: opt(str),
  TargetGroupArn: opt(str),
  Order: opt(z.number()),
  ForwardConfig: opt(z.looseObject({ TargetGroups: list(z.looseObject({ TargetGroupArn: str, Weight: opt(z.number()) })) })),
});

export const ListenerSchema = z.looseObject({
  ListenerArn: opt(str),
  LoadBalancerArn: str,
  Protocol: opt(str),
  /** Absent on a Gateway Load Balancer's listener (it takes all traffic). */
  Port: opt(z.number()),
  DefaultActions: list(ActionSchema),
  /** `elbv2 describe-rules` nested (contract §1 convention): every rule's forward action is a candidate. */
  Rules: list(z.looseObject({ Priority: opt(z.union([str, z.number()])), IsDefault: opt(z.boolean()), Actions: list(ActionSchema) })),
});

export const TargetGroupSchema = z.looseObject({
  TargetGroupArn: str,
  TargetGroupName: opt(str),
  Protocol: opt(str),
  Port: opt(z.number()),
  TargetType: opt(str),
  VpcId: opt(str),
  LoadBalancerArns: list(str),
  TargetHealthDescriptions: list(
    z.looseObject({
      Target: z.looseObject({ Id: str, Port: opt(z.number()), AvailabilityZone: opt(str) }),
      TargetHealth: opt(z.looseObject({ State: opt(str) })),
    }),
  ),
  Attributes: list(AttributeSchema),
});

// --- endpoint services (endpoint-service.ts) ---
export const EndpointServiceSchema = z.looseObject({
  ServiceId: str,
  ServiceName: opt(str),
  ServiceState: opt(str),
  NetworkLoadBalancerArns: list(str),
  GatewayLoadBalancerArns: list(str),
  AcceptanceRequired: opt(z.boolean()),
  AvailabilityZones: list(str),
  Tags: list(z.looseObject({ Key: str, Value: opt(str) })),
});

/** Every top-level key the engine reads (the core's and the families'), with the zod schema of one item. */
export const sectionSpecs = {
  ...coreSectionsSpec,
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
} as const;
