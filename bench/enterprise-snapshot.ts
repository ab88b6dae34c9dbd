/**
 * The enterprise snapshot: 5,000 VPCs on one transit gateway (one VPC attachment each, one transit gateway
 * route table with an association and a propagation for each), 100,000 interfaces (20 per VPC, half of them
 * instances' primary interfaces), security groups of up to 1,000 rules (some referencing other groups, some
 * prefix lists), network ACLs with realistic rules, a centralized egress VPC (NAT gateway + internet gateway
 * behind the transit gateway) and some VPCs with their own internet gateway. AWS describe-* shapes, AWS-style
 * ids, deterministic (seeded). See bench/README.md for the layout.
 *
 * Addressing: VPC i owns 10.0.0.0/8 + i * 2048 (/21). Subnets: private-a .0/24, private-b .1.0/24 (offset 256),
 * tgw-a offset 512 /28, tgw-b offset 528 /28, public-a offset 1024 /24, public-b offset 1280 /24.
 */
import { ipv4, seeded, type Rng } from "./prng";

export const ENTERPRISE = {
  vpcs: 5000,
  interfacesPerVpc: 20,
  /** VPC 0 is the centralized egress VPC (NAT gateway, internet gateway). */
  egressVpc: 0,
  /** VPCs with i % publicEvery === publicOffset have their own internet gateway and public interfaces. */
  publicEvery: 100,
  publicOffset: 50,
  /** VPCs with i % bigSgEvery === 0 carry a security group of 1,000 inbound rules. */
  bigSgEvery: 20,
  bigSgRules: 1000,
  /** Where the transit gateway route table has a blackhole route (no VPC there). */
  blackholeCidr: "10.200.0.0/16",
} as const;

type Json = Record<string, unknown>;

const ACCOUNT = "111122223333";
const REGION = "us-east-1";

/** AWS-style id: prefix, "-0", 16 hex digits from a number and a salt. */
function awsId(prefix: string, n: number, salt = 0): string {
  const hi = ((n * 2654435761) ^ (salt * 40503)) >>> 0;
  return `${prefix}-0${hi.toString(16).padStart(8, "0")}${n.toString(16).padStart(8, "0")}`;
}

export const ids = {
  vpc: (i: number) => awsId("vpc", i, 1),
  subnet: (i: number, s: "private-a" | "private-b" | "tgw-a" | "tgw-b" | "public-a" | "public-b") => awsId("subnet", i * 8 + ["private-a", "private-b", "tgw-a", "tgw-b", "public-a", "public-b"].indexOf(s), 2),
  rtb: (i: number, k = 0) => awsId("rtb", i * 4 + k, 3),
  acl: (i: number) => awsId("acl", i, 4),
  sg: (i: number, k: "web" | "app" | "big") => awsId("sg", i * 4 + ["web", "app", "big"].indexOf(k), 5),
  eni: (i: number, k: number) => awsId("eni", i * 32 + k, 6),
  instance: (i: number, k: number) => awsId("i", i * 32 + k, 7),
  igw: (i: number) => awsId("igw", i, 8),
  nat: (i: number) => awsId("nat", i, 9),
  tgw: () => awsId("tgw", 1, 10),
  tgwRtb: () => awsId("tgw-rtb", 1, 11),
  attachment: (i: number) => awsId("tgw-attach", i, 12),
  prefixList: (k: number) => awsId("pl", k, 13),
};

