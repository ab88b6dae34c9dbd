/**
 * Generated valid snapshots for the property tests, within AWS's constraints: 1-3 VPCs (10.v.0.0/16, so peering
 * is legal), 1-3 subnets each (10.v.s.0/24 in two AZs), optional internet gateway and NAT gateway (in a subnet
 * routed to the IGW), peering connections in assorted states, security groups with tcp/udp/icmp/all rules to
 * CIDRs, prefix lists and other groups, custom network ACLs (unique rule numbers, at most one per subnet),
 * route tables with non-overlapping destinations none more specific than local, instances (some stopped, some
 * with public IPs) and bare interfaces (some with source/destination check off), and sometimes a transit gateway
 * (attachments in both zones' first subnets, one route table with associations and propagations, routes to it). Built with fast-check's `gen`,
 * so failures shrink. Also the query pieces that make sense for the snapshot.
 */
import fc from "fast-check";

type Gen = fc.GeneratorValue;
export type Json = Record<string, unknown>;

export interface GeneratedSnapshot {
  readonly snapshot: Json;
  /** Instance ids and bare interface ids. */
  readonly endpoints: string[];
  /** Internet gateway ids (query sources from the internet, destinations to it). */
  readonly gateways: string[];
  /** Addresses worth asking about: private and public addresses of the endpoints, and internet hosts. */
  readonly addresses: string[];
}

const PORTS = [22, 80, 443, 3389, 5432, 8080] as const;

function pick<T>(g: Gen, items: readonly T[]): T {
  return items[g(fc.nat, { max: items.length - 1 })] as T;
}

function sgPermission(g: Gen, v: number, groupIds: string[], prefixListIds: string[]): Json {
  const protocol = pick(g, ["tcp", "udp", "icmp", "-1", "6"] as const);
  const perm: Json = { IpProtocol: protocol };
  if (protocol === "tcp" || protocol === "udp" || protocol === "6") {
    const from = pick(g, [0, ...PORTS]);
    const to = g(fc.boolean) ? from : pick(g, [from, 1023, 8080, 65535].filter((p) => p >= from));
    perm.FromPort = from;
    perm.ToPort = to;
  } else if (protocol === "icmp") {
    const type = pick(g, [-1, 8, 0]);
    perm.FromPort = type;
    perm.ToPort = -1;
  }
  const kind = g(fc.nat, { max: 9 });
  if (kind < 6 || (kind < 8 && groupIds.length === 0) || (kind >= 8 && prefixListIds.length === 0)) {
    perm.IpRanges = [{ CidrIp: pick(g, ["0.0.0.0/0", `10.${v}.0.0/16`, "10.0.0.0/8", `10.${v}.${g(fc.nat, { max: 3 })}.0/24`, `10.${g(fc.nat, { max: 2 })}.${g(fc.nat, { max: 3 })}.${g(fc.integer, { min: 10, max: 14 })}/32`, "203.0.113.0/24"]) }];
  } else if (kind < 8) {
    perm.UserIdGroupPairs = [{ GroupId: pick(g, groupIds) }];
  } else {
    perm.PrefixListIds = [{ PrefixListId: pick(g, prefixListIds) }];
  }
  return perm;
}

