/**
 * Elastic Load Balancing decisions that need no traversal (semantics 10.x): which listener accepts a packet
 * (10.2), which target groups accept it and which targets the chosen node may send to (10.3, 10.4), whether the
 * client's address is preserved (10.6), and which node a client reaches. Pure functions over the family's
 * normalized records; `load-balancer.ts` turns their answers into hops.
 *
 * Tie-breaks (deterministic): the node in the client's Availability Zone, else the first node (in
 * `AvailabilityZones` order) that has a target it may send to, else the first node; targets in the node's own
 * zone first, then by target id, then by port. Every eligible target is tried in that order and the first one
 * delivered wins (RA reports a path when any exists, 0.3). Target health is ignored, as RA does (0.7).
 */
import type { Address } from "./cidr";
import type { ExplanationCode } from "./explanation-codes";
import type { Protocol } from "./packet";

export type LoadBalancerType = "application" | "network" | "gateway";

export interface LbNode {
  readonly az: string;
  readonly subnetId: string;
  readonly eniId: string;
  readonly privateIp: Address;
  readonly publicIp?: Address;
}

export interface LbListener {
  readonly arn: string;
  readonly protocol: string;
  readonly port: number;
  /** Target groups of the forward action(s), in order (weight 0 left out). */
  readonly targetGroupArns: readonly string[];
  /** A redirect or fixed-response default action: the load balancer answers the request itself. */
  readonly answersItself: boolean;
}

/** A registered target (describe-target-health), before its address is resolved. */
export interface LbTargetSpec {
  readonly id: string;
  readonly port?: number;
  /** Target.AvailabilityZone as listed ("all" for an IP address outside the VPC). */
  readonly az?: string;
}

export interface LbTargetGroup {
  readonly arn: string;
  readonly name?: string;
  readonly protocol?: string;
  readonly port?: number;
  readonly targetType: string;
  readonly vpcId?: string;
  readonly targets: readonly LbTargetSpec[];
  /** `preserve_client_ip.enabled` when listed. */
  readonly preserveClientIp?: boolean;
  /** `load_balancing.cross_zone.enabled` "true"/"false" when listed (overrides the load balancer's setting). */
  readonly crossZone?: boolean;
}

/** A target with its address and zone resolved against the model. */
export interface LbTarget {
  readonly group: LbTargetGroup;
  readonly id: string;
  readonly port: number;
  readonly address?: Address;
  readonly eniId?: string;
  readonly az?: string;
  /** Why the load balancer cannot address it (TARGET_ADDRESS_RESTRICTION / TARGET_PORT_RESTRICTION), if so. */
  readonly problem?: "address" | "port";
  /** An `alb` target: the Application Load Balancer (ARN) whose node in `az` this is; the ALB takes the flow on. */
  readonly loadBalancerArn?: string;
}

export interface LoadBalancerData {
  readonly arn: string;
  readonly name: string;
  readonly type: LoadBalancerType;
  readonly scheme: "internet-facing" | "internal";
  readonly vpcId: string;
  readonly state: string;
  readonly nodes: readonly LbNode[];
  readonly groupIds: readonly string[];
  readonly listeners: readonly LbListener[];
  /** Load-balancer-level cross-zone: always on for an ALB, `load_balancing.cross_zone.enabled` (default false) for an NLB. */
  readonly crossZone: boolean;
  /** NLB: evaluate its security groups' inbound rules for PrivateLink traffic (default on). */
  readonly enforcePrivateLinkSg: boolean;
}

/** Protocols a listener or target group protocol carries. */
export function carries(protocolName: string | undefined, lbType: LoadBalancerType, protocol: Protocol): boolean {
  const p = (protocolName ?? (lbType === "application" ? "HTTP" : "TCP")).toUpperCase();
  if (protocol === "tcp") return ["HTTP", "HTTPS", "TCP", "TLS", "TCP_UDP", "TCP_QUIC"].includes(p);
  if (protocol === "udp") return ["UDP", "TCP_UDP", "QUIC", "TCP_QUIC"].includes(p);
  return false;
}

export type ListenerChoice = { readonly listener: LbListener } | { readonly code: ExplanationCode; readonly ports: readonly number[] };

