/**
 * Stage 2: the model. The parsed snapshot normalized and indexed once: CIDRs pre-parsed, rules compiled, route
 * tables compiled for LPM, interfaces indexed by id and by address. What AWS creates with every VPC and the
 * snapshot leaves out is filled in deterministically (main route table with local routes, default network ACL
 * allowing all, default security group). Inconsistent snapshots are refused whole (SnapshotError).
 */
import { cidrContains, cidrCovers, cidrsOverlap, formatAddress, parseAddress, parseCidr, addressKey, type Address, type Cidr } from "./cidr";
import { SnapshotError, quote } from "./errors";
import type { ComponentEntry, ComponentFamily, InterfaceSpec, LoadContext } from "./family";
import { aclProtocolText, parseAclProtocol, sortEntries, STAR_RULE_NUMBER, STAR_RULE_NUMBER_IPV6, type AclEntry, type NetworkAcl } from "./network-acl";
import { compileRouteTable, ROUTE_TARGET_FIELDS, type RouteKind, type RouteTable, type RouteTableRouteOut, type RouteTargetField } from "./route-table";
import { parseSgProtocol, sgProtocolText, type SecurityGroup, type SecurityGroupRuleOut, type SgDirection, type SgRule } from "./security-group";
import { coreSections, indexOfItem, parseSection, type IpPermissionJson, type Items, type NetworkInterfaceJson, type RouteJson, type Snapshot, type Tag } from "./snapshot";

export interface Vpc {
  readonly id: string;
  readonly name?: string;
  readonly cidrs4: Cidr[];
  readonly cidrs6: Cidr[];
  readonly isDefault: boolean;
  mainRouteTableId: string;
  defaultAclId: string;
  defaultSgId: string;
  readonly subnetIds: string[];
}

export interface Subnet {
  readonly id: string;
  readonly vpcId: string;
  readonly name?: string;
  readonly cidr4?: Cidr;
  readonly cidrs6: Cidr[];
  readonly availabilityZone?: string;
  routeTableId: string;
  aclId: string;
}

export interface Eni {
  readonly id: string;
  readonly vpcId: string;
  readonly subnetId: string;
  name?: string;
  availabilityZone?: string;
  interfaceType?: string;
  description?: string;
  /** Private IPv4 addresses, primary first. */
  privateIps: Address[];
  ipv6: Address[];
  /** Public IPv4 (or EIP) by private IPv4 value. */
  publicIps: Map<bigint, Address>;
  groupIds: string[];
  instanceId?: string;
  /** Attachment.Status ("attached", "detached", ...); undefined when the interface has no attachment. */
  attachmentStatus?: string;
  deviceIndex?: number;
  sourceDestCheck: boolean;
  /** The registered component that owns this interface (NAT gateway, load balancer, endpoint, ...). */
  ownerId?: string;
}

/**
 * The public IPs of an interface that has none: one shared empty map (most of 100,000 interfaces are private, and
 * a Map each was 19 MB of the model). It refuses `set`: add a public IP with `setPublicIp`, which gives the
 * interface a map of its own.
 */
class NoPublicIps extends Map<bigint, Address> {
  override set(): this {
    throw new Error("an interface without public IPs shares this empty map: add one with setPublicIp");
  }
}
const NO_PUBLIC_IPS: Map<bigint, Address> = new NoPublicIps();

/** The IPv6 addresses of an interface that has none: one shared, frozen empty list (most interfaces are IPv4 only). */
const NO_ADDRESSES = Object.freeze([]) as unknown as Address[];

/** Maps a private IPv4 address of `eni` to a public one. */
export function setPublicIp(eni: Eni, privateValue: bigint, publicIp: Address): void {
  if (eni.publicIps === NO_PUBLIC_IPS) eni.publicIps = new Map<bigint, Address>();
  eni.publicIps.set(privateValue, publicIp);
}

export interface Instance {
  readonly id: string;
  readonly name?: string;
  readonly state: string;
  readonly eniIds: string[];
}

export interface PrefixList {
  readonly id: string;
  readonly name?: string;
  readonly cidrs: Cidr[];
}

export interface Model {
  /**
   * The parsed snapshot, for families' `load` only: once every family has loaded it is released (its sections
   * become empty) so that queries run on a heap half the size. Keep what you need in your component `data`.
   */
  snapshot: Snapshot;
  readonly vpcs: Map<string, Vpc>;
  readonly subnets: Map<string, Subnet>;
  readonly routeTables: Map<string, RouteTable>;
  readonly networkAcls: Map<string, NetworkAcl>;
  readonly securityGroups: Map<string, SecurityGroup>;
  readonly enis: Map<string, Eni>;
  readonly instances: Map<string, Instance>;
  readonly prefixLists: Map<string, PrefixList>;
  /** Family components by id (and by alias, e.g. a load balancer's name or ARN). */
  readonly components: Map<string, ComponentEntry>;
  /** Private addresses (IPv4 and IPv6, keyed by addressKey) to interfaces. */
  readonly ipIndex: Map<bigint, Eni[]>;
  /** Public IPv4 addresses to the interface and private address they map to (IGW 1:1 NAT). */
  readonly publicIndex: Map<bigint, { eni: Eni; privateIp: Address }>;
  /** Families by name (for dispatch). */
  readonly families: Map<string, ComponentFamily>;
  /** Family-private indexes, by family name. */
  readonly familyData: Map<string, unknown>;
  /** Gateway route table (edge association) by gateway id. */
  readonly edgeRouteTables: Map<string, string>;
}

export function nameOf(tags: readonly Tag[] | null | undefined): string | undefined {
  const v = tags?.find((t) => t.Key === "Name")?.Value;
  return v ?? undefined;
}

function refuse(path: string, expected: string, reason: string): never {
  throw new SnapshotError(path, expected, reason);
}

/**
 * CIDRs parsed during one buildModel, by family and text: a snapshot repeats the same blocks (0.0.0.0/0 in every
 * security group, a partner's /16 in thousands of rules), and a Cidr is immutable, so one object serves them all.
 */
let cidrCache: Map<string, Cidr> | undefined;

function cidrAt(text: string, path: string, family?: 4 | 6): Cidr {
  return cidrOf(text, family) ?? badCidr(text, path, family);
}

/** The CIDR `text` (of `family` when given), or undefined; callers refuse with badCidr, building the path only then. */
function cidrOf(text: string, family?: 4 | 6): Cidr | undefined {
  const key = family === 4 ? text : family === 6 ? `6${text}` : `*${text}`;
  const hit = cidrCache?.get(key);
  if (hit) return hit;
  const c = parseCidr(text);
  if (!c || !text.includes("/") || (family && c.family !== family)) return undefined;
  cidrCache?.set(key, c);
  return c;
}

function badCidr(text: string, path: string, family?: 4 | 6): never {
  refuse(path, family === 6 ? "an IPv6 CIDR such as 2001:db8::/56" : "an IPv4 CIDR such as 10.0.0.0/16", `found ${quote(text)}`);
}

function addressAt(text: string, path: string): Address {
  return parseAddress(text.trim()) ?? badAddress(text, path);
}

function badAddress(text: string, path: string): never {
  refuse(path, "an IP address such as 10.0.1.5", `found ${quote(text)}`);
}

const ALL_V4 = parseCidr("0.0.0.0/0") as Cidr;
const ALL_V6 = parseCidr("::/0") as Cidr;

/**
 * A compiled network ACL entry. Its RA rendering (`out`) is built on first use and kept: the enterprise snapshot has
 * 100,000 entries, and a query shows a few.
 */
class CompiledAclEntry implements AclEntry {
  private rendered: AclEntry["out"] | undefined = undefined;
  constructor(
    readonly ruleNumber: number,
    readonly action: "allow" | "deny",
    readonly egress: boolean,
    readonly protocol: number,
    readonly cidr: Cidr,
    readonly fromPort: number,
    readonly toPort: number,
    readonly icmpType: number,
    readonly icmpCode: number,
  ) {}

