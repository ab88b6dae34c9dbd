/**
 * The lesson-size snapshot: what a course lesson draws. Three VPCs: `vpc-shop` (public and private subnets in
 * two AZs, an internet gateway, a NAT gateway), `vpc-data` (private database subnets, peered with the shop) and
 * `vpc-lab` (isolated). 50 instances, each with one interface. Deterministic (seeded), readable ids as lessons
 * use them, AWS describe-* shapes.
 */
import { ipv4, ipv4Value, seeded } from "./prng";

export interface GeneratedSnapshot {
  readonly snapshot: Record<string, unknown[]>;
  /** Instance ids, for the reachability matrix. */
  readonly endpoints: string[];
}

type Json = Record<string, unknown>;

const tcp = (from: number, to: number, peer: Json): Json => ({ IpProtocol: "tcp", FromPort: from, ToPort: to, ...peer });
const cidrs = (...c: string[]): Json => ({ IpRanges: c.map((CidrIp) => ({ CidrIp })) });
const group = (GroupId: string): Json => ({ UserIdGroupPairs: [{ GroupId }] });

function aclEntry(RuleNumber: number, Egress: boolean, Protocol: string, RuleAction: "allow" | "deny", CidrBlock: string, from?: number, to?: number): Json {
  const e: Json = { RuleNumber, Egress, Protocol, RuleAction, CidrBlock };
  if (from !== undefined) e.PortRange = { From: from, To: to ?? from };
  return e;
}