export const vpcBase = (i: number): number => ((10 << 24) >>> 0) + i * 2048;
export const isPublicVpc = (i: number): boolean => i % ENTERPRISE.publicEvery === ENTERPRISE.publicOffset;
export const hasBigSg = (i: number): boolean => i % ENTERPRISE.bigSgEvery === 0;
/** Private address of interface k (0..19) of VPC i. */
export const eniAddress = (i: number, k: number): number => vpcBase(i) + (k < 10 ? 0 : 256) + 10 + (k % 10);
/** Public address of interface k of a public VPC (3.0.0.0/8 + counter). */
export const eniPublicAddress = (i: number, k: number): number => ((3 << 24) >>> 0) + i * 32 + k + 1;
/** Interfaces k with k % 2 === 0 are instances' primary interfaces; odd ones are bare (awsvpc task) interfaces. */
export const isInstanceEni = (k: number): boolean => k % 2 === 0;
/** Security groups of interface k of VPC i. */
export function eniGroups(i: number, k: number): ("web" | "app" | "big")[] {
  const m = k % 10;
  if (m === 9 && hasBigSg(i)) return ["big"];
  if (m < 3) return ["web"];
  if (m === 8) return ["web", "app"];
  return ["app"];
}

const cidr = (base: number, len: number) => `${ipv4(base)}/${len}`;
const tag = (Value: string) => [{ Key: "Name", Value }];

function subnetCidr(i: number, s: string): string {
  const b = vpcBase(i);
  switch (s) {
    case "private-a":
      return cidr(b, 24);
    case "private-b":
      return cidr(b + 256, 24);
    case "tgw-a":
      return cidr(b + 512, 28);
    case "tgw-b":
      return cidr(b + 528, 28);
    case "public-a":
      return cidr(b + 1024, 24);
    default:
      return cidr(b + 1280, 24);
  }
}

function perm(protocol: string, from: number, to: number, peer: Json): Json {
  return { IpProtocol: protocol, FromPort: from, ToPort: to, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [], ...peer };
}
const ranges = (...c: string[]): Json => ({ IpRanges: c.map((CidrIp) => ({ CidrIp })) });
const pls = (...p: string[]): Json => ({ PrefixListIds: p.map((PrefixListId) => ({ PrefixListId })) });
const groupRef = (GroupId: string, VpcId?: string): Json => ({ UserIdGroupPairs: [{ GroupId, UserId: ACCOUNT, ...(VpcId ? { VpcId } : {}) }] });
const ALL_OUT = [perm("-1", -1, -1, ranges("0.0.0.0/0"))];

function acl(RuleNumber: number, Egress: boolean, Protocol: string, RuleAction: "allow" | "deny", CidrBlock: string, from?: number, to?: number): Json {
  const e: Json = { RuleNumber, Egress, Protocol, RuleAction, CidrBlock };
  if (from !== undefined) e.PortRange = { From: from, To: to ?? from };
  if (Protocol === "1") e.IcmpTypeCode = { Type: -1, Code: -1 };
  return e;
}

function naclEntries(pub: boolean): Json[] {
  const inbound = [
    acl(50, false, "6", "deny", "0.0.0.0/0", 3389),
    acl(60, false, "-1", "deny", "192.0.2.0/24"),
    acl(100, false, "6", "allow", "10.0.0.0/8", 443),
    acl(110, false, "6", "allow", "10.0.0.0/8", 22),
    acl(120, false, "6", "allow", "10.0.0.0/8", 8080, 8090),
    acl(130, false, "6", "allow", "10.0.0.0/8", 5432),
    acl(140, false, "17", "allow", "10.0.0.0/8", 53),
    acl(150, false, "1", "allow", "10.0.0.0/8"),
    ...(pub ? [acl(160, false, "6", "allow", "0.0.0.0/0", 443), acl(170, false, "6", "allow", "0.0.0.0/0", 80)] : []),
    acl(200, false, "6", "allow", "0.0.0.0/0", 1024, 65535),
    acl(210, false, "17", "allow", "0.0.0.0/0", 1024, 65535),
    acl(32767, false, "-1", "deny", "0.0.0.0/0"),
  ];
  const outbound = [acl(50, true, "6", "deny", "0.0.0.0/0", 25), acl(100, true, "-1", "allow", "0.0.0.0/0"), acl(32767, true, "-1", "deny", "0.0.0.0/0")];
  return [...inbound, ...outbound];
}

