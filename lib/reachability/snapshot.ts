/**
 * Stage 1: the snapshot. Shapes (`shape.ts`) of the AWS `describe-*` output the core reads (AWS field names,
 * PascalCase), checked in place; `snapshot-spec.ts` keeps the zod schemas they mirror as the specification.
 * Unknown fields are accepted and ignored; a value of the wrong shape refuses the snapshot whole with a
 * SnapshotError naming the JSON path, what was expected and why. Component families (see README,
 * "Adding a component family") declare the schemas of their own top-level keys.
 */
import * as v from "./shape";
import { SnapshotError, jsonPath } from "./errors";

const str = v.str();
const opt = v.opt;
const list = v.list;
const protocolValue = v.union([v.str(), v.num()]);

export const TagSchema = v.looseObject({ Key: str, Value: opt(str) });

export const VpcSchema = v.looseObject({
  VpcId: str,
  CidrBlock: opt(str),
  CidrBlockAssociationSet: list(v.looseObject({ CidrBlock: str, CidrBlockState: opt(v.looseObject({ State: opt(str) })) })),
  Ipv6CidrBlockAssociationSet: list(
    v.looseObject({ Ipv6CidrBlock: opt(str), Ipv6CidrBlockState: opt(v.looseObject({ State: opt(str) })) }),
  ),
  IsDefault: opt(v.bool()),
  State: opt(str),
  OwnerId: opt(str),
  Tags: list(TagSchema),
});

export const SubnetSchema = v.looseObject({
  SubnetId: str,
  VpcId: str,
  CidrBlock: opt(str),
  Ipv6CidrBlockAssociationSet: list(
    v.looseObject({ Ipv6CidrBlock: opt(str), Ipv6CidrBlockState: opt(v.looseObject({ State: opt(str) })) }),
  ),
  AvailabilityZone: opt(str),
  AvailabilityZoneId: opt(str),
  MapPublicIpOnLaunch: opt(v.bool()),
  State: opt(str),
  Tags: list(TagSchema),
});