export function lessonSnapshot(seed = 20261121): GeneratedSnapshot {
  const rng = seeded(seed);
  const Vpcs: Json[] = [
    { VpcId: "vpc-shop", CidrBlock: "10.0.0.0/16", IsDefault: false, Tags: [{ Key: "Name", Value: "shop" }] },
    { VpcId: "vpc-data", CidrBlock: "10.1.0.0/16", IsDefault: false, Tags: [{ Key: "Name", Value: "data" }] },
    { VpcId: "vpc-lab", CidrBlock: "10.2.0.0/16", IsDefault: false, Tags: [{ Key: "Name", Value: "lab" }] },
  ];
  const subnet = (SubnetId: string, VpcId: string, CidrBlock: string, az: string, pub = false): Json => ({
    SubnetId,
    VpcId,
    CidrBlock,
    AvailabilityZone: `us-east-1${az}`,
    MapPublicIpOnLaunch: pub,
    State: "available",
  });
  const Subnets: Json[] = [
    subnet("subnet-public-a", "vpc-shop", "10.0.0.0/24", "a", true),
    subnet("subnet-public-b", "vpc-shop", "10.0.1.0/24", "b", true),
    subnet("subnet-private-a", "vpc-shop", "10.0.10.0/24", "a"),
    subnet("subnet-private-b", "vpc-shop", "10.0.11.0/24", "b"),
    subnet("subnet-db-a", "vpc-data", "10.1.10.0/24", "a"),
    subnet("subnet-db-b", "vpc-data", "10.1.11.0/24", "b"),
    subnet("subnet-lab", "vpc-lab", "10.2.0.0/24", "a"),
  ];
  const InternetGateways: Json[] = [{ InternetGatewayId: "igw-shop", Attachments: [{ VpcId: "vpc-shop", State: "available" }] }];
  const NatGateways: Json[] = [
    {
      NatGatewayId: "nat-shop",
      VpcId: "vpc-shop",
      SubnetId: "subnet-public-a",
      State: "available",
      ConnectivityType: "public",
      NatGatewayAddresses: [{ AllocationId: "eipalloc-nat", NetworkInterfaceId: "eni-nat-shop", PrivateIp: "10.0.0.5", PublicIp: "198.18.0.5", IsPrimary: true }],
    },
  ];
  const VpcPeeringConnections: Json[] = [
    {
      VpcPeeringConnectionId: "pcx-shop-data",
      Status: { Code: "active", Message: "Active" },
      RequesterVpcInfo: { VpcId: "vpc-shop", CidrBlock: "10.0.0.0/16", OwnerId: "111122223333", Region: "us-east-1" },
      AccepterVpcInfo: { VpcId: "vpc-data", CidrBlock: "10.1.0.0/16", OwnerId: "111122223333", Region: "us-east-1" },
    },
  ];
  const route = (dest: string, target: Json): Json => ({ DestinationCidrBlock: dest, ...target, Origin: "CreateRoute", State: "active" });
  const RouteTables: Json[] = [
    {
      RouteTableId: "rtb-public",
      VpcId: "vpc-shop",
      Associations: [{ SubnetId: "subnet-public-a" }, { SubnetId: "subnet-public-b" }],
      Routes: [route("0.0.0.0/0", { GatewayId: "igw-shop" }), route("10.1.0.0/16", { VpcPeeringConnectionId: "pcx-shop-data" })],
    },
    {
      RouteTableId: "rtb-private",
      VpcId: "vpc-shop",
      Associations: [{ Main: true }, { SubnetId: "subnet-private-a" }, { SubnetId: "subnet-private-b" }],
      Routes: [route("0.0.0.0/0", { NatGatewayId: "nat-shop" }), route("10.1.0.0/16", { VpcPeeringConnectionId: "pcx-shop-data" })],
    },
    {
      RouteTableId: "rtb-data",
      VpcId: "vpc-data",
      Associations: [{ Main: true }],
      Routes: [route("10.0.0.0/16", { VpcPeeringConnectionId: "pcx-shop-data" })],
    },
  ];
  const SecurityGroups: Json[] = [
    { GroupId: "sg-web", GroupName: "web", VpcId: "vpc-shop", IpPermissions: [tcp(443, 443, cidrs("0.0.0.0/0")), tcp(80, 80, cidrs("0.0.0.0/0")), tcp(22, 22, group("sg-bastion"))] },
    { GroupId: "sg-app", GroupName: "app", VpcId: "vpc-shop", IpPermissions: [tcp(8080, 8080, group("sg-web")), tcp(443, 443, cidrs("10.0.0.0/16")), tcp(22, 22, group("sg-bastion")), { IpProtocol: "icmp", FromPort: -1, ToPort: -1, ...cidrs("10.0.0.0/8") }] },
    { GroupId: "sg-bastion", GroupName: "bastion", VpcId: "vpc-shop", IpPermissions: [tcp(22, 22, cidrs("203.0.113.0/24"))] },
    { GroupId: "sg-db", GroupName: "db", VpcId: "vpc-data", IpPermissions: [tcp(5432, 5432, cidrs("10.0.10.0/23")), tcp(443, 443, cidrs("10.0.0.0/16"))], IpPermissionsEgress: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, ...cidrs("10.0.0.0/16") }] },
  ];
  const NetworkAcls: Json[] = [
    {
      NetworkAclId: "acl-private",
      VpcId: "vpc-shop",
      IsDefault: false,
      Associations: [{ SubnetId: "subnet-private-a" }, { SubnetId: "subnet-private-b" }],
      Entries: [
        aclEntry(90, false, "6", "deny", "0.0.0.0/0", 3389),
        aclEntry(100, false, "-1", "allow", "10.0.0.0/8"),
        aclEntry(200, false, "6", "allow", "0.0.0.0/0", 1024, 65535),
        aclEntry(32767, false, "-1", "deny", "0.0.0.0/0"),
        aclEntry(100, true, "-1", "allow", "0.0.0.0/0"),
        aclEntry(32767, true, "-1", "deny", "0.0.0.0/0"),
      ],
    },
    {
      NetworkAclId: "acl-data",
      VpcId: "vpc-data",
      IsDefault: false,
      Associations: [{ SubnetId: "subnet-db-a" }, { SubnetId: "subnet-db-b" }],
      Entries: [
        aclEntry(100, false, "6", "allow", "10.0.10.0/23", 5432),
        aclEntry(110, false, "6", "allow", "10.0.0.0/16", 443),
        aclEntry(120, false, "6", "allow", "10.0.0.0/16", 1024, 65535),
        aclEntry(100, true, "6", "allow", "10.0.0.0/16", 1024, 65535),
        aclEntry(110, true, "6", "allow", "10.0.0.0/16", 443),
      ],
    },
  ];
  const instances: Json[] = [];
  const endpoints: string[] = [];
  const place = (prefix: string, subnetId: string, vpcId: string, base: string, count: number, groups: string[], publicBase?: string) => {
    for (let k = 0; k < count; k++) {
      const id = `i-${prefix}-${k + 1}`;
      const ip = ipv4(ipv4Value(base) + 10 + k);
      const inst: Json = {
        InstanceId: id,
        InstanceType: rng.pick(["t3.micro", "t3.small", "m7g.large"]),
        State: { Code: 16, Name: "running" },
        SubnetId: subnetId,
        VpcId: vpcId,
        PrivateIpAddress: ip,
        SecurityGroups: groups.map((GroupId) => ({ GroupId })),
        Tags: [{ Key: "Name", Value: `${prefix}-${k + 1}` }],
      };
      if (publicBase) inst.PublicIpAddress = ipv4(ipv4Value(publicBase) + k);
      instances.push(inst);
      endpoints.push(id);
    }
  };
  place("web-a", "subnet-public-a", "vpc-shop", "10.0.0.0", 8, ["sg-web"], "203.0.113.10");
  place("web-b", "subnet-public-b", "vpc-shop", "10.0.1.0", 8, ["sg-web"], "203.0.113.30");
  place("bastion", "subnet-public-a", "vpc-shop", "10.0.0.100", 2, ["sg-bastion"], "203.0.113.50");
  place("app-a", "subnet-private-a", "vpc-shop", "10.0.10.0", 8, ["sg-app"]);
  place("app-b", "subnet-private-b", "vpc-shop", "10.0.11.0", 8, ["sg-app"]);
  place("db-a", "subnet-db-a", "vpc-data", "10.1.10.0", 6, ["sg-db"]);
  place("db-b", "subnet-db-b", "vpc-data", "10.1.11.0", 6, ["sg-db"]);
  place("lab", "subnet-lab", "vpc-lab", "10.2.0.0", 4, []);
  return {
    snapshot: { Vpcs, Subnets, InternetGateways, NatGateways, VpcPeeringConnections, RouteTables, SecurityGroups, NetworkAcls, Reservations: [{ ReservationId: "r-lesson", Instances: instances }] },
    endpoints,
  };
}