  get out(): AclEntry["out"] {
    if (this.rendered) return this.rendered;
    const out: AclEntry["out"] = { Cidr: this.cidr.text, Egress: this.egress, Protocol: aclProtocolText(this.protocol), RuleAction: this.action, RuleNumber: this.ruleNumber };
    if (this.protocol === 6 || this.protocol === 17) out.PortRange = { From: this.fromPort, To: this.toPort };
    this.rendered = out;
    return out;
  }
}

function aclEntry(ruleNumber: number, egress: boolean, cidr: Cidr, action: "allow" | "deny", protocol = -1, from = 0, to = 65535, icmpType = -1, icmpCode = -1): AclEntry {
  return new CompiledAclEntry(ruleNumber, action, egress, protocol, cidr, from, to, icmpType, icmpCode);
}

/** AWS's default network ACL entries: allow all both ways (IPv4, and IPv6 when the VPC has an IPv6 CIDR) (6.2). */
function defaultAclEntries(withV6: boolean): AclEntry[] {
  const out = [aclEntry(100, false, ALL_V4, "allow"), aclEntry(100, true, ALL_V4, "allow")];
  if (withV6) out.push(aclEntry(101, false, ALL_V6, "allow"), aclEntry(101, true, ALL_V6, "allow"));
  return out;
}

function makeAcl(id: string, vpcId: string, isDefault: boolean, entries: AclEntry[], name?: string): NetworkAcl {
  const acl: NetworkAcl = { id, vpcId, name, isDefault, ingress: { 4: [], 6: [] }, egress: { 4: [], 6: [] } };
  for (const e of entries) (e.egress ? acl.egress : acl.ingress)[e.cidr.family].push(e);
  for (const side of [acl.ingress, acl.egress]) {
    sortEntries(side[4]);
    sortEntries(side[6]);
  }
  return acl;
}

/**
 * A compiled security group rule; the peer is one of cidr, prefix list (id and CIDRs) or referenced group (all
 * objects have one shape). Its RA rendering (`out`) is built on first use and kept: the enterprise snapshot has
 * 367,000 rules, and a query shows a handful.
 */
class CompiledSgRule implements SgRule {
  private rendered: SecurityGroupRuleOut | undefined = undefined;
  constructor(
    private readonly securityGroupId: string,
    readonly direction: SgDirection,
    readonly protocol: number,
    readonly fromPort: number,
    readonly toPort: number,
    readonly cidr: Cidr | undefined,
    readonly prefixListId: string | undefined,
    readonly prefixCidrs: readonly Cidr[] | undefined,
    readonly groupId: string | undefined,
  ) {}

  get out(): SecurityGroupRuleOut {
    if (this.rendered) return this.rendered;
    const out: SecurityGroupRuleOut = { Direction: this.direction, SecurityGroupId: this.securityGroupId, Protocol: sgProtocolText(this.protocol) };
    if (this.protocol === 6 || this.protocol === 17) out.PortRange = { From: this.fromPort, To: this.toPort };
    if (this.cidr) out.Cidr = this.cidr.text;
    if (this.prefixListId) out.PrefixListId = this.prefixListId;
    if (this.groupId) out.ReferencedSecurityGroupId = this.groupId;
    this.rendered = out;
    return out;
  }
}

function sgRule(groupId: string, direction: SgDirection, protocol: number, from: number, to: number, cidr: Cidr | undefined, prefixListId?: string, prefixCidrs?: Cidr[], peerGroupId?: string): SgRule {
  return new CompiledSgRule(groupId, direction, protocol, from, to, cidr, prefixListId, prefixCidrs, peerGroupId);
}

/** Where a merged interface's fields come from when they are not at `path` (an instance's or a family's own fields). */
interface InstanceContext {
  id: string;
  /** JSON path of the instance (for its SecurityGroups, SubnetId and PublicIpAddress), built only when refusing. */
  path: () => string;
  subnetId?: string;
  sourceDestCheck?: boolean;
  groups?: string[];
  publicIp?: string;
}

/** What eniFieldPath needs to name an interface's field; the path strings are built only when refusing. */
interface EniWhere {
  readonly j: NetworkInterfaceJson;
  readonly path: () => string;
  readonly instance?: InstanceContext;
  readonly at?: InterfaceSpec["paths"];
}

/** JSON path of an interface's field (k: index in PrivateIpAddresses, Ipv6Addresses or the groups; -1 for PrivateIpAddress). */
function eniFieldPath(w: EniWhere, field: "subnet" | "private" | "public" | "ipv6" | "group", k = -1): string {
  const { j, instance, at } = w;
  const path = w.path();
  const associationPath = at?.publicIp ?? `${path}.Association.PublicIp`;
  switch (field) {
    case "subnet":
      return at?.subnetId ?? (j.SubnetId || !instance ? `${path}.SubnetId` : `${instance.path()}.SubnetId`);
    case "private":
      return k < 0 ? (at?.privateIp ?? `${path}.PrivateIpAddress`) : `${path}.PrivateIpAddresses[${k}].PrivateIpAddress`;
    case "public":
      if (k >= 0) return j.PrivateIpAddresses?.[k]?.Association?.PublicIp ? `${path}.PrivateIpAddresses[${k}].Association.PublicIp` : associationPath;
      return j.Association?.PublicIp || !instance ? associationPath : `${instance.path()}.PublicIpAddress`;
    case "ipv6":
      return at?.ipv6 ?? `${path}.Ipv6Addresses[${k}].Ipv6Address`;
    case "group":
      return j.Groups ? `${at?.groups ?? `${path}.Groups`}[${k}].GroupId` : instance ? `${instance.path()}.SecurityGroups[${k}].GroupId` : `${path}.Groups`;
  }
}

/** Adds a private IPv4 address (and the public IP mapped to it) to an interface being built. */
function addPrivateIp(privateIps: Address[], publicIps: Map<bigint, Address> | undefined, subnet: Subnet, text: string, publicText: string | null | undefined, where: EniWhere, k: number): Map<bigint, Address> | undefined {
  const a = parseAddress(text.trim()) ?? badAddress(text, eniFieldPath(where, "private", k));
  if (a.family !== 4) refuse(eniFieldPath(where, "private", k), "an IPv4 address", `found ${quote(text)}`);
  if (subnet.cidr4 && !cidrContains(subnet.cidr4, a)) refuse(eniFieldPath(where, "private", k), `an address inside ${subnet.id} (${subnet.cidr4.text})`, `${text} is outside the subnet`);
  let known = false;
  for (const x of privateIps) if (x.value === a.value) known = true;
  if (!known) privateIps.push(a);
  if (publicText) (publicIps ??= new Map<bigint, Address>()).set(a.value, parseAddress(publicText.trim()) ?? badAddress(publicText, eniFieldPath(where, "public", k)));
  return publicIps;
}

export interface BuildOptions {
  readonly families: readonly ComponentFamily[];
}

/** Builds the model from a parsed snapshot. Throws SnapshotError only. */
export function buildModel(snapshot: Snapshot, options: BuildOptions): Model {
  cidrCache = new Map();
  try {
    return buildModelWith(snapshot, options);
  } finally {
    cidrCache = undefined;
  }
}