export const RouteSchema = v.looseObject({
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

export const RouteTableSchema = v.looseObject({
  RouteTableId: str,
  VpcId: str,
  Associations: list(
    v.looseObject({
      Main: opt(v.bool()),
      SubnetId: opt(str),
      GatewayId: opt(str),
      RouteTableAssociationId: opt(str),
      AssociationState: opt(v.looseObject({ State: opt(str) })),
    }),
  ),
  Routes: list(RouteSchema),
  PropagatingVgws: list(v.looseObject({ GatewayId: str })),
  Tags: list(TagSchema),
});

const GatewayAttachmentSchema = v.looseObject({ VpcId: str, State: opt(str) });

export const InternetGatewaySchema = v.looseObject({
  InternetGatewayId: str,
  Attachments: list(GatewayAttachmentSchema),
  Tags: list(TagSchema),
});

export const EgressOnlyInternetGatewaySchema = v.looseObject({
  EgressOnlyInternetGatewayId: str,
  Attachments: list(GatewayAttachmentSchema),
  Tags: list(TagSchema),
});

export const NatGatewaySchema = v.looseObject({
  NatGatewayId: str,
  VpcId: opt(str),
  SubnetId: opt(str),
  State: opt(str),
  ConnectivityType: opt(str),
  AvailabilityMode: opt(str),
  NatGatewayAddresses: list(
    v.looseObject({
      AllocationId: opt(str),
      NetworkInterfaceId: opt(str),
      PrivateIp: opt(str),
      PublicIp: opt(str),
      IsPrimary: opt(v.bool()),
    }),
  ),
  Tags: list(TagSchema),
});

export const AddressSchema = v.looseObject({
  AllocationId: opt(str),
  PublicIp: str,
  AssociationId: opt(str),
  InstanceId: opt(str),
  NetworkInterfaceId: opt(str),
  PrivateIpAddress: opt(str),
  Domain: opt(str),
});

export const IpPermissionSchema = v.looseObject({
  IpProtocol: protocolValue,
  FromPort: opt(v.num()),
  ToPort: opt(v.num()),
  IpRanges: list(v.looseObject({ CidrIp: str, Description: opt(str) })),
  Ipv6Ranges: list(v.looseObject({ CidrIpv6: str, Description: opt(str) })),
  PrefixListIds: list(v.looseObject({ PrefixListId: str, Description: opt(str) })),
  UserIdGroupPairs: list(
    v.looseObject({
      GroupId: opt(str),
      GroupName: opt(str),
      VpcId: opt(str),
      UserId: opt(str),
      VpcPeeringConnectionId: opt(str),
      PeeringStatus: opt(str),
    }),
  ),
});

export const SecurityGroupSchema = v.looseObject({
  GroupId: str,
  GroupName: opt(str),
  VpcId: opt(str),
  IpPermissions: list(IpPermissionSchema),
  IpPermissionsEgress: list(IpPermissionSchema),
  Tags: list(TagSchema),
});

export const NetworkAclEntrySchema = v.looseObject({
  RuleNumber: v.num(),
  Protocol: protocolValue,
  RuleAction: str,
  Egress: v.bool(),
  CidrBlock: opt(str),
  Ipv6CidrBlock: opt(str),
  PortRange: opt(v.looseObject({ From: opt(v.num()), To: opt(v.num()) })),
  IcmpTypeCode: opt(v.looseObject({ Type: opt(v.num()), Code: opt(v.num()) })),
});

export const NetworkAclSchema = v.looseObject({
  NetworkAclId: str,
  VpcId: str,
  IsDefault: opt(v.bool()),
  Entries: list(NetworkAclEntrySchema),
  Associations: list(v.looseObject({ SubnetId: str, NetworkAclId: opt(str), NetworkAclAssociationId: opt(str) })),
  Tags: list(TagSchema),
});

const PrivateIpSchema = v.looseObject({
  PrivateIpAddress: str,
  Primary: opt(v.bool()),
  Association: opt(v.looseObject({ PublicIp: opt(str) })),
});

export const NetworkInterfaceSchema = v.looseObject({
  NetworkInterfaceId: str,
  SubnetId: opt(str),
  VpcId: opt(str),
  AvailabilityZone: opt(str),
  InterfaceType: opt(str),
  Description: opt(str),
  Status: opt(str),
  RequesterManaged: opt(v.bool()),
  PrivateIpAddress: opt(str),
  PrivateIpAddresses: list(PrivateIpSchema),
  Ipv6Addresses: list(v.looseObject({ Ipv6Address: str })),
  Association: opt(v.looseObject({ PublicIp: opt(str) })),
  Groups: list(v.looseObject({ GroupId: str, GroupName: opt(str) })),
  Attachment: opt(
    v.looseObject({ InstanceId: opt(str), Status: opt(str), DeviceIndex: opt(v.num()), InstanceOwnerId: opt(str) }),
  ),
  SourceDestCheck: opt(v.bool()),
  TagSet: list(TagSchema),
  Tags: list(TagSchema),
});

export const InstanceSchema = v.looseObject({
  InstanceId: str,
  State: opt(v.looseObject({ Name: opt(str), Code: opt(v.num()) })),
  SubnetId: opt(str),
  VpcId: opt(str),
  PrivateIpAddress: opt(str),
  PublicIpAddress: opt(str),
  Ipv6Address: opt(str),
  SecurityGroups: list(v.looseObject({ GroupId: str, GroupName: opt(str) })),
  NetworkInterfaces: list(NetworkInterfaceSchema),
  SourceDestCheck: opt(v.bool()),
  Placement: opt(v.looseObject({ AvailabilityZone: opt(str) })),
  Tags: list(TagSchema),
});

export const ReservationSchema = v.looseObject({ Instances: list(InstanceSchema) });

const PeeringVpcInfoSchema = v.looseObject({
  VpcId: opt(str),
  CidrBlock: opt(str),
  CidrBlockSet: list(v.looseObject({ CidrBlock: str })),
  Ipv6CidrBlockSet: list(v.looseObject({ Ipv6CidrBlock: str })),
  OwnerId: opt(str),
  Region: opt(str),
});

export const VpcPeeringConnectionSchema = v.looseObject({
  VpcPeeringConnectionId: str,
  Status: opt(v.looseObject({ Code: opt(str), Message: opt(str) })),
  RequesterVpcInfo: opt(PeeringVpcInfoSchema),
  AccepterVpcInfo: opt(PeeringVpcInfoSchema),
  Tags: list(TagSchema),
});

export const PrefixListSchema = v.looseObject({
  PrefixListId: str,
  PrefixListName: opt(str),
  Cidrs: list(str),
  /** `get-managed-prefix-list-entries` nested, for customer-managed lists. */
  Entries: list(v.looseObject({ Cidr: str })),
});

export const VpcEndpointSchema = v.looseObject({
  VpcEndpointId: str,
  VpcEndpointType: opt(str),
  VpcId: opt(str),
  ServiceName: opt(str),
  State: opt(str),
  RouteTableIds: list(str),
  SubnetIds: list(str),
  Groups: list(v.looseObject({ GroupId: str, GroupName: opt(str) })),
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

export type Tag = v.Infer<typeof TagSchema>;
export type VpcJson = v.Infer<typeof VpcSchema>;
export type SubnetJson = v.Infer<typeof SubnetSchema>;
export type RouteJson = v.Infer<typeof RouteSchema>;
export type RouteTableJson = v.Infer<typeof RouteTableSchema>;
export type InternetGatewayJson = v.Infer<typeof InternetGatewaySchema>;
export type EgressOnlyInternetGatewayJson = v.Infer<typeof EgressOnlyInternetGatewaySchema>;
export type NatGatewayJson = v.Infer<typeof NatGatewaySchema>;
export type AddressJson = v.Infer<typeof AddressSchema>;
export type IpPermissionJson = v.Infer<typeof IpPermissionSchema>;
export type SecurityGroupJson = v.Infer<typeof SecurityGroupSchema>;
export type NetworkAclEntryJson = v.Infer<typeof NetworkAclEntrySchema>;
export type NetworkAclJson = v.Infer<typeof NetworkAclSchema>;
export type NetworkInterfaceJson = v.Infer<typeof NetworkInterfaceSchema>;
export type InstanceJson = v.Infer<typeof InstanceSchema>;
export type VpcPeeringConnectionJson = v.Infer<typeof VpcPeeringConnectionSchema>;
export type PrefixListJson = v.Infer<typeof PrefixListSchema>;
export type VpcEndpointJson = v.Infer<typeof VpcEndpointSchema>;

type CoreSections = typeof coreSections;

/**
 * A top-level list as the model builder reads it: in order, item by item. An array, or (when the snapshot is
 * loaded from its bytes, `snapshot-bytes.ts`) a list parsed a batch at a time, once per pass.
 */
export interface Items<T> {
  forEach(fn: (item: T, index: number) => void): void;
}

/** The index of the first item that passes `test`, or -1 (for messages only: it reads the whole list). */
export function indexOfItem<T>(items: Items<T>, test: (item: T) => boolean): number {
  let found = -1;
  items.forEach((item, index) => {
    if (found < 0 && test(item)) found = index;
  });
  return found;
}

/** The lists read through `Items` (see `streamedKeys` in snapshot-index.ts): each is read once when loading. */
type StreamedSections = "Vpcs" | "Subnets" | "SecurityGroups" | "NetworkAcls" | "NetworkInterfaces" | "Reservations";

export type Snapshot = { [K in Exclude<keyof CoreSections, StreamedSections>]: v.Infer<CoreSections[K]>[] } & {
  [K in StreamedSections]: Items<v.Infer<CoreSections[K]>>;
} & {
  /** Every top-level key of the input (families read theirs through `sectionOf`). */
  readonly raw: Readonly<Record<string, unknown>>;
};

/** What was expected, in the words the zod-based parser used (`snapshot-spec.ts` keeps those schemas). */
function describeExpected(issue: v.ShapeIssue): string {
  if (issue.code === "invalid_type" && issue.expected) return issue.expected === "array" ? "a list" : `a ${issue.expected}`;
  return "a string or a number";
}

/**
 * Checks one top-level list against its shape, in place: the items are returned as they are (not copied), so the
 * caller must not change them. Throws SnapshotError naming the path of the first problem.
 */
export function parseSection<T>(raw: Readonly<Record<string, unknown>>, key: string, schema: v.Shape<T>): T[] {
  const value = raw[key];
  if (value === undefined || value === null) return [];
  const items = v.array(schema);
  if (items.check(value)) return value as T[];
  const issue = v.firstIssue(items, value);
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
  for (const [key, schema] of Object.entries(coreSections) as [string, v.Shape<unknown>][]) out[key] = parseSection(raw, key, schema);
  return out as Snapshot;
}
