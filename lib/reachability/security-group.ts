/**
 * Security groups (semantics 5.x): allow-only rules, the rules of every group on an interface combined (5.4),
 * destination port only (5.5), references to other groups matched by the peer's PRIVATE address (5.6),
 * prefix lists (5.11). Statefulness is not here: the trace admits replies of a flow it has recorded (5.3).
 */
import { cidrContains, type Address, type Cidr } from "./cidr";
import { protocolNumber, type Packet, type PortRange } from "./packet";

export type SgDirection = "ingress" | "egress";

/** RA's SecurityGroupRule (AWS: AnalysisSecurityGroupRule). */
export interface SecurityGroupRuleOut {
  Cidr?: string;
  Direction: SgDirection;
  SecurityGroupId: string;
  PortRange?: PortRange;
  PrefixListId?: string;
  Protocol: string;
  ReferencedSecurityGroupId?: string;
}

export interface SgRule {
  readonly direction: SgDirection;
  /** IANA number, -1 for all. */
  readonly protocol: number;
  /** tcp/udp port range; for icmp, FromPort is the type and ToPort the code (-1 = all). */
  readonly fromPort: number;
  readonly toPort: number;
  readonly cidr?: Cidr;
  readonly prefixListId?: string;
  readonly prefixCidrs?: readonly Cidr[];
  readonly groupId?: string;
  readonly out: SecurityGroupRuleOut;
}

export interface SecurityGroup {
  readonly id: string;
  readonly name?: string;
  readonly vpcId?: string;
  readonly ingress: SgRule[];
  readonly egress: SgRule[];
}

/** Parses an SG IpProtocol ("-1", "tcp", "icmpv6", "6", ...). */
export function parseSgProtocol(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= -1 && value <= 255 ? value : undefined;
  const v = value.trim().toLowerCase();
  const named: Record<string, number> = { "-1": -1, all: -1, tcp: 6, udp: 17, icmp: 1, icmpv6: 58 };
  const hit = named[v];
  if (hit !== undefined) return hit;
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 255 ? n : undefined;
}

export function sgProtocolText(protocol: number): string {
  switch (protocol) {
    case -1:
      return "all";
    case 6:
      return "tcp";
    case 17:
      return "udp";
    case 1:
      return "icmp";
    case 58:
      return "icmpv6";
    default:
      return String(protocol);
  }
}

/** Is `address` a private address of an interface that is a member of `groupId`? (5.6) */
export type GroupMembership = (address: Address, groupId: string) => boolean;

function ruleMatches(rule: SgRule, packet: Packet, peer: Address, isMember: GroupMembership): boolean {
  if (rule.protocol !== -1) {
    if (rule.protocol !== protocolNumber(packet)) return false;
    if (packet.protocol === "icmp") {
      if (rule.fromPort !== -1 && rule.fromPort !== packet.icmpType) return false;
      if (rule.toPort !== -1 && rule.toPort !== packet.icmpCode) return false;
    } else if (rule.protocol === 6 || rule.protocol === 17) {
      if (packet.dstPort < rule.fromPort || packet.dstPort > rule.toPort) return false;
    }
  }
  if (rule.cidr) return cidrContains(rule.cidr, peer);
  if (rule.prefixCidrs) return rule.prefixCidrs.some((c) => cidrContains(c, peer));
  if (rule.groupId) return isMember(peer, rule.groupId);
  return false;
}

export interface SgVerdict {
  readonly allowed: boolean;
  /** The group and rule that allowed (first group in the interface's order, first rule in the group). */
  readonly group?: SecurityGroup;
  readonly rule?: SgRule;
  /** True when no group of the interface has any rule in that direction (SG_HAS_NO_RULES). */
  readonly noRules: boolean;
}

/** Evaluates the combined groups of one interface for one direction. The peer is the source (ingress) or destination (egress). */
export function evaluateSecurityGroups(groups: readonly SecurityGroup[], direction: SgDirection, packet: Packet, isMember: GroupMembership): SgVerdict {
  const peer = direction === "ingress" ? packet.src : packet.dst;
  let anyRule = false;
  for (const group of groups) {
    const rules = direction === "ingress" ? group.ingress : group.egress;
    if (rules.length > 0) anyRule = true;
    for (const rule of rules) {
      if (ruleMatches(rule, packet, peer, isMember)) return { allowed: true, group, rule, noRules: false };
    }
  }
  return { allowed: false, noRules: !anyRule };
}