function buildModelWith(snapshot: Snapshot, options: BuildOptions): Model {
  const model: Model = {
    snapshot,
    vpcs: new Map(),
    subnets: new Map(),
    routeTables: new Map(),
    networkAcls: new Map(),
    securityGroups: new Map(),
    enis: new Map(),
    instances: new Map(),
    prefixLists: new Map(),
    components: new Map(),
    ipIndex: new Map(),
    publicIndex: new Map(),
    families: new Map(),
    familyData: new Map(),
    edgeRouteTables: new Map(),
  };
  const seen = new Map<string, string>();
  const claimId = (id: string, path: string) => {
    const prior = seen.get(id);
    if (prior !== undefined) refuse(path, "ids unique within the snapshot", `${id} is already used at ${prior}`);
    seen.set(id, path);
  };

  // --- VPCs
  snapshot.Vpcs.forEach((v, i) => {
    const path = `$.Vpcs[${i}]`;
    claimId(v.VpcId, `${path}.VpcId`);
    const cidrs4: Cidr[] = [];
    const add4 = (text: string, p: string) => {
      const c = cidrAt(text, p, 4);
      if (!cidrs4.some((x) => x.text === c.text)) cidrs4.push(c);
    };
    if (v.CidrBlock) add4(v.CidrBlock, `${path}.CidrBlock`);
    v.CidrBlockAssociationSet?.forEach((a, j) => {
      const state = a.CidrBlockState?.State;
      if (state && state !== "associated" && state !== "associating") return;
      add4(a.CidrBlock, `${path}.CidrBlockAssociationSet[${j}].CidrBlock`);
    });
    const cidrs6: Cidr[] = [];
    v.Ipv6CidrBlockAssociationSet?.forEach((a, j) => {
      const state = a.Ipv6CidrBlockState?.State;
      if (!a.Ipv6CidrBlock || (state && state !== "associated" && state !== "associating")) return;
      cidrs6.push(cidrAt(a.Ipv6CidrBlock, `${path}.Ipv6CidrBlockAssociationSet[${j}].Ipv6CidrBlock`, 6));
    });
    if (cidrs4.length === 0) refuse(`${path}.CidrBlock`, "the VPC's IPv4 CIDR", "every VPC has a primary IPv4 CIDR block");
    for (let a = 0; a < cidrs4.length; a++)
      for (let b = a + 1; b < cidrs4.length; b++)
        if (cidrsOverlap(cidrs4[a] as Cidr, cidrs4[b] as Cidr)) refuse(`${path}.CidrBlockAssociationSet`, "non-overlapping CIDR blocks", `${cidrs4[a]?.text} overlaps ${cidrs4[b]?.text}`);
    model.vpcs.set(v.VpcId, { id: v.VpcId, name: nameOf(v.Tags), cidrs4, cidrs6, isDefault: v.IsDefault ?? false, mainRouteTableId: "", defaultAclId: "", defaultSgId: "", subnetIds: [] });
  });

  const vpcAt = (vpcId: string, path: string) => model.vpcs.get(vpcId) ?? refuse(path, "the id of a VPC in Vpcs", `no VPC ${vpcId} in the snapshot`);

  // --- Subnets
  snapshot.Subnets.forEach((s, i) => {
    const path = `$.Subnets[${i}]`;
    claimId(s.SubnetId, `${path}.SubnetId`);
    const vpc = vpcAt(s.VpcId, `${path}.VpcId`);
    let cidr4: Cidr | undefined;
    if (s.CidrBlock) {
      cidr4 = cidrAt(s.CidrBlock, `${path}.CidrBlock`, 4);
      if (!vpc.cidrs4.some((c) => cidrCovers(c, cidr4 as Cidr))) {
        refuse(`${path}.CidrBlock`, `a CIDR inside the VPC's CIDRs (${vpc.cidrs4.map((c) => c.text).join(", ")})`, `${cidr4.text} is outside VPC ${vpc.id}`);
      }
    }
    const cidrs6: Cidr[] = [];
    s.Ipv6CidrBlockAssociationSet?.forEach((a, j) => {
      const state = a.Ipv6CidrBlockState?.State;
      if (!a.Ipv6CidrBlock || (state && state !== "associated" && state !== "associating")) return;
      const c = cidrAt(a.Ipv6CidrBlock, `${path}.Ipv6CidrBlockAssociationSet[${j}].Ipv6CidrBlock`, 6);
      if (!vpc.cidrs6.some((v) => cidrCovers(v, c))) refuse(`${path}.Ipv6CidrBlockAssociationSet[${j}].Ipv6CidrBlock`, "a CIDR inside the VPC's IPv6 CIDR", `${c.text} is outside VPC ${vpc.id}`);
      cidrs6.push(c);
    });
    if (!cidr4 && cidrs6.length === 0) refuse(`${path}.CidrBlock`, "the subnet's CIDR block", "it is missing");
    model.subnets.set(s.SubnetId, { id: s.SubnetId, vpcId: vpc.id, name: nameOf(s.Tags), cidr4, cidrs6, availabilityZone: s.AvailabilityZone ?? undefined, routeTableId: "", aclId: "" });
    vpc.subnetIds.push(s.SubnetId);
  });
  // Overlapping subnets within a VPC.
  for (const vpc of model.vpcs.values()) {
    const items = vpc.subnetIds.flatMap((id) => {
      const s = model.subnets.get(id) as Subnet;
      return [...(s.cidr4 ? [s.cidr4] : []), ...s.cidrs6].map((c) => ({ id, c }));
    });
    items.sort((a, b) => a.c.family - b.c.family || (a.c.base < b.c.base ? -1 : a.c.base > b.c.base ? 1 : a.c.length - b.c.length));
    for (let k = 1; k < items.length; k++) {
      const a = items[k - 1] as { id: string; c: Cidr };
      const b = items[k] as { id: string; c: Cidr };
      if (cidrsOverlap(a.c, b.c)) {
        const idx = indexOfItem(snapshot.Subnets, (s) => s.SubnetId === b.id);
        refuse(`$.Subnets[${idx}].CidrBlock`, "subnets that do not overlap within a VPC", `${b.id} (${b.c.text}) overlaps ${a.id} (${a.c.text})`);
      }
    }
  }
  const subnetAt = (id: string, path: string) => model.subnets.get(id) ?? refuse(path, "the id of a subnet in Subnets", `no subnet ${id} in the snapshot`);

  // --- Prefix lists
  snapshot.PrefixLists.forEach((p, i) => {
    const path = `$.PrefixLists[${i}]`;
    claimId(p.PrefixListId, `${path}.PrefixListId`);
    const cidrs = [
      ...(p.Cidrs ?? []).map((c, j) => cidrAt(c, `${path}.Cidrs[${j}]`)),
      ...(p.Entries ?? []).map((e, j) => cidrAt(e.Cidr, `${path}.Entries[${j}].Cidr`)),
    ];
    model.prefixLists.set(p.PrefixListId, { id: p.PrefixListId, name: p.PrefixListName ?? undefined, cidrs });
  });

  // --- Security groups
  // Plain loops, no callback per permission: the enterprise snapshot has 367,000 rules.
  const compilePermissions = (groupId: string, direction: SgDirection, perms: readonly IpPermissionJson[], path: string): SgRule[] => {
    const rules: SgRule[] = [];
    for (let j = 0; j < perms.length; j++) {
      const perm = perms[j] as IpPermissionJson;
      const protocol = parseSgProtocol(perm.IpProtocol);
      if (protocol === undefined) refuse(`${path}[${j}].IpProtocol`, '"-1", "tcp", "udp", "icmp", "icmpv6" or a protocol number', `found ${JSON.stringify(perm.IpProtocol)}`);
      let from = perm.FromPort ?? -1;
      let to = perm.ToPort ?? -1;
      if (protocol === 6 || protocol === 17) {
        if (from === -1 && to === -1) {
          from = 0;
          to = 65535;
        }
        if (from < 0 || to > 65535 || from > to) refuse(`${path}[${j}].FromPort`, "a port range within 0-65535 with FromPort <= ToPort", `found ${from}-${to}`);
      }
      const v4 = perm.IpRanges;
      if (v4) {
        for (let k = 0; k < v4.length; k++) {
          const r = v4[k] as NonNullable<IpPermissionJson["IpRanges"]>[number];
          rules.push(sgRule(groupId, direction, protocol, from, to, cidrOf(r.CidrIp, 4) ?? badCidr(r.CidrIp, `${path}[${j}].IpRanges[${k}].CidrIp`, 4)));
        }
      }
      const v6 = perm.Ipv6Ranges;
      if (v6) {
        for (let k = 0; k < v6.length; k++) {
          const r = v6[k] as NonNullable<IpPermissionJson["Ipv6Ranges"]>[number];
          rules.push(sgRule(groupId, direction, protocol, from, to, cidrOf(r.CidrIpv6, 6) ?? badCidr(r.CidrIpv6, `${path}[${j}].Ipv6Ranges[${k}].CidrIpv6`, 6)));
        }
      }
      const lists = perm.PrefixListIds;
      if (lists) {
        for (let k = 0; k < lists.length; k++) {
          const r = lists[k] as NonNullable<IpPermissionJson["PrefixListIds"]>[number];
          const pl = model.prefixLists.get(r.PrefixListId) ?? refuse(`${path}[${j}].PrefixListIds[${k}].PrefixListId`, "the id of a prefix list in PrefixLists", `no prefix list ${r.PrefixListId} in the snapshot (add its describe-prefix-lists entry)`);
          rules.push(sgRule(groupId, direction, protocol, from, to, undefined, pl.id, pl.cidrs));
        }
      }
      const pairs = perm.UserIdGroupPairs;
      if (pairs) {
        for (let k = 0; k < pairs.length; k++) {
          const r = pairs[k] as NonNullable<IpPermissionJson["UserIdGroupPairs"]>[number];
          // A reference to a group that is not in the snapshot is stale (5.8): it matches nothing.
          if (r.GroupId) rules.push(sgRule(groupId, direction, protocol, from, to, undefined, undefined, undefined, r.GroupId));
        }
      }
    }
    return rules;
  };
  const vpcsWithDefaultSg = new Set<string>();
  snapshot.SecurityGroups.forEach((g, i) => {
    const path = `$.SecurityGroups[${i}]`;
    claimId(g.GroupId, `${path}.GroupId`);
    if (g.VpcId) vpcAt(g.VpcId, `${path}.VpcId`);
    const isDefault = g.GroupName === "default";
    const vpc = g.VpcId ? model.vpcs.get(g.VpcId) : undefined;
    let ingress: SgRule[];
    if (g.IpPermissions === undefined && isDefault) ingress = [sgRule(g.GroupId, "ingress", -1, 0, 65535, undefined, undefined, undefined, g.GroupId)];
    else ingress = compilePermissions(g.GroupId, "ingress", g.IpPermissions ?? [], `${path}.IpPermissions`);
    let egress: SgRule[];
    if (g.IpPermissionsEgress === undefined) {
      // A new security group allows all outbound traffic (5.2), IPv6 too when the VPC has IPv6 (5.7).
      egress = [sgRule(g.GroupId, "egress", -1, 0, 65535, ALL_V4)];
      if (vpc && vpc.cidrs6.length > 0) egress.push(sgRule(g.GroupId, "egress", -1, 0, 65535, ALL_V6));
    } else egress = compilePermissions(g.GroupId, "egress", g.IpPermissionsEgress ?? [], `${path}.IpPermissionsEgress`);
    model.securityGroups.set(g.GroupId, { id: g.GroupId, name: g.GroupName ?? undefined, vpcId: g.VpcId ?? undefined, ingress, egress });
    if (isDefault && vpc && !vpcsWithDefaultSg.has(vpc.id)) {
      vpcsWithDefaultSg.add(vpc.id);
      vpc.defaultSgId = g.GroupId;
    }
  });
  for (const vpc of model.vpcs.values()) {
    if (vpc.defaultSgId) continue;
    const id = `sg-default-${vpc.id}`;
    claimId(id, `(default security group of ${vpc.id})`);
    const egress = [sgRule(id, "egress", -1, 0, 65535, ALL_V4)];
    if (vpc.cidrs6.length > 0) egress.push(sgRule(id, "egress", -1, 0, 65535, ALL_V6));
    model.securityGroups.set(id, { id, name: "default", vpcId: vpc.id, ingress: [sgRule(id, "ingress", -1, 0, 65535, undefined, undefined, undefined, id)], egress });
    vpc.defaultSgId = id;
  }

  // --- Network ACLs
  const aclOfSubnet = new Map<string, string>();
  snapshot.NetworkAcls.forEach((a, i) => {
    const path = `$.NetworkAcls[${i}]`;
    claimId(a.NetworkAclId, `${path}.NetworkAclId`);
    const vpc = vpcAt(a.VpcId, `${path}.VpcId`);
    const isDefault = a.IsDefault ?? false;
    let entries: AclEntry[];
    if (a.Entries === undefined && isDefault) entries = defaultAclEntries(vpc.cidrs6.length > 0);
    else {
      entries = [];
      const numbers = new Set<number>(); // rule number, direction and family of each entry
      (a.Entries ?? []).forEach((e, j) => {
        const protocol = parseAclProtocol(e.Protocol);
        if (protocol === undefined) refuse(`${path}.Entries[${j}].Protocol`, '"-1" (all), "6" (tcp), "17" (udp), "1" (icmp), "58" (icmpv6) or another protocol number', `found ${JSON.stringify(e.Protocol)}`);
        const action = e.RuleAction.toLowerCase();
        if (action !== "allow" && action !== "deny") refuse(`${path}.Entries[${j}].RuleAction`, '"allow" or "deny"', `found ${JSON.stringify(e.RuleAction)}`);
        const cidr = e.CidrBlock ? (cidrOf(e.CidrBlock, 4) ?? badCidr(e.CidrBlock, `${path}.Entries[${j}].CidrBlock`, 4)) : e.Ipv6CidrBlock ? (cidrOf(e.Ipv6CidrBlock, 6) ?? badCidr(e.Ipv6CidrBlock, `${path}.Entries[${j}].Ipv6CidrBlock`, 6)) : refuse(`${path}.Entries[${j}].CidrBlock`, "CidrBlock or Ipv6CidrBlock", "the entry has neither");
        // The `*` rules as describe-network-acls lists them: 32767 for 0.0.0.0/0 and 32768 for ::/0 (6.2).
        if (e.RuleNumber === (cidr.family === 4 ? STAR_RULE_NUMBER : STAR_RULE_NUMBER_IPV6) && action === "deny" && protocol === -1 && cidr.length === 0) return;
        if (!Number.isInteger(e.RuleNumber) || e.RuleNumber < 1 || e.RuleNumber > 32766) {
          refuse(`${path}.Entries[${j}].RuleNumber`, "a rule number from 1 to 32766", `found ${e.RuleNumber} (32767 and 32768 are the * rules)`);
        }
        let from = e.PortRange?.From ?? 0;
        let to = e.PortRange?.To ?? 65535;
        if (protocol === 6 || protocol === 17) {
          if (from < 0 || to > 65535 || from > to) refuse(`${path}.Entries[${j}].PortRange`, "a port range within 0-65535 with From <= To", `found ${from}-${to}`);
        } else {
          from = 0;
          to = 65535;
        }
        const key = e.RuleNumber * 4 + (e.Egress ? 2 : 0) + (cidr.family === 6 ? 1 : 0);
        if (numbers.has(key)) refuse(`${path}.Entries[${j}].RuleNumber`, "rule numbers unique per direction", `${e.Egress ? "outbound" : "inbound"} rule ${e.RuleNumber} appears twice`);
        numbers.add(key);
        entries.push(aclEntry(e.RuleNumber, e.Egress, cidr, action, protocol, from, to, e.IcmpTypeCode?.Type ?? -1, e.IcmpTypeCode?.Code ?? -1));
      });
    }
    model.networkAcls.set(a.NetworkAclId, makeAcl(a.NetworkAclId, vpc.id, isDefault, entries, nameOf(a.Tags)));
    if (isDefault && !vpc.defaultAclId) vpc.defaultAclId = a.NetworkAclId;
    a.Associations?.forEach((as, j) => {
      const p = `${path}.Associations[${j}].SubnetId`;
      const subnet = subnetAt(as.SubnetId, p);
      if (subnet.vpcId !== vpc.id) refuse(p, `a subnet of ${vpc.id}`, `${subnet.id} is in ${subnet.vpcId}`);
      const prior = aclOfSubnet.get(subnet.id);
      if (prior && prior !== a.NetworkAclId) refuse(p, "one network ACL per subnet (6.1)", `${subnet.id} is also associated with ${prior}`);
      aclOfSubnet.set(subnet.id, a.NetworkAclId);
    });
  });
  for (const vpc of model.vpcs.values()) {
    if (!vpc.defaultAclId) {
      const id = `acl-default-${vpc.id}`;
      claimId(id, `(default network ACL of ${vpc.id})`);
      model.networkAcls.set(id, makeAcl(id, vpc.id, true, defaultAclEntries(vpc.cidrs6.length > 0)));
      vpc.defaultAclId = id;
    }
  }
  for (const subnet of model.subnets.values()) subnet.aclId = aclOfSubnet.get(subnet.id) ?? (model.vpcs.get(subnet.vpcId) as Vpc).defaultAclId;

  // --- Route tables (routes are validated after families have registered their components)
  const rtOfSubnet = new Map<string, string>();
  const routeSources: { table: RouteTable; path: string; raw: readonly RouteJson[] }[] = [];
  const tablePaths = new Map<string, string>();
  snapshot.RouteTables.forEach((t, i) => {
    const path = `$.RouteTables[${i}]`;
    claimId(t.RouteTableId, `${path}.RouteTableId`);
    const vpc = vpcAt(t.VpcId, `${path}.VpcId`);
    const table: RouteTable = { id: t.RouteTableId, vpcId: vpc.id, name: nameOf(t.Tags), isMain: false, subnetIds: [], gatewayIds: [], routes: [] };
    t.Associations?.forEach((as, j) => {
      const p = `${path}.Associations[${j}]`;
      const state = as.AssociationState?.State;
      if (state && state !== "associated" && state !== "associating") return;
      if (as.Main) {
        if (vpc.mainRouteTableId && vpc.mainRouteTableId !== table.id) refuse(`${p}.Main`, "one main route table per VPC (1.1)", `${vpc.id} already has main route table ${vpc.mainRouteTableId}`);
        vpc.mainRouteTableId = table.id;
        (table as { isMain: boolean }).isMain = true;
      }
      if (as.SubnetId) {
        const subnet = subnetAt(as.SubnetId, `${p}.SubnetId`);
        if (subnet.vpcId !== vpc.id) refuse(`${p}.SubnetId`, `a subnet of ${vpc.id}`, `${subnet.id} is in ${subnet.vpcId}`);
        const prior = rtOfSubnet.get(subnet.id);
        if (prior && prior !== table.id) refuse(`${p}.SubnetId`, "one route table per subnet (1.1)", `${subnet.id} is also associated with ${prior}`);
        rtOfSubnet.set(subnet.id, table.id);
        table.subnetIds.push(subnet.id);
      }
      if (as.GatewayId) table.gatewayIds.push(as.GatewayId);
    });
    model.routeTables.set(table.id, table);
    routeSources.push({ table, path, raw: t.Routes ?? [] });
    tablePaths.set(table.id, path);
  });
  for (const vpc of model.vpcs.values()) {
    if (!vpc.mainRouteTableId) {
      const id = `rtb-main-${vpc.id}`;
      claimId(id, `(main route table of ${vpc.id})`);
      model.routeTables.set(id, { id, vpcId: vpc.id, isMain: true, subnetIds: [], gatewayIds: [], routes: [] });
      vpc.mainRouteTableId = id;
    }
  }
  for (const subnet of model.subnets.values()) subnet.routeTableId = rtOfSubnet.get(subnet.id) ?? (model.vpcs.get(subnet.vpcId) as Vpc).mainRouteTableId;

  // --- Network interfaces and instances
  // 100,000 interfaces and 50,000 instances in the enterprise benchmark: no JSON path is built unless refusing, and
  // their ids are checked against the other sections' ids once, after the families (checkInterfaceAndInstanceIds).
  const mergeEni = (j: NetworkInterfaceJson, path: () => string, instance?: InstanceContext, at?: InterfaceSpec["paths"]) => {
    const existing = model.enis.get(j.NetworkInterfaceId);
    if (existing) {
      // Same id is the same interface (contract §1): complete what the first listing left out.
      if (instance && !existing.instanceId) existing.instanceId = instance.id;
      if (existing.attachmentStatus === undefined && (j.Attachment?.Status || instance)) existing.attachmentStatus = j.Attachment?.Status ?? "attached";
      if (existing.deviceIndex === undefined && j.Attachment?.DeviceIndex != null) existing.deviceIndex = j.Attachment.DeviceIndex;
      if (j.Groups && groupsUnlisted.delete(existing.id)) existing.groupIds = groupList(j.Groups);
      if (j.Association?.PublicIp && existing.privateIps[0] && !existing.publicIps.has(existing.privateIps[0].value)) setPublicIp(existing, existing.privateIps[0].value, addressAt(j.Association.PublicIp, at?.publicIp ?? `${path()}.Association.PublicIp`));
      return existing;
    }
    const where: EniWhere = { j, path, instance, at };
    const subnetId = j.SubnetId ?? instance?.subnetId;
    if (!subnetId) refuse(eniFieldPath(where, "subnet"), "the subnet of the network interface", "it is missing");
    const subnet = model.subnets.get(subnetId) ?? subnetAt(subnetId, eniFieldPath(where, "subnet"));
    if (j.VpcId && j.VpcId !== subnet.vpcId) refuse(`${path()}.VpcId`, `the VPC of subnet ${subnet.id} (${subnet.vpcId})`, `found ${j.VpcId}`);
    const privateIps: Address[] = [];
    let publicIps: Map<bigint, Address> | undefined;
    if (j.PrivateIpAddress) publicIps = addPrivateIp(privateIps, publicIps, subnet, j.PrivateIpAddress, j.Association?.PublicIp ?? instance?.publicIp, where, -1);
    const listed = j.PrivateIpAddresses;
    if (listed) {
      for (let k = 0; k < listed.length; k++) {
        const p = listed[k] as NonNullable<typeof listed>[number];
        const isPrimary = p.Primary ?? (k === 0 && !j.PrivateIpAddress);
        const pub = p.Association?.PublicIp ?? (isPrimary ? j.Association?.PublicIp : undefined);
        if (isPrimary && privateIps.length > 0 && !j.PrivateIpAddress) {
          const a = parseAddress(p.PrivateIpAddress.trim()) ?? badAddress(p.PrivateIpAddress, eniFieldPath(where, "private", k));
          if (privateIps[0]?.value !== a.value) privateIps.unshift(a);
        }
        publicIps = addPrivateIp(privateIps, publicIps, subnet, p.PrivateIpAddress, pub, where, k);
      }
    }
    let ipv6 = NO_ADDRESSES;
    const listed6 = j.Ipv6Addresses;
    if (listed6 && listed6.length > 0) {
      ipv6 = [];
      for (let k = 0; k < listed6.length; k++) {
        const text = (listed6[k] as NonNullable<typeof listed6>[number]).Ipv6Address;
        const a = parseAddress(text.trim());
        if (!a || a.family !== 6) refuse(eniFieldPath(where, "ipv6", k), a ? "an IPv6 address" : "an IP address such as 10.0.1.5", `found ${quote(text)}`);
        ipv6.push(a);
      }
    }
    if (privateIps.length === 0 && ipv6.length === 0) refuse(at?.privateIp ?? `${path()}.PrivateIpAddress`, "the interface's private IP address", "it is missing");
    // The groups are the interface's own (Groups), else its instance's (SecurityGroups), else the VPC's default.
    const groupIds = j.Groups ? groupList(j.Groups) : instance?.groups ?? singleGroup((model.vpcs.get(subnet.vpcId) as Vpc).defaultSgId);
    for (let k = 0; k < groupIds.length; k++) {
      const g = groupIds[k] as string;
      const sg = model.securityGroups.get(g) ?? refuse(eniFieldPath(where, "group", k), "the id of a security group in SecurityGroups", `no security group ${g} in the snapshot`);
      if (sg.vpcId && sg.vpcId !== subnet.vpcId) refuse(eniFieldPath(where, "group", k), `a security group of ${subnet.vpcId}`, `${g} belongs to ${sg.vpcId}`);
    }
    const eni: Eni = {
      id: j.NetworkInterfaceId,
      vpcId: subnet.vpcId,
      subnetId: subnet.id,
      name: nameOf(j.TagSet) ?? nameOf(j.Tags),
      availabilityZone: j.AvailabilityZone ?? subnet.availabilityZone,
      interfaceType: j.InterfaceType ?? undefined,
      description: j.Description ?? undefined,
      // A list grown by push keeps room for 16 more; most interfaces have one address and keep it for good.
      privateIps: privateIps.length === 1 ? [privateIps[0] as Address] : privateIps,
      ipv6,
      publicIps: publicIps ?? NO_PUBLIC_IPS,
      groupIds,
      instanceId: j.Attachment?.InstanceId ?? instance?.id,
      attachmentStatus: j.Attachment?.Status ?? (instance ? "attached" : j.Attachment ? "attached" : undefined),
      deviceIndex: j.Attachment?.DeviceIndex ?? undefined,
      sourceDestCheck: j.SourceDestCheck ?? instance?.sourceDestCheck ?? true,
    };
    model.enis.set(eni.id, eni);
    return eni;
  };
  /**
   * An interface's or instance's group ids. A list of one id is shared by every interface with that one group
   * (frozen: an interface whose groups change gets a new list, as interface endpoints and load balancers do).
   */
  const singleGroups = new Map<string, readonly string[]>();
  const singleGroup = (id: string): string[] => {
    let list = singleGroups.get(id);
    if (!list) singleGroups.set(id, (list = Object.freeze([id])));
    return list as string[];
  };
  const groupList = (groups: readonly { GroupId: string }[]): string[] => (groups.length === 1 ? singleGroup((groups[0] as { GroupId: string }).GroupId) : groups.map((g) => g.GroupId));
  // Interfaces listed in NetworkInterfaces with no Groups take their instance's groups (below), else the default.
  const groupsUnlisted = new Set<string>();
  const interfaces = snapshot.NetworkInterfaces;
  interfaces.forEach((j, i) => {
    if (!j.Groups) groupsUnlisted.add(j.NetworkInterfaceId);
    mergeEni(j, () => `$.NetworkInterfaces[${i}]`);
  });
  /** Instances that NetworkInterfaces lists an attached interface for (built on first need: rarely needed). */
  let attachedToInstance: ReadonlySet<string> | undefined;
  const instanceFacts: { inst: Instance; publicIp: string; path: () => string; groups: string[] | undefined }[] = [];
  const reservations = snapshot.Reservations;
  reservations.forEach((reservation, i) => {
    const instances = reservation.Instances;
    if (!instances) return;
    for (let k = 0; k < instances.length; k++) {
      const inst = instances[k] as NonNullable<typeof instances>[number];
      const path = () => `$.Reservations[${i}].Instances[${k}]`;
      const eniIds: string[] = [];
      const instance: Instance = { id: inst.InstanceId, name: nameOf(inst.Tags), state: inst.State?.Name ?? "running", eniIds };
      const count = model.instances.size;
      model.instances.set(inst.InstanceId, instance); // a duplicate replaces the first, and the snapshot is refused:
      if (model.instances.size === count) refuse(`${path()}.InstanceId`, "ids unique within the snapshot", `${inst.InstanceId} is already used at ${instancePath(snapshot, inst.InstanceId)}.InstanceId`);
      const groups = inst.SecurityGroups ? groupList(inst.SecurityGroups) : undefined;
      const ctx: InstanceContext = { id: inst.InstanceId, path, subnetId: inst.SubnetId ?? undefined, sourceDestCheck: inst.SourceDestCheck ?? undefined, groups };
      const listed = inst.NetworkInterfaces;
      if (listed && listed.length > 0) {
        // The instance's PublicIpAddress belongs to its primary interface (device index 0).
        const primaryCtx: InstanceContext = inst.PublicIpAddress ? { ...ctx, publicIp: inst.PublicIpAddress } : ctx;
        for (let m = 0; m < listed.length; m++) {
          const n = listed[m] as NetworkInterfaceJson;
          const isPrimary = (n.Attachment?.DeviceIndex ?? m) === 0;
          const eni = mergeEni(n, () => `${path()}.NetworkInterfaces[${m}]`, isPrimary ? primaryCtx : ctx);
          if (isPrimary && inst.PublicIpAddress && eni.privateIps[0] && !eni.publicIps.has(eni.privateIps[0].value)) setPublicIp(eni, eni.privateIps[0].value, addressAt(inst.PublicIpAddress, `${path()}.PublicIpAddress`));
          eniIds.push(eni.id);
        }
      } else if (inst.SubnetId && (inst.PrivateIpAddress || inst.Ipv6Address) && !(attachedToInstance ??= instancesWithListedInterfaces(interfaces)).has(inst.InstanceId)) {
        const id = `eni-of-${inst.InstanceId}`;
        const eni = mergeEni(
          {
            NetworkInterfaceId: id,
            SubnetId: inst.SubnetId,
            PrivateIpAddress: inst.PrivateIpAddress,
            Ipv6Addresses: inst.Ipv6Address ? [{ Ipv6Address: inst.Ipv6Address }] : undefined,
            Attachment: { InstanceId: inst.InstanceId, Status: "attached", DeviceIndex: 0 },
            InterfaceType: "interface",
          },
          path,
          { ...ctx, publicIp: inst.PublicIpAddress ?? undefined },
          { ipv6: `${path()}.Ipv6Address` },
        );
        eniIds.push(eni.id);
      }
      instanceFacts.push({ inst: instance, publicIp: inst.PublicIpAddress ?? "", path, groups });
    }
  });
  // Interfaces listed only in NetworkInterfaces but attached to an instance.
  for (const eni of model.enis.values()) {
    if (!eni.instanceId) continue;
    const inst = model.instances.get(eni.instanceId);
    if (inst && !inst.eniIds.includes(eni.id)) inst.eniIds.push(eni.id);
  }
  for (const inst of model.instances.values()) {
    if (inst.eniIds.length === 1) (inst as { eniIds: string[] }).eniIds = [inst.eniIds[0] as string]; // a list of its own size (see privateIps)
    if (inst.eniIds.length < 2) continue;
    inst.eniIds.sort((a, b) => (model.enis.get(a)?.deviceIndex ?? 99) - (model.enis.get(b)?.deviceIndex ?? 99) || (a < b ? -1 : a > b ? 1 : 0));
  }
  // What describe-instances says about interfaces listed only in NetworkInterfaces: the instance's security
  // groups (when the interface lists none) and its public IP (on the primary interface's primary address).
  for (const { inst, publicIp, path, groups } of instanceFacts) {
    if (groups && groupsUnlisted.size > 0) {
      for (const eniId of inst.eniIds) {
        if (!groupsUnlisted.has(eniId)) continue;
        groups.forEach((g, k) => model.securityGroups.get(g) ?? refuse(`${path()}.SecurityGroups[${k}].GroupId`, "the id of a security group in SecurityGroups", `no security group ${g} in the snapshot`));
        (model.enis.get(eniId) as Eni).groupIds = [...groups];
      }
    }
    if (!publicIp) continue;
    const primary = inst.eniIds[0] ? model.enis.get(inst.eniIds[0]) : undefined;
    const first = primary?.privateIps[0];
    if (primary && first && !primary.publicIps.has(first.value)) setPublicIp(primary, first.value, addressAt(publicIp, `${path()}.PublicIpAddress`));
  }

  // --- Elastic IPs
  snapshot.Addresses.forEach((a, i) => {
    const path = `$.Addresses[${i}]`;
    const pub = addressAt(a.PublicIp, `${path}.PublicIp`);
    let eni: Eni | undefined;
    if (a.NetworkInterfaceId) eni = model.enis.get(a.NetworkInterfaceId);
    else if (a.InstanceId) {
      const first = model.instances.get(a.InstanceId)?.eniIds[0];
      eni = first ? model.enis.get(first) : undefined;
    }
    if (!eni) return; // unassociated, or associated with something the snapshot does not hold
    const priv = a.PrivateIpAddress ? addressAt(a.PrivateIpAddress, `${path}.PrivateIpAddress`) : eni.privateIps[0];
    if (priv) setPublicIp(eni, priv.value, pub);
  });

  // --- Families
  /** Interfaces a family filled in (addInterface): they may share an address with a listed one (not refused). */
  const filledIn = new Set<string>();
  const sectionCache = new Map<string, unknown[]>();
  const pendingRoutes: { tableId: string; spec: Parameters<LoadContext["addRoute"]>[1] }[] = [];
  for (const family of options.families) {
    if (model.families.has(family.name)) throw new Error(`family ${family.name} registered twice`);
    model.families.set(family.name, family);
  }
  for (const family of options.families) {
    const ctx: LoadContext = {
      model,
      section: (key, schema) => {
        const hit = sectionCache.get(key);
        if (hit) return hit as never;
        const parsed = parseSection(snapshot.raw, key, schema);
        sectionCache.set(key, parsed);
        return parsed;
      },
      register: (entry) => {
        claimId(entry.id, `(${entry.kind} ${entry.id})`);
        const full = { ...entry, family: family.name };
        model.components.set(entry.id, full);
        for (const alias of entry.aliases ?? []) if (!model.components.has(alias)) model.components.set(alias, full);
        return full;
      },
      claimInterface: (eniId, componentId) => {
        const eni = model.enis.get(eniId);
        if (eni) {
          eni.ownerId = componentId;
          eni.sourceDestCheck = false;
        }
      },
      addInterface: (spec: InterfaceSpec, componentId) => {
        let eni = model.enis.get(spec.id);
        if (!eni) {
          filledIn.add(spec.id);
          eni = mergeEni(
            {
              NetworkInterfaceId: spec.id,
              SubnetId: spec.subnetId,
              PrivateIpAddress: spec.privateIp,
              Association: spec.publicIp ? { PublicIp: spec.publicIp } : undefined,
              Groups: (spec.groupIds ?? []).map((g) => ({ GroupId: g })),
              InterfaceType: spec.interfaceType,
              Description: spec.description,
              Attachment: { Status: "attached" },
            },
            () => `(interface ${spec.id} of ${componentId})`,
            undefined,
            spec.paths,
          );
        } else if (spec.publicIp) {
          const priv = parseAddress(spec.privateIp);
          if (priv && !eni.publicIps.has(priv.value)) setPublicIp(eni, priv.value, addressAt(spec.publicIp, spec.paths?.publicIp ?? `(public IP of ${componentId})`));
        }
        eni.ownerId = componentId;
        eni.sourceDestCheck = false;
        return eni;
      },
      addRoute: (tableId, spec) => pendingRoutes.push({ tableId, spec }),
      refuse,
    };
    for (const [key, schema] of Object.entries(family.sections ?? {})) ctx.section(key, schema);
    family.load?.(ctx);
  }
  checkInterfaceAndInstanceIds(model, seen);

  // --- Routes, now that every target can be resolved
  const targetExists = (field: RouteTargetField, id: string): boolean => {
    if (field === "NetworkInterfaceId") return model.enis.has(id);
    if (field === "InstanceId") return model.instances.has(id);
    return model.components.has(id);
  };
  for (const { table, path, raw } of routeSources) {
    raw.forEach((r, j) => {
      let targets = ROUTE_TARGET_FIELDS.filter((f) => typeof r[f] === "string" && r[f] !== "");
      // describe-route-tables prints a route to an instance's interface with both InstanceId and NetworkInterfaceId
      // (plus InstanceOwnerId): the interface is the next hop.
      if (targets.length === 2 && targets.includes("NetworkInterfaceId") && targets.includes("InstanceId")) targets = ["NetworkInterfaceId"];
      if (targets.length !== 1) {
        if (targets.length === 0 && r.State === "blackhole") return; // target deleted and not even named
        refuse(`${path}.Routes[${j}]`, `exactly one target field (${ROUTE_TARGET_FIELDS.join(", ")})`, targets.length === 0 ? "the route has no target" : `the route names ${targets.join(" and ")}`);
      }
      const field = targets[0] as RouteTargetField;
      const id = r[field] as string;
      const state = r.State === "blackhole" ? "blackhole" : "active";
      const isLocal = field === "GatewayId" && id === "local";
      if (!isLocal && state === "active" && !targetExists(field, id)) refuse(`${path}.Routes[${j}].${field}`, "the id of a resource in the snapshot", `route target ${id} does not exist (a deleted target leaves the route in State "blackhole")`);
      const kind: RouteKind = isLocal ? "local" : r.Origin === "EnableVgwRoutePropagation" ? "propagated" : r.DestinationPrefixListId ? "prefix-list" : "static";
      const out: RouteTableRouteOut = { [field]: id };
      if (r.Origin) out.Origin = r.Origin.toLowerCase();
      out.State = state;
      if (r.DestinationPrefixListId) {
        const pl = model.prefixLists.get(r.DestinationPrefixListId) ?? refuse(`${path}.Routes[${j}].DestinationPrefixListId`, "the id of a prefix list in PrefixLists", `no prefix list ${r.DestinationPrefixListId} in the snapshot (add its describe-prefix-lists entry)`);
        out.DestinationPrefixListId = pl.id;
        for (const c of pl.cidrs) table.routes.push({ destination: c, prefixListId: pl.id, target: { field, id }, kind, state, index: table.routes.length, out });
        return;
      }
      const destText = r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock;
      if (!destText) refuse(`${path}.Routes[${j}].DestinationCidrBlock`, "DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId", "the route has no destination");
      const destFamily = r.DestinationCidrBlock ? 4 : 6;
      const destination = cidrOf(destText, destFamily) ?? badCidr(destText, `${path}.Routes[${j}].${r.DestinationCidrBlock ? "DestinationCidrBlock" : "DestinationIpv6CidrBlock"}`, destFamily);
      out.DestinationCidr = destination.text;
      table.routes.push({ destination, target: { field, id }, kind, state, index: table.routes.length, out });
    });
  }
  for (const { tableId, spec } of pendingRoutes) {
    const table = model.routeTables.get(tableId) ?? refuse(`(route added to ${tableId})`, "a route table in RouteTables", `no route table ${tableId}`);
    if (spec.kind === "prefix-list") {
      // A route to a prefix list (a gateway endpoint's, 9.1): one route per CIDR, shown as DestinationPrefixListId.
      const pl = model.prefixLists.get(spec.destination) ?? refuse(`(route ${spec.destination} added to ${tableId})`, "the id of a prefix list in PrefixLists", `no prefix list ${spec.destination}`);
      const plOut: RouteTableRouteOut = { [spec.target.field]: spec.target.id, Origin: spec.origin ?? "createroute", State: "active", DestinationPrefixListId: pl.id };
      for (const c of pl.cidrs) table.routes.push({ destination: c, prefixListId: pl.id, target: spec.target, kind: "prefix-list", state: "active", index: table.routes.length, out: plOut });
      continue;
    }
    const destination = cidrAt(spec.destination, `(route ${spec.destination} added to ${tableId})`);
    const out: RouteTableRouteOut = { DestinationCidr: destination.text, [spec.target.field]: spec.target.id, Origin: spec.origin ?? (spec.kind === "propagated" ? "enablevgwroutepropagation" : "createroute"), State: "active" };
    table.routes.push({ destination, target: spec.target, kind: spec.kind, state: "active", index: table.routes.length, out });
  }
  // Local routes AWS always has (1.2), unless the snapshot lists (or replaced) them; then 1.5 and compile.
  for (const table of model.routeTables.values()) {
    const vpc = model.vpcs.get(table.vpcId) as Vpc;
    for (const c of [...vpc.cidrs4, ...vpc.cidrs6]) {
      if (table.routes.some((r) => r.destination.text === c.text && !r.prefixListId)) continue;
      table.routes.push({ destination: c, target: { field: "GatewayId", id: "local" }, kind: "local", state: "active", index: table.routes.length, out: { DestinationCidr: c.text, GatewayId: "local", Origin: "createroutetable", State: "active" } });
    }
    const tablePath = tablePaths.get(table.id) ?? `(route table ${table.id})`;
    for (const r of table.routes) {
      if (r.kind !== "static" || r.prefixListId) continue;
      const local = table.routes.find((l) => l.kind === "local" && cidrCovers(l.destination, r.destination) && l.destination.length < r.destination.length);
      if (!local) continue;
      // 1.5: more specific than local only for a whole subnet CIDR, to an ENI, NAT gateway or GWLB endpoint.
      const subnetCidr = vpc.subnetIds.some((sid) => {
        const s = model.subnets.get(sid) as Subnet;
        return s.cidr4?.text === r.destination.text || s.cidrs6.some((c) => c.text === r.destination.text);
      });
      const kind = r.target.field === "GatewayId" ? model.components.get(r.target.id)?.kind : undefined;
      const okTarget = r.target.field === "NetworkInterfaceId" || r.target.field === "InstanceId" || r.target.field === "NatGatewayId" || kind === "gateway-load-balancer-endpoint";
      if (!subnetCidr || !okTarget) {
        refuse(`${tablePath}.Routes`, "routes more specific than the local route only for a whole subnet CIDR, to a network interface, NAT gateway or Gateway Load Balancer endpoint (1.5)", `${r.destination.text} -> ${r.target.id} is more specific than local ${local.destination.text}`);
      }
    }
    compileRouteTable(table);
    for (const g of table.gatewayIds) model.edgeRouteTables.set(g, table.id);
  }

  // --- Address indexes
  const indexAddress = (eni: Eni, a: Address) => {
    const k = addressKey(a);
    const list = model.ipIndex.get(k);
    if (!list) {
      model.ipIndex.set(k, [eni]);
      return;
    }
    // AWS assigns a private address once within its subnet (only overlapping VPCs repeat one); an interface a family
    // filled in may repeat a listed one of the same component.
    for (const other of list) {
      if (other.vpcId === eni.vpcId && other.id !== eni.id && !filledIn.has(eni.id) && !filledIn.has(other.id)) {
        refuse(addressPath(model.snapshot, eni, a), "private addresses unique within a subnet (AWS assigns each once)", `${formatAddress(a)} is already the address of ${other.id} in ${other.subnetId}`);
      }
    }
    list.push(eni);
  };
  for (const eni of model.enis.values()) {
    for (let i = 0; i < eni.privateIps.length; i++) indexAddress(eni, eni.privateIps[i] as Address);
    for (let i = 0; i < eni.ipv6.length; i++) indexAddress(eni, eni.ipv6[i] as Address);
    if (eni.publicIps.size === 0) continue;
    for (const [privValue, pub] of eni.publicIps) {
      const k = addressKey(pub);
      const prior = model.publicIndex.get(k);
      if (prior && prior.eni.id !== eni.id) refuse(`(public IP ${formatAddress(pub)})`, "each public IP associated once", `${formatAddress(pub)} is associated with ${prior.eni.id} and ${eni.id}`);
      model.publicIndex.set(k, { eni, privateIp: { family: 4, value: privValue } });
    }
  }
  // The parsed sections and the raw JSON are not needed by queries: release them (about half the heap).
  model.snapshot = releasedSnapshot();

  return model;
}

