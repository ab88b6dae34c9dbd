/**
 * Stage 1: the snapshot. zod schemas of the AWS `describe-*` shapes the core reads (AWS field names, PascalCase).
 * Unknown fields are accepted and ignored; a value of the wrong shape refuses the snapshot whole with a
 * SnapshotError naming the JSON path, what was expected and why. Component families (see README,
 * "Adding a component family") declare the schemas of their own top-level keys.
 */
import { z } from "zod";
import { SnapshotError, jsonPath } from "./errors";

const str = z.string();
const opt = <T extends z.ZodType>(t: T) => t.optional().nullable();
const list = <T extends z.ZodType>(t: T) => z.array(t).optional().nullable();
const protocolValue = z.union([z.string(), z.number()]);

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

/** The core's top-level keys. Families add theirs (see family.ts). */
export const coreSections = {
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

export type Tag = z.infer<typeof TagSchema>;
export type VpcJson = z.infer<typeof VpcSchema>;
export type SubnetJson = z.infer<typeof SubnetSchema>;
export type RouteJson = z.infer<typeof RouteSchema>;
export type RouteTableJson = z.infer<typeof RouteTableSchema>;
export type InternetGatewayJson = z.infer<typeof InternetGatewaySchema>;
export type EgressOnlyInternetGatewayJson = z.infer<typeof EgressOnlyInternetGatewaySchema>;
export type NatGatewayJson = z.infer<typeof NatGatewaySchema>;
export type AddressJson = z.infer<typeof AddressSchema>;
export type IpPermissionJson = z.infer<typeof IpPermissionSchema>;
export type SecurityGroupJson = z.infer<typeof SecurityGroupSchema>;
export type NetworkAclEntryJson = z.infer<typeof NetworkAclEntrySchema>;
export type NetworkAclJson = z.infer<typeof NetworkAclSchema>;
export type NetworkInterfaceJson = z.infer<typeof NetworkInterfaceSchema>;
export type InstanceJson = z.infer<typeof InstanceSchema>;
export type VpcPeeringConnectionJson = z.infer<typeof VpcPeeringConnectionSchema>;
export type PrefixListJson = z.infer<typeof PrefixListSchema>;
export type VpcEndpointJson = z.infer<typeof VpcEndpointSchema>;

type CoreSections = typeof coreSections;
export type Snapshot = { [K in keyof CoreSections]: z.infer<CoreSections[K]>[] } & {
  /** Every top-level key of the input (families read theirs through `sectionOf`). */
  readonly raw: Readonly<Record<string, unknown>>;
};

function describeExpected(issue: z.core.$ZodIssue): string {
  const anyIssue = issue as { expected?: unknown; values?: unknown[] };
  if (issue.code === "invalid_type" && typeof anyIssue.expected === "string") {
    return anyIssue.expected === "array" ? "a list" : `a ${anyIssue.expected}`;
  }
  if (issue.code === "invalid_union") return "a string or a number";
  return "a valid value";
}

/** Parses one top-level list with its schema; throws SnapshotError naming the path of the first problem. */
export function parseSection<T extends z.ZodType>(raw: Readonly<Record<string, unknown>>, key: string, schema: T): z.infer<T>[] {
  const value = raw[key];
  if (value === undefined || value === null) return [];
  const result = z.array(schema).safeParse(value);
  if (result.success) return result.data as z.infer<T>[];
  const issue = result.error.issues[0];
  if (!issue) throw new SnapshotError(jsonPath([key]), "a list", "the value could not be read");
  const path = jsonPath([key, ...issue.path]);
  const got = valueAt(value, issue.path);
  const gotText = got === undefined ? "it is missing" : `found ${JSON.stringify(got)?.slice(0, 60)}`;
  throw new SnapshotError(path, describeExpected(issue), `${gotText} (${key} holds the output of the matching AWS describe call)`);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Stage 1 entry: checks the outer shape and parses the core sections. */
export function parseSnapshot(json: unknown): Snapshot {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new SnapshotError("$", "a JSON object whose keys are AWS describe-* output keys (Vpcs, Subnets, ...)", `found ${Array.isArray(json) ? "a list" : typeof json}`);
  }
  const raw = json as Record<string, unknown>;
  const out: Record<string, unknown> = { raw };
  for (const [key, schema] of Object.entries(coreSections)) out[key] = parseSection(raw, key, schema);
  return out as Snapshot;
}