/** The 1,000-rule group of VPC i: /32 hosts on assorted ports, port ranges, prefix lists, references (some to other VPCs' groups). */
function bigGroupRules(rng: Rng, i: number): Json[] {
  const rules: Json[] = [];
  for (let r = 0; rules.length < ENTERPRISE.bigSgRules; r++) {
    const kind = rng.next();
    const port = rng.pick([22, 443, 8443, 9000, 9090, 6379, 11211, 27017]);
    if (kind < 0.7) rules.push(perm("tcp", port, port, ranges(cidr(((172 << 24) >>> 0) + (16 << 16) + r * 7, 32))));
    else if (kind < 0.85) {
      const from = rng.int(10000, 60000);
      rules.push(perm(rng.chance(0.8) ? "tcp" : "udp", from, from + rng.int(0, 99), ranges(cidr(((10 << 24) >>> 0) + rng.int(0, 4999) * 2048, 21))));
    } else if (kind < 0.92) rules.push(perm("tcp", port, port, pls(ids.prefixList(rng.int(0, 3)))));
    else if (kind < 0.97) rules.push(perm("tcp", port, port, groupRef(ids.sg(i, rng.chance(0.5) ? "web" : "app"))));
    else {
      const j = rng.int(0, ENTERPRISE.vpcs - 1);
      rules.push(perm("tcp", port, port, groupRef(ids.sg(j, "app"), ids.vpc(j))));
    }
  }
  return rules;
}