/**
 * The instances that NetworkInterfaces lists an attached interface for. A module function, not a closure inside
 * buildModelWith: a closure there would keep the parsed NetworkInterfaces alive as long as any closure of the build
 * (a family's load context) lives.
 */
function instancesWithListedInterfaces(interfaces: Items<NetworkInterfaceJson>): ReadonlySet<string> {
  const ids = new Set<string>();
  interfaces.forEach((j) => {
    if (j.Attachment?.InstanceId) ids.add(j.Attachment.InstanceId);
  });
  return ids;
}

/**
 * Interfaces and instances are indexed by their own maps while loading (an interface listed twice is one interface);
 * here their ids are checked against every other id of the snapshot, in one pass, and the JSON path of an offender
 * is looked up only then.
 */
function checkInterfaceAndInstanceIds(model: Model, seen: ReadonlyMap<string, string>): void {
  const { snapshot } = model;
  // A screen before the big maps: an id can equal another only if their first four characters do (interfaces'
  // "eni-" never meets instances' "i-0" or a VPC's "vpc-"), and this small set stays in the cache.
  const heads = new Set<number>();
  for (const id of seen.keys()) heads.add(headOf(id));
  for (const id of model.instances.keys()) {
    if (!heads.has(headOf(id))) continue;
    const prior = seen.get(id);
    if (prior !== undefined) refuse(`${instancePath(snapshot, id)}.InstanceId`, "ids unique within the snapshot", `${id} is already used at ${prior}`);
  }
  for (const id of model.instances.keys()) heads.add(headOf(id));
  for (const id of model.enis.keys()) {
    if (!heads.has(headOf(id))) continue;
    const prior = seen.get(id) ?? (model.instances.has(id) ? `${instancePath(snapshot, id)}.InstanceId` : undefined);
    if (prior !== undefined) refuse(`${interfacePath(snapshot, id)}.NetworkInterfaceId`, "ids unique within the snapshot", `${id} is already used at ${prior}`);
  }
}

