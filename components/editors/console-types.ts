/**
 * The console's rule "Type" vocabulary (security groups and network ACLs): a named type fixes the protocol and
 * the port range, "Custom TCP/UDP" leave the range to the learner.
 */
export type RuleProtocol = "tcp" | "udp" | "icmp" | "all";

export interface RuleType {
  readonly name: string;
  readonly protocol: RuleProtocol;
  /** Fixed range; undefined when the learner types it (custom). */
  readonly ports?: readonly [number, number];
}

export const RULE_TYPES: readonly RuleType[] = [
  { name: "All traffic", protocol: "all", ports: [0, 65535] },
  { name: "Custom TCP", protocol: "tcp" },
  { name: "Custom UDP", protocol: "udp" },
  { name: "All ICMP - IPv4", protocol: "icmp", ports: [0, 65535] },
  { name: "SSH", protocol: "tcp", ports: [22, 22] },
  { name: "HTTP", protocol: "tcp", ports: [80, 80] },
  { name: "HTTPS", protocol: "tcp", ports: [443, 443] },
  { name: "PostgreSQL", protocol: "tcp", ports: [5432, 5432] },
  { name: "MYSQL/Aurora", protocol: "tcp", ports: [3306, 3306] },
  { name: "RDP", protocol: "tcp", ports: [3389, 3389] },
  { name: "DNS (UDP)", protocol: "udp", ports: [53, 53] },
  { name: "Custom TCP (ephemeral)", protocol: "tcp", ports: [1024, 65535] },
];

/** The console's Type for a rule (as the console labels existing rules). */
export function typeName(protocol: RuleProtocol, from: number | undefined, to: number | undefined): string {
  if (protocol === "all") return "All traffic";
  if (protocol === "icmp") return "All ICMP - IPv4";
  const named = RULE_TYPES.find((t) => t.protocol === protocol && t.ports && t.ports[0] === from && t.ports[1] === to && !t.name.startsWith("Custom"));
  return named?.name ?? (protocol === "tcp" ? "Custom TCP" : "Custom UDP");
}

export function portText(protocol: RuleProtocol, from: number | undefined, to: number | undefined): string {
  if (protocol === "all" || protocol === "icmp" || from === undefined || to === undefined) return "All";
  if (from === 0 && to === 65535) return "All";
  return from === to ? String(from) : `${from} - ${to}`;
}

/** Protocol names in AWS JSON: security groups use names, NACLs use numbers. */
export function sgIpProtocol(p: RuleProtocol): string {
  return p === "all" ? "-1" : p;
}
export function aclProtocolNumber(p: RuleProtocol): string {
  return p === "all" ? "-1" : p === "tcp" ? "6" : p === "udp" ? "17" : "1";
}
export function protocolFromJson(value: unknown): RuleProtocol {
  const v = String(value ?? "-1").toLowerCase();
  if (v === "6" || v === "tcp") return "tcp";
  if (v === "17" || v === "udp") return "udp";
  if (v === "1" || v === "icmp" || v === "58" || v === "icmpv6") return "icmp";
  return "all";
}