/** 10.2: the listener on the packet's port whose protocol carries it. */
export function chooseListener(lb: LoadBalancerData, protocol: Protocol, port: number): ListenerChoice {
  const sameProtocol = lb.listeners.filter((l) => carries(l.protocol, lb.type, protocol));
  const listener = sameProtocol.find((l) => l.port === port);
  if (listener) return { listener };
  const ports = sameProtocol.map((l) => l.port).sort((a, b) => a - b);
  // Listeners for this protocol exist but on other ports: the listener accepts only its port.
  return { code: sameProtocol.length > 0 ? "ELBV2_LISTENER_PORT_RESTRICTION" : "ELBV2_LISTENERS_MISMATCH", ports };
}

/** 10.6: does the target see the client's own address? PrivateLink traffic never keeps it. */
export function preservesClientIp(lb: LoadBalancerData, group: LbTargetGroup, viaPrivateLink: boolean): boolean {
  if (lb.type !== "network" || viaPrivateLink) return false;
  // `alb` target groups keep their attributes' defaults, and the default is on (ALB-as-target doc; attribute reference).
  if (group.targetType === "alb") return true;
  if (group.targetType === "instance") return group.preserveClientIp ?? true;
  const p = (group.protocol ?? "TCP").toUpperCase();
  if (["UDP", "TCP_UDP", "QUIC", "TCP_QUIC"].includes(p)) return true; // enabled and cannot be disabled
  return group.preserveClientIp ?? false; // ip targets with TCP or TLS: off by default
}

export function crossZoneOf(lb: LoadBalancerData, group: LbTargetGroup): boolean {
  return group.crossZone ?? lb.crossZone;
}

export type TargetChoice =
  | { readonly targets: readonly LbTarget[] }
  | { readonly code: ExplanationCode; readonly zones?: readonly string[]; readonly detail?: ExplanationCode };

/**
 * 10.3 / 10.4: the targets node `node` may send to, best first. `resolved` are the listener's accepting target
 * groups' targets, resolved. Codes: no target at all (ELBV2_LISTENER_HAS_NO_TG), none addressable
 * (TARGET_ADDRESS_RESTRICTION / TARGET_PORT_RESTRICTION), none in an enabled zone (ELB_INSTALLED_AZ_RESTRICTION),
 * cross-zone off and none in the node's zone (ELB_NOT_CROSSZONE, with ELBV2_NO_TARGETS_IN_AZ as detail).
 */
export function chooseTargets(lb: LoadBalancerData, node: LbNode, resolved: readonly LbTarget[]): TargetChoice {
  if (resolved.length === 0) return { code: "ELBV2_LISTENER_HAS_NO_TG" };
  const addressable = resolved.filter((t) => !t.problem);
  if (addressable.length === 0) return { code: resolved.some((t) => t.problem === "address") ? "TARGET_ADDRESS_RESTRICTION" : "TARGET_PORT_RESTRICTION" };
  const enabled = new Set(lb.nodes.map((n) => n.az));
  const inEnabled = addressable.filter((t) => t.az === undefined || t.az === "all" || enabled.has(t.az));
  if (inEnabled.length === 0) return { code: "ELB_INSTALLED_AZ_RESTRICTION", zones: [...enabled].sort() };
  const reachable = inEnabled.filter((t) => crossZoneOf(lb, t.group) || t.az === undefined || t.az === "all" || t.az === node.az);
  if (reachable.length === 0) return { code: "ELB_NOT_CROSSZONE", zones: [node.az], detail: "ELBV2_NO_TARGETS_IN_AZ" };
  const local = (t: LbTarget): number => (t.az === node.az ? 0 : 1);
  const sorted = [...reachable].sort((a, b) => local(a) - local(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.port - b.port);
  return { targets: sorted };
}

/**
 * The node a client reaches (the address its DNS answer gives): the node in the client's zone, else the first
 * node that has a target it may send to (`serves`), else the first node.
 */
export function chooseNode(lb: LoadBalancerData, clientAz: string | undefined, serves: (node: LbNode) => boolean): LbNode | undefined {
  const own = clientAz ? lb.nodes.find((n) => n.az === clientAz) : undefined;
  if (own && serves(own)) return own;
  return lb.nodes.find(serves) ?? own ?? lb.nodes[0];
}