/** A small hash of an id's first four characters: equal ids have equal heads (unequal ones may too). */
function headOf(id: string): number {
  const n = id.length < 4 ? id.length : 4;
  let h = n;
  for (let i = 0; i < n; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return h;
}

/** The JSON path of one of an interface's addresses (for messages only). */
function addressPath(snapshot: Snapshot, eni: Eni, a: Address): string {
  const at = interfacePath(snapshot, eni.id);
  if (eni.id.startsWith("eni-of-") && at.includes(".Instances[") && !at.includes(".NetworkInterfaces[")) return `${at}.${a.family === 4 ? "PrivateIpAddress" : "Ipv6Address"}`;
  if (a.family === 6) return `${at}.Ipv6Addresses[${Math.max(0, eni.ipv6.findIndex((x) => x.value === a.value))}].Ipv6Address`;
  const k = eni.privateIps.findIndex((x) => x.value === a.value);
  return k <= 0 ? `${at}.PrivateIpAddress` : `${at}.PrivateIpAddresses[${k}].PrivateIpAddress`;
}

/** The JSON path of the first instance with this id (for messages only). */
function instancePath(snapshot: Snapshot, id: string): string {
  let found: string | undefined;
  snapshot.Reservations.forEach((r, i) => {
    const instances = r.Instances ?? [];
    for (let k = 0; k < instances.length && found === undefined; k++) if (instances[k]?.InstanceId === id) found = `$.Reservations[${i}].Instances[${k}]`;
  });
  return found ?? `(instance ${id})`;
}

/** The JSON path of the first listing of the interface with this id (for messages only). */
function interfacePath(snapshot: Snapshot, id: string): string {
  const i = indexOfItem(snapshot.NetworkInterfaces, (j) => j.NetworkInterfaceId === id);
  if (i >= 0) return `$.NetworkInterfaces[${i}]`;
  let found: string | undefined;
  snapshot.Reservations.forEach((reservation, r) => {
    const instances = reservation.Instances ?? [];
    for (let k = 0; k < instances.length && found === undefined; k++) {
      const m = instances[k]?.NetworkInterfaces?.findIndex((j) => j.NetworkInterfaceId === id) ?? -1;
      if (m >= 0) found = `$.Reservations[${r}].Instances[${k}].NetworkInterfaces[${m}]`;
      else if (id === `eni-of-${instances[k]?.InstanceId}`) found = `$.Reservations[${r}].Instances[${k}]`;
    }
  });
  return found ?? `(interface ${id})`;
}

function releasedSnapshot(): Snapshot {
  const empty: Record<string, unknown> = { raw: {} };
  for (const key of Object.keys(coreSections)) empty[key] = [];
  return empty as Snapshot;
}

/** The interface of `vpcId` that owns private address `address`. */
export function interfaceAt(model: Model, vpcId: string, address: Address): Eni | undefined {
  const list = model.ipIndex.get(addressKey(address));
  if (!list) return undefined;
  for (const eni of list) if (eni.vpcId === vpcId) return eni;
  return undefined;
}

/** True when `address` is one of the interface's own addresses. */
export function ownsAddress(eni: Eni, address: Address): boolean {
  const list = address.family === 4 ? eni.privateIps : eni.ipv6;
  return list.some((a) => a.value === address.value);
}

/** True when `address` lies in one of the VPC's CIDRs. */
export function vpcCidrsContain(vpc: Vpc, address: Address): boolean {
  return (address.family === 4 ? vpc.cidrs4 : vpc.cidrs6).some((c) => cidrContains(c, address));
}