export function enterpriseSnapshot(seed = 5000): Record<string, unknown[]> {
  const rng = seeded(seed);
  const E = ENTERPRISE;
  const tgwId = ids.tgw();
  const tgwRtbId = ids.tgwRtb();
  const Vpcs: Json[] = [];
  const Subnets: Json[] = [];
  const RouteTables: Json[] = [];
  const NetworkAcls: Json[] = [];
  const SecurityGroups: Json[] = [];
  const NetworkInterfaces: Json[] = [];
  const Reservations: Json[] = [];
  const InternetGateways: Json[] = [];
  const NatGateways: Json[] = [];
  const Addresses: Json[] = [];
  const TransitGatewayAttachments: Json[] = [];
  const TransitGatewayVpcAttachments: Json[] = [];
  const associations: Json[] = [];
  const propagations: Json[] = [];
  const PrefixLists: Json[] = [0, 1, 2, 3].map((k) => ({
    PrefixListId: ids.prefixList(k),
    PrefixListName: ["corp-offices", "partners", "bastions", "monitoring"][k],
    Cidrs: Array.from({ length: 10 + k * 15 }, (_, n) => cidr(((100 << 24) >>> 0) + (64 << 16) + k * 65536 + n * 256, 24)),
  }));

  for (let i = 0; i < E.vpcs; i++) {
    const vpcId = ids.vpc(i);
    const pub = isPublicVpc(i);
    const egress = i === E.egressVpc;
    Vpcs.push({
      VpcId: vpcId,
      OwnerId: ACCOUNT,
      State: "available",
      CidrBlock: cidr(vpcBase(i), 21),
      CidrBlockAssociationSet: [{ AssociationId: awsId("vpc-cidr-assoc", i, 14), CidrBlock: cidr(vpcBase(i), 21), CidrBlockState: { State: "associated" } }],
      DhcpOptionsId: "dopt-0aa1b2c3d4e5f6a7b",
      InstanceTenancy: "default",
      IsDefault: false,
      Tags: tag(egress ? "egress" : `workload-${i}`),
    });
    type SubnetName = Parameters<typeof ids.subnet>[1];
    const subnetNames: SubnetName[] = ["private-a", "private-b", "tgw-a", "tgw-b", ...(pub || egress ? (["public-a", "public-b"] as const) : [])];
    for (const s of subnetNames) {
      Subnets.push({
        SubnetId: ids.subnet(i, s),
        VpcId: vpcId,
        CidrBlock: subnetCidr(i, s),
        AvailabilityZone: s.endsWith("-a") ? `${REGION}a` : `${REGION}b`,
        AvailabilityZoneId: s.endsWith("-a") ? "use1-az1" : "use1-az2",
        AvailableIpAddressCount: 240,
        MapPublicIpOnLaunch: s.startsWith("public"),
        State: "available",
        OwnerId: ACCOUNT,
        Ipv6CidrBlockAssociationSet: [],
        Tags: tag(`${i}-${s}`),
      });
    }
    const route = (dest: string, target: Json): Json => ({ DestinationCidrBlock: dest, ...target, Origin: "CreateRoute", State: "active" });
    const local = { DestinationCidrBlock: cidr(vpcBase(i), 21), GatewayId: "local", Origin: "CreateRouteTable", State: "active" };
    const assoc = (n: number, subnetId?: string): Json =>
      subnetId
        ? { Main: false, RouteTableAssociationId: awsId("rtbassoc", i * 8 + n, 15), RouteTableId: ids.rtb(i), SubnetId: subnetId, AssociationState: { State: "associated" } }
        : { Main: true, RouteTableAssociationId: awsId("rtbassoc", i * 8 + n, 15), RouteTableId: ids.rtb(i), AssociationState: { State: "associated" } };
    if (egress) {
      // Centralized egress: attachment and private subnets -> NAT gateway; public subnets -> IGW, 10/8 -> TGW.
      RouteTables.push({
        RouteTableId: ids.rtb(i),
        VpcId: vpcId,
        OwnerId: ACCOUNT,
        Associations: [assoc(0), assoc(1, ids.subnet(i, "private-a")), assoc(2, ids.subnet(i, "private-b")), assoc(3, ids.subnet(i, "tgw-a")), assoc(4, ids.subnet(i, "tgw-b"))],
        Routes: [local, route("10.0.0.0/8", { TransitGatewayId: tgwId }), route("0.0.0.0/0", { NatGatewayId: ids.nat(i) })],
        PropagatingVgws: [],
        Tags: tag("egress-private"),
      });
      RouteTables.push({
        RouteTableId: ids.rtb(i, 1),
        VpcId: vpcId,
        OwnerId: ACCOUNT,
        Associations: [
          { Main: false, RouteTableAssociationId: awsId("rtbassoc", i * 8 + 5, 15), SubnetId: ids.subnet(i, "public-a"), AssociationState: { State: "associated" } },
          { Main: false, RouteTableAssociationId: awsId("rtbassoc", i * 8 + 6, 15), SubnetId: ids.subnet(i, "public-b"), AssociationState: { State: "associated" } },
        ],
        Routes: [local, route("10.0.0.0/8", { TransitGatewayId: tgwId }), route("0.0.0.0/0", { GatewayId: ids.igw(i) })],
        PropagatingVgws: [],
        Tags: tag("egress-public"),
      });
      InternetGateways.push({ InternetGatewayId: ids.igw(i), OwnerId: ACCOUNT, Attachments: [{ VpcId: vpcId, State: "available" }], Tags: tag("egress") });
      const natEni = awsId("eni", i * 32 + 31, 6);
      NatGateways.push({
        NatGatewayId: ids.nat(i),
        VpcId: vpcId,
        SubnetId: ids.subnet(i, "public-a"),
        State: "available",
        ConnectivityType: "public",
        CreateTime: "2026-01-01T00:00:00.000Z",
        NatGatewayAddresses: [{ AllocationId: awsId("eipalloc", i, 16), NetworkInterfaceId: natEni, PrivateIp: ipv4(vpcBase(i) + 1024 + 5), PublicIp: "52.0.0.5", IsPrimary: true, Status: "succeeded" }],
        Tags: tag("egress-nat"),
      });
    } else {
      // Workload VPC: one table for all its subnets; the internet through the TGW (or its own IGW when public).
      RouteTables.push({
        RouteTableId: ids.rtb(i),
        VpcId: vpcId,
        OwnerId: ACCOUNT,
        Associations: [assoc(0), assoc(1, ids.subnet(i, "private-a")), assoc(2, ids.subnet(i, "private-b")), assoc(3, ids.subnet(i, "tgw-a")), assoc(4, ids.subnet(i, "tgw-b"))],
        Routes: [local, route("10.0.0.0/8", { TransitGatewayId: tgwId }), pub ? route("0.0.0.0/0", { GatewayId: ids.igw(i) }) : route("0.0.0.0/0", { TransitGatewayId: tgwId })],
        PropagatingVgws: [],
        Tags: tag(`workload-${i}`),
      });
      if (pub) InternetGateways.push({ InternetGatewayId: ids.igw(i), OwnerId: ACCOUNT, Attachments: [{ VpcId: vpcId, State: "available" }], Tags: tag(`igw-${i}`) });
    }
    // Network ACL of the workload subnets (the attachment and public subnets keep the default ACL, allow all).
    NetworkAcls.push({
      NetworkAclId: ids.acl(i),
      VpcId: vpcId,
      IsDefault: false,
      OwnerId: ACCOUNT,
      Associations: ["private-a", "private-b"].map((s, n) => ({ NetworkAclAssociationId: awsId("aclassoc", i * 4 + n, 17), NetworkAclId: ids.acl(i), SubnetId: ids.subnet(i, s as "private-a" | "private-b") })),
      Entries: naclEntries(pub || egress),
      Tags: tag(`workload-acl-${i}`),
    });
    // Security groups.
    const webRules = [
      perm("tcp", 443, 443, ranges(pub ? "0.0.0.0/0" : "10.0.0.0/8")),
      perm("tcp", 80, 80, ranges("10.0.0.0/8")),
      perm("tcp", 22, 22, pls(ids.prefixList(2))),
      perm("icmp", -1, -1, ranges("10.0.0.0/8")),
      ...Array.from({ length: rng.int(2, 8) }, () => perm("tcp", 9100, 9100, ranges(cidr(((10 << 24) >>> 0) + rng.int(0, 4999) * 2048, 21)))),
    ];
    const appRules = [
      perm("tcp", 8080, 8080, groupRef(ids.sg(i, "web"))),
      perm("tcp", 8080, 8090, pls(ids.prefixList(0))),
      perm("tcp", 5432, 5432, groupRef(ids.sg(i, "app"))),
      perm("tcp", 22, 22, pls(ids.prefixList(2))),
      perm("udp", 53, 53, ranges("10.0.0.0/8")),
      ...Array.from({ length: rng.int(3, 12) }, () => {
        const p = rng.pick([6379, 9200, 2049, 8443]);
        return perm("tcp", p, p, ranges(cidr(((10 << 24) >>> 0) + rng.int(0, 4999) * 2048 + rng.int(0, 7) * 256, 24)));
      }),
    ];
    SecurityGroups.push({ GroupId: ids.sg(i, "web"), GroupName: `web-${i}`, Description: "web tier", VpcId: vpcId, OwnerId: ACCOUNT, IpPermissions: webRules, IpPermissionsEgress: ALL_OUT });
    SecurityGroups.push({ GroupId: ids.sg(i, "app"), GroupName: `app-${i}`, Description: "app tier", VpcId: vpcId, OwnerId: ACCOUNT, IpPermissions: appRules, IpPermissionsEgress: ALL_OUT });
    if (hasBigSg(i)) SecurityGroups.push({ GroupId: ids.sg(i, "big"), GroupName: `legacy-allowlist-${i}`, Description: "legacy allow list", VpcId: vpcId, OwnerId: ACCOUNT, IpPermissions: bigGroupRules(rng, i), IpPermissionsEgress: ALL_OUT });

    // Interfaces: 20 per VPC, 10 per private subnet; even ones are instances' primary interfaces.
    const instances: Json[] = [];
    for (let k = 0; k < E.interfacesPerVpc; k++) {
      const s = k < 10 ? "private-a" : "private-b";
      const subnetId = ids.subnet(i, s);
      const ip = ipv4(eniAddress(i, k));
      const groups = eniGroups(i, k).map((g) => ({ GroupId: ids.sg(i, g), GroupName: `${g}-${i}` }));
      const publicIp = pub ? ipv4(eniPublicAddress(i, k)) : undefined;
      const mac = `0e:${(i >> 8).toString(16).padStart(2, "0")}:${(i & 255).toString(16).padStart(2, "0")}:00:00:${k.toString(16).padStart(2, "0")}`;
      const association = publicIp ? { Association: { IpOwnerId: "amazon", PublicDnsName: `ec2-${publicIp.replaceAll(".", "-")}.compute-1.amazonaws.com`, PublicIp: publicIp } } : {};
      const instance = isInstanceEni(k);
      const eni: Json = {
        NetworkInterfaceId: ids.eni(i, k),
        SubnetId: subnetId,
        VpcId: vpcId,
        AvailabilityZone: k < 10 ? `${REGION}a` : `${REGION}b`,
        Description: instance ? "" : `arn:aws:ecs:${REGION}:${ACCOUNT}:attachment/${awsId("task", i * 32 + k, 18).slice(5)}`,
        InterfaceType: "interface",
        MacAddress: mac,
        OwnerId: ACCOUNT,
        PrivateDnsName: `ip-${ip.replaceAll(".", "-")}.ec2.internal`,
        PrivateIpAddress: ip,
        PrivateIpAddresses: [{ Primary: true, PrivateDnsName: `ip-${ip.replaceAll(".", "-")}.ec2.internal`, PrivateIpAddress: ip, ...association }],
        Ipv6Addresses: [],
        RequesterManaged: !instance,
        SourceDestCheck: true,
        Status: "in-use",
        Groups: groups,
        Attachment: instance
          ? { AttachmentId: awsId("eni-attach", i * 32 + k, 19), DeleteOnTermination: true, DeviceIndex: 0, NetworkCardIndex: 0, InstanceId: ids.instance(i, k), InstanceOwnerId: ACCOUNT, Status: "attached" }
          : { AttachmentId: awsId("ela-attach", i * 32 + k, 19), DeleteOnTermination: false, DeviceIndex: 1, InstanceOwnerId: "amazon-aws", Status: "attached" },
        TagSet: [],
        ...association,
      };
      NetworkInterfaces.push(eni);
      if (instance) {
        instances.push({
          InstanceId: ids.instance(i, k),
          ImageId: "ami-0abcdef1234567890",
          InstanceType: rng.pick(["t3.medium", "m7i.large", "c7g.xlarge", "r7i.2xlarge"]),
          State: { Code: 16, Name: "running" },
          SubnetId: subnetId,
          VpcId: vpcId,
          PrivateIpAddress: ip,
          ...(publicIp ? { PublicIpAddress: publicIp } : {}),
          Placement: { AvailabilityZone: k < 10 ? `${REGION}a` : `${REGION}b`, Tenancy: "default" },
          SecurityGroups: groups,
          SourceDestCheck: true,
          NetworkInterfaces: [
            {
              NetworkInterfaceId: ids.eni(i, k),
              SubnetId: subnetId,
              VpcId: vpcId,
              PrivateIpAddress: ip,
              Groups: groups,
              Attachment: { AttachmentId: awsId("eni-attach", i * 32 + k, 19), DeviceIndex: 0, Status: "attached", NetworkCardIndex: 0 },
              SourceDestCheck: true,
              Status: "in-use",
              MacAddress: mac,
              ...association,
            },
          ],
          Tags: tag(`app-${i}-${k}`),
        });
      }
    }
    Reservations.push({ ReservationId: awsId("r", i, 20), OwnerId: ACCOUNT, Groups: [], Instances: instances });

    // Transit gateway attachment, association, propagation.
    const attachmentId = ids.attachment(i);
    TransitGatewayAttachments.push({
      TransitGatewayAttachmentId: attachmentId,
      TransitGatewayId: tgwId,
      TransitGatewayOwnerId: ACCOUNT,
      ResourceOwnerId: ACCOUNT,
      ResourceType: "vpc",
      ResourceId: vpcId,
      State: "available",
      Association: { TransitGatewayRouteTableId: tgwRtbId, State: "associated" },
      CreationTime: "2026-01-01T00:00:00.000Z",
      Tags: tag(`attach-${i}`),
    });
    TransitGatewayVpcAttachments.push({
      TransitGatewayAttachmentId: attachmentId,
      TransitGatewayId: tgwId,
      VpcId: vpcId,
      VpcOwnerId: ACCOUNT,
      State: "available",
      SubnetIds: [ids.subnet(i, "tgw-a"), ids.subnet(i, "tgw-b")],
      CreationTime: "2026-01-01T00:00:00.000Z",
      Options: { DnsSupport: "enable", SecurityGroupReferencingSupport: "enable", Ipv6Support: "disable", ApplianceModeSupport: "disable" },
      Tags: tag(`attach-${i}`),
    });
    associations.push({ TransitGatewayAttachmentId: attachmentId, ResourceId: vpcId, ResourceType: "vpc", State: "associated" });
    propagations.push({ TransitGatewayAttachmentId: attachmentId, ResourceId: vpcId, ResourceType: "vpc", State: "enabled" });
  }
  Addresses.push({ AllocationId: awsId("eipalloc", 0, 16), PublicIp: "52.0.0.5", Domain: "vpc", NetworkInterfaceId: awsId("eni", 31, 6), PrivateIpAddress: ipv4(vpcBase(0) + 1024 + 5), AssociationId: awsId("eipassoc", 0, 21) });

  const egressAttachment = ids.attachment(E.egressVpc);
  return {
    Vpcs,
    Subnets,
    RouteTables,
    InternetGateways,
    NatGateways,
    Addresses,
    PrefixLists,
    SecurityGroups,
    NetworkAcls,
    NetworkInterfaces,
    Reservations,
    TransitGateways: [
      {
        TransitGatewayId: tgwId,
        TransitGatewayArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:transit-gateway/${tgwId}`,
        State: "available",
        OwnerId: ACCOUNT,
        Description: "core",
        CreationTime: "2026-01-01T00:00:00.000Z",
        Options: {
          AmazonSideAsn: 64512,
          AutoAcceptSharedAttachments: "disable",
          DefaultRouteTableAssociation: "enable",
          AssociationDefaultRouteTableId: tgwRtbId,
          DefaultRouteTablePropagation: "enable",
          PropagationDefaultRouteTableId: tgwRtbId,
          VpnEcmpSupport: "enable",
          DnsSupport: "enable",
          SecurityGroupReferencingSupport: "enable",
          MulticastSupport: "disable",
        },
        Tags: tag("core"),
      },
    ],
    TransitGatewayAttachments,
    TransitGatewayVpcAttachments,
    TransitGatewayRouteTables: [
      {
        TransitGatewayRouteTableId: tgwRtbId,
        TransitGatewayId: tgwId,
        State: "available",
        DefaultAssociationRouteTable: true,
        DefaultPropagationRouteTable: true,
        CreationTime: "2026-01-01T00:00:00.000Z",
        Associations: associations,
        Propagations: propagations,
        // search-transit-gateway-routes --filters Name=type,Values=static: propagated routes are derived from Propagations.
        Routes: [
          { DestinationCidrBlock: "0.0.0.0/0", TransitGatewayAttachments: [{ ResourceId: ids.vpc(E.egressVpc), TransitGatewayAttachmentId: egressAttachment, ResourceType: "vpc" }], Type: "static", State: "active" },
          { DestinationCidrBlock: E.blackholeCidr, Type: "static", State: "blackhole" },
        ],
        Tags: tag("core"),
      },
    ],
  };
}

/** The snapshot without what only the transit gateway family can read: routes to the TGW are dropped (used when no family named transit-gateway is registered yet). */
export function withoutTransitGatewayRoutes(snapshot: Record<string, unknown[]>): Record<string, unknown[]> {
  const RouteTables = (snapshot.RouteTables as Json[]).map((t) => ({ ...t, Routes: (t.Routes as Json[]).filter((r) => !r.TransitGatewayId) }));
  return { ...snapshot, RouteTables };
}