function aclEntries(g: Gen, egress: boolean): Json[] {
  const count = g(fc.nat, { max: 5 });
  const numbers = new Set<number>();
  const out: Json[] = [];
  for (let k = 0; k < count; k++) {
    const n = g(fc.integer, { min: 10, max: 300 });
    if (numbers.has(n)) continue;
    numbers.add(n);
    const protocol = pick(g, ["-1", "6", "17", "1"] as const);
    const e: Json = { RuleNumber: n, Egress: egress, Protocol: protocol, RuleAction: g(fc.nat, { max: 3 }) === 0 ? "deny" : "allow", CidrBlock: pick(g, ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.1.0.0/16", "192.0.2.0/24"]) };
    if (protocol === "6" || protocol === "17") {
      const from = pick(g, [0, 22, 443, 1024, 3389]);
      e.PortRange = { From: from, To: g(fc.boolean) ? from : 65535 };
    }
    if (protocol === "1") e.IcmpTypeCode = { Type: -1, Code: -1 };
    out.push(e);
  }
  // A catch-all allow at a high number, so that many generated paths get through.
  if (g(fc.boolean)) out.push({ RuleNumber: 1000, Egress: egress, Protocol: "-1", RuleAction: "allow", CidrBlock: "0.0.0.0/0" });
  return out;
}

/** Builds one valid snapshot from fast-check's generator. */
export function generateSnapshot(g: Gen): GeneratedSnapshot {
  const vpcCount = g(fc.integer, { min: 1, max: 3 });
  const Vpcs: Json[] = [];
  const Subnets: Json[] = [];
  const InternetGateways: Json[] = [];
  const NatGateways: Json[] = [];
  const SecurityGroups: Json[] = [];
  const NetworkAcls: Json[] = [];
  const RouteTables: Json[] = [];
  const NetworkInterfaces: Json[] = [];
  const Instances: Json[] = [];
  const VpcPeeringConnections: Json[] = [];
  const PrefixLists: Json[] = [];
  const endpoints: string[] = [];
  const gateways: string[] = [];
  const addresses: string[] = ["93.184.216.34", "198.51.100.7", "10.9.9.9"];
  let publicCounter = 1;

  const prefixListIds: string[] = [];
  if (g(fc.boolean)) {
    PrefixLists.push({ PrefixListId: "pl-corp", PrefixListName: "corp", Cidrs: ["203.0.113.0/24", "10.0.0.0/16"] });
    prefixListIds.push("pl-corp");
  }

  const subnetsOf: string[][] = [];
  const igwOf: (string | undefined)[] = [];
  const natOf: (string | undefined)[] = [];
  for (let v = 0; v < vpcCount; v++) {
    const vpcId = `vpc-${v}`;
    Vpcs.push({ VpcId: vpcId, CidrBlock: `10.${v}.0.0/16`, ...(g(fc.boolean) ? { Tags: [{ Key: "Name", Value: `net-${v}` }] } : {}) });
    const subnetCount = g(fc.integer, { min: 1, max: 3 });
    const subnets: string[] = [];
    for (let s = 0; s < subnetCount; s++) {
      const id = `subnet-${v}-${s}`;
      Subnets.push({ SubnetId: id, VpcId: vpcId, CidrBlock: `10.${v}.${s}.0/24`, AvailabilityZone: s % 2 === 0 ? "us-east-1a" : "us-east-1b" });
      subnets.push(id);
    }
    subnetsOf.push(subnets);
    const igw = g(fc.boolean) ? `igw-${v}` : undefined;
    igwOf.push(igw);
    if (igw) {
      InternetGateways.push({ InternetGatewayId: igw, Attachments: [{ VpcId: vpcId, State: "available" }] });
      gateways.push(igw);
    }
    const nat = igw && g(fc.boolean) ? `nat-${v}` : undefined;
    natOf.push(nat);
    if (nat) {
      NatGateways.push({ NatGatewayId: nat, VpcId: vpcId, SubnetId: subnets[0], State: pick(g, ["available", "available", "failed"]), ConnectivityType: "public", NatGatewayAddresses: [{ AllocationId: `eipalloc-${v}`, NetworkInterfaceId: `eni-nat-${v}`, PrivateIp: `10.${v}.0.5`, PublicIp: `198.18.${v}.5`, IsPrimary: true }] });
    }
    // Security groups: explicit rule lists (so that adding a rule never changes a default).
    const groupIds = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, k) => `sg-${v}-${k}`);
    for (const gid of groupIds) {
      const inbound = Array.from({ length: g(fc.nat, { max: 4 }) }, () => sgPermission(g, v, groupIds, prefixListIds));
      // Often a broad rule too, so that many generated paths are delivered (and the invariants have found paths to test).
      if (g(fc.nat, { max: 2 }) > 0) inbound.push({ IpProtocol: "-1", IpRanges: [{ CidrIp: pick(g, ["0.0.0.0/0", "10.0.0.0/8"]) }] });
      const sg: Json = { GroupId: gid, GroupName: gid, VpcId: vpcId, IpPermissions: inbound };
      if (g(fc.nat, { max: 3 }) === 0) sg.IpPermissionsEgress = Array.from({ length: g(fc.nat, { max: 3 }) }, () => sgPermission(g, v, groupIds, prefixListIds));
      else sg.IpPermissionsEgress = [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }];
      SecurityGroups.push(sg);
    }
    // Network ACLs: 0-2 custom ones, each subnet in at most one.
    const aclCount = g(fc.nat, { max: 2 });
    const free = [...subnets];
    for (let a = 0; a < aclCount; a++) {
      const assoc = free.splice(0, g(fc.nat, { max: free.length }));
      NetworkAcls.push({ NetworkAclId: `acl-${v}-${a}`, VpcId: vpcId, IsDefault: false, Associations: assoc.map((SubnetId) => ({ SubnetId })), Entries: [...aclEntries(g, false), ...aclEntries(g, true)] });
    }
    // Route tables: a main one, and maybe one per subnet.
    const routes = (): Json[] => {
      const out: Json[] = [];
      const used = new Set<string>();
      const add = (dest: string, target: Json) => {
        if (used.has(dest)) return;
        used.add(dest);
        out.push({ DestinationCidrBlock: dest, ...target, State: "active", Origin: "CreateRoute" });
      };
      const choice = g(fc.nat, { max: 3 });
      if (choice === 1 && igw) add("0.0.0.0/0", { GatewayId: igw });
      if (choice === 2 && nat) add("0.0.0.0/0", { NatGatewayId: nat });
      if (choice === 3) out.push({ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-deleted", State: "blackhole", Origin: "CreateRoute" });
      if (igw && g(fc.boolean)) add("203.0.113.0/24", { GatewayId: igw });
      return out;
    };
    const mainRoutes = routes();
    const tables: Json[] = [{ RouteTableId: `rtb-${v}-main`, VpcId: vpcId, Associations: [{ Main: true }], Routes: mainRoutes }];
    for (const s of subnets) {
      if (g(fc.boolean)) {
        tables.push({ RouteTableId: `rtb-${s}`, VpcId: vpcId, Associations: [{ SubnetId: s }], Routes: routes() });
      }
    }
    RouteTables.push(...tables);
    // Instances and bare interfaces.
    subnets.forEach((s, si) => {
      const count = g(fc.integer, { min: 0, max: 3 });
      for (let k = 0; k < count; k++) {
        const ip = `10.${v}.${si}.${10 + k}`;
        addresses.push(ip);
        const groups = [...new Set(Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, () => pick(g, groupIds)))].map((GroupId) => ({ GroupId }));
        const publicIp = igw && g(fc.boolean) ? `203.0.113.${publicCounter++}` : undefined;
        if (publicIp) addresses.push(publicIp);
        if (g(fc.nat, { max: 3 }) > 0) {
          const id = `i-${v}-${si}-${k}`;
          Instances.push({
            InstanceId: id,
            State: { Name: g(fc.nat, { max: 7 }) === 0 ? "stopped" : "running" },
            SubnetId: s,
            VpcId: vpcId,
            PrivateIpAddress: ip,
            ...(publicIp ? { PublicIpAddress: publicIp } : {}),
            SecurityGroups: groups,
            SourceDestCheck: g(fc.nat, { max: 5 }) > 0,
          });
          endpoints.push(id);
        } else {
          const id = `eni-${v}-${si}-${k}`;
          NetworkInterfaces.push({
            NetworkInterfaceId: id,
            SubnetId: s,
            VpcId: vpcId,
            PrivateIpAddress: ip,
            ...(publicIp ? { Association: { PublicIp: publicIp } } : {}),
            Groups: groups,
            InterfaceType: "interface",
            Attachment: { Status: g(fc.nat, { max: 5 }) === 0 ? "detached" : "attached" },
            SourceDestCheck: g(fc.boolean),
          });
          endpoints.push(id);
        }
      }
    });
  }
  // Peering between VPC pairs, with routes on one or both sides.
  for (let a = 0; a < vpcCount; a++) {
    for (let b = a + 1; b < vpcCount; b++) {
      if (!g(fc.boolean)) continue;
      const id = `pcx-${a}-${b}`;
      VpcPeeringConnections.push({
        VpcPeeringConnectionId: id,
        Status: { Code: pick(g, ["active", "active", "pending-acceptance", "deleted"]) },
        RequesterVpcInfo: { VpcId: `vpc-${a}`, CidrBlock: `10.${a}.0.0/16` },
        AccepterVpcInfo: { VpcId: `vpc-${b}`, CidrBlock: `10.${b}.0.0/16` },
      });
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        if (g(fc.nat, { max: 3 }) === 0) continue;
        const table = RouteTables.find((t) => t.RouteTableId === `rtb-${from}-main`) as Json;
        (table.Routes as Json[]).push({ DestinationCidrBlock: `10.${to}.0.0/16`, VpcPeeringConnectionId: id, State: "active", Origin: "CreateRoute" });
      }
    }
  }
  const snapshot: Json = { Vpcs, Subnets, RouteTables, SecurityGroups, Reservations: Instances.length > 0 ? [{ Instances }] : [] };
  // A transit gateway joining some of the VPCs (one attachment each in its first two subnets, one per zone; one route table with
  // associations and some propagations, a blackhole static route), and routes to it in the attached VPCs.
  if (vpcCount >= 2 && g(fc.nat, { max: 2 }) > 0) {
    const tgw = "tgw-0";
    const rtb = "tgw-rtb-0";
    const attached = Array.from({ length: vpcCount }, (_, v) => v).filter(() => g(fc.nat, { max: 3 }) > 0);
    const attachment = (v: number) => `tgw-attach-${v}`;
    snapshot.TransitGateways = [{ TransitGatewayId: tgw, State: "available", Options: { DefaultRouteTableAssociation: "enable", AssociationDefaultRouteTableId: rtb, DefaultRouteTablePropagation: "enable", PropagationDefaultRouteTableId: rtb } }];
    snapshot.TransitGatewayAttachments = attached.map((v) => ({ TransitGatewayAttachmentId: attachment(v), TransitGatewayId: tgw, ResourceType: "vpc", ResourceId: `vpc-${v}`, State: "available", Association: { TransitGatewayRouteTableId: rtb, State: "associated" } }));
    snapshot.TransitGatewayVpcAttachments = attached.map((v) => ({ TransitGatewayAttachmentId: attachment(v), TransitGatewayId: tgw, VpcId: `vpc-${v}`, State: "available", SubnetIds: (subnetsOf[v] ?? []).slice(0, 2), Options: { ApplianceModeSupport: g(fc.nat, { max: 3 }) === 0 ? "enable" : "disable" } }));
    const ref = (v: number) => ({ TransitGatewayAttachmentId: attachment(v), ResourceId: `vpc-${v}`, ResourceType: "vpc" });
    snapshot.TransitGatewayRouteTables = [
      {
        TransitGatewayRouteTableId: rtb,
        TransitGatewayId: tgw,
        State: "available",
        DefaultAssociationRouteTable: true,
        DefaultPropagationRouteTable: true,
        Associations: attached.map((v) => ({ ...ref(v), State: "associated" })),
        Propagations: attached.filter(() => g(fc.nat, { max: 4 }) > 0).map((v) => ({ ...ref(v), State: "enabled" })),
        Routes: g(fc.boolean) ? [{ DestinationCidrBlock: "10.9.0.0/16", Type: "static", State: "blackhole" }] : [],
      },
    ];
    for (const v of attached) {
      if (g(fc.nat, { max: 3 }) === 0) continue;
      const table = RouteTables.find((t) => t.RouteTableId === `rtb-${v}-main`) as Json;
      (table.Routes as Json[]).push({ DestinationCidrBlock: "10.0.0.0/8", TransitGatewayId: tgw, State: "active", Origin: "CreateRoute" });
    }
  }
  if (InternetGateways.length > 0) snapshot.InternetGateways = InternetGateways;
  if (NatGateways.length > 0) snapshot.NatGateways = NatGateways;
  if (NetworkAcls.length > 0) snapshot.NetworkAcls = NetworkAcls;
  if (NetworkInterfaces.length > 0) snapshot.NetworkInterfaces = NetworkInterfaces;
  if (VpcPeeringConnections.length > 0) snapshot.VpcPeeringConnections = VpcPeeringConnections;
  if (PrefixLists.length > 0) snapshot.PrefixLists = PrefixLists;
  return { snapshot, endpoints, gateways, addresses };
}

