/**
 * Network ACLs (semantics 6.x): stateless, numbered rules evaluated lowest first, first match decides, the
 * unchangeable `*` rule denies the rest; inbound and outbound apart; IPv4 and IPv6 rules apart (6.10).
 * Compiled once at load into sorted arrays.
 */
import { cidrContains, type Cidr } from "./cidr";
import { protocolNumber, type Packet, type PortRange } from "./packet";

/** RA's AclRule (AWS: AnalysisAclRule). */
export interface AclRuleOut {
  Cidr: string;
  Egress: boolean;
  PortRange?: PortRange;
  Protocol: string;
  RuleAction: "allow" | "deny";
  RuleNumber: number;
}

export interface AclEntry {
  readonly ruleNumber: number;
  readonly action: "allow" | "deny";
  readonly egress: boolean;
  /** IANA protocol number, -1 for all. */
  readonly protocol: number;
  readonly cidr: Cidr;
  readonly fromPort: number;
  readonly toPort: number;
  /** ICMP type and code, -1 for all. */
  readonly icmpType: number;
  readonly icmpCode: number;
  readonly out: AclRuleOut;
}

export interface NetworkAcl {
  readonly id: string;
  readonly vpcId: string;
  readonly name?: string;
  readonly isDefault: boolean;
  /** Entries by direction and family, sorted by rule number; the `*` rule is implicit. */
  readonly ingress: { 4: AclEntry[]; 6: AclEntry[] };
  readonly egress: { 4: AclEntry[]; 6: AclEntry[] };
}

/** The rule number Batfish and `describe-network-acls` use for the `*` rule. */
export const STAR_RULE_NUMBER = 32767;

/** The number `describe-network-acls` prints for the IPv6 `*` rule (::/0). */
export const STAR_RULE_NUMBER_IPV6 = 32768;

export interface AclVerdict {
  readonly allowed: boolean;
  /** The rule that decided; the `*` rule when nothing matched. */
  readonly rule: AclRuleOut;
  /** True when no numbered rule matched and the `*` rule denied. */
  readonly star: boolean;
}

/** Parses a NACL protocol ("-1", "6", "tcp", 17, ...) to an IANA number, -1 for all. */
export function parseAclProtocol(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= -1 && value <= 255 ? value : undefined;
  const v = value.trim().toLowerCase();
  const named: Record<string, number> = { all: -1, tcp: 6, udp: 17, icmp: 1, icmpv6: 58, "-1": -1 };
  const hit = named[v];
  if (hit !== undefined) return hit;
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 255 ? n : undefined;
}

export function aclProtocolText(protocol: number): string {
  return protocol === -1 ? "all" : String(protocol);
}

function entryMatches(entry: AclEntry, packet: Packet, egress: boolean): boolean {
  if (!cidrContains(entry.cidr, egress ? packet.dst : packet.src)) return false;
  if (entry.protocol === -1) return true;
  if (entry.protocol !== protocolNumber(packet)) return false;
  if (packet.protocol === "icmp") {
    if (entry.icmpType !== -1 && entry.icmpType !== packet.icmpType) return false;
    return entry.icmpCode === -1 || entry.icmpCode === packet.icmpCode;
  }
  if (entry.protocol === 6 || entry.protocol === 17) {
    return packet.dstPort >= entry.fromPort && packet.dstPort <= entry.toPort;
  }
  return true;
}

/** Evaluates the packet against one direction of the NACL: first matching rule wins, else `*` denies. */
export function evaluateAcl(acl: NetworkAcl, egress: boolean, packet: Packet): AclVerdict {
  const family = packet.src.family;
  const entries = (egress ? acl.egress : acl.ingress)[family];
  for (const entry of entries) {
    if (entryMatches(entry, packet, egress)) return { allowed: entry.action === "allow", rule: entry.out, star: false };
  }
  return {
    allowed: false,
    star: true,
    rule: { Cidr: family === 4 ? "0.0.0.0/0" : "::/0", Egress: egress, Protocol: "all", RuleAction: "deny", RuleNumber: family === 4 ? STAR_RULE_NUMBER : STAR_RULE_NUMBER_IPV6 },
  };
}

export function sortEntries(entries: AclEntry[]): AclEntry[] {
  return entries.sort((a, b) => a.ruleNumber - b.ruleNumber);
}