/** A query that makes sense for the generated snapshot (sources: endpoints or an IGW; destinations: endpoints, addresses, an IGW). */
export function generateQuery(g: Gen, s: GeneratedSnapshot): Json {
  const protocol = pick(g, ["tcp", "tcp", "tcp", "udp", "icmp"] as const);
  const fromInternet = s.gateways.length > 0 && g(fc.nat, { max: 4 }) === 0;
  const q: Json = { Protocol: protocol };
  if (fromInternet || s.endpoints.length === 0) {
    q.Source = s.gateways.length > 0 ? pick(g, s.gateways) : "i-none";
    if (g(fc.boolean)) q.SourceIp = pick(g, ["198.51.100.7", "93.184.216.34", "10.0.0.9"]);
  } else q.Source = pick(g, s.endpoints);
  const choice = g(fc.nat, { max: 5 });
  if (choice < 3 && s.endpoints.length > 0) q.Destination = pick(g, s.endpoints);
  else if (choice < 5) q.Destination = pick(g, s.addresses);
  else q.Destination = s.gateways.length > 0 ? pick(g, s.gateways) : "93.184.216.34";
  if (q.Destination === q.Source) q.Destination = pick(g, s.addresses);
  if (protocol !== "icmp") q.DestinationPort = pick(g, PORTS);
  if (protocol !== "icmp" && g(fc.nat, { max: 4 }) === 0) q.SourcePort = pick(g, [1024, 32768, 50000, 65535]);
  return q;
}
