/**
 * The extension mechanism: a component family (internet gateways, NAT gateways, transit gateways, load
 * balancers, ...) is one object implementing `ComponentFamily`, in its own file, registered with one line in
 * `families.ts`. The traversal core (trace.ts) knows nothing about any family: it dispatches by the kind a
 * component registered at load, never by id prefix. See README.md, "Adding a component family".
 */
import type { Address } from "./cidr";
import type { Explanation, Hop } from "./analysis";
import type { ExplanationCode } from "./explanation-codes";
import type { Eni, Model } from "./model";
import type { Packet } from "./packet";
import type { Route, RouteTargetField } from "./route-table";
import type { Query } from "./query";
import type { Shape } from "./shape";

/** One registered component (a gateway, an endpoint, a load balancer, ...). `data` is the family's own record. */
export interface ComponentEntry<T = unknown> {
  readonly id: string;
  /** Kind, e.g. "internet-gateway"; used for dispatch and in documentation. */
  readonly kind: string;
  /** Name of the family that owns it (the `name` of its ComponentFamily). */
  readonly family: string;
  readonly vpcId?: string;
  /** The Name tag, shown as Component.Name. */
  readonly name?: string;
  readonly arn?: string;
  /** Other names a query may use for it (e.g. a load balancer's name and ARN). */
  readonly aliases?: readonly string[];
  readonly data: T;
}

/** How a packet reached a component. */
export type Arrival =
  /** A VPC route table sent it here (route target is this component). */
  | { readonly via: "route"; readonly vpcId: string; readonly subnetId?: string; readonly routeTableId: string; readonly route: Route }
  /** It was delivered to an interface this component owns (by destination address, or a route to the interface). */
  | { readonly via: "interface"; readonly eniId: string; readonly fromSubnetId?: string }
  /** From outside AWS: the internet, on-premises, an AWS service; also the reply to a flow that left through it. */
  | { readonly via: "outside" }
  /** Handed over by another component (e.g. transit gateway to its VPN attachment), with optional data. */
  | { readonly via: "component"; readonly fromId: string; readonly data?: unknown };

/** What the core does next with a packet. Families return these; the core implements them. */
export type Step =
  /** Leave an interface: source/dest check, SG egress, then same-subnet delivery or `route` from its subnet. */
  | { readonly to: "leave-interface"; readonly eniId: string; readonly packet: Packet }
  /** Leave a subnet: its NACL outbound (unless skipAcl), then route table lookup (the subnet's, or routeTableId) and dispatch. */
  | { readonly to: "route"; readonly subnetId: string; readonly packet: Packet; readonly routeTableId?: string; readonly skipAcl?: boolean }
  /** Arrive in a VPC from a gateway or attachment: optional gateway route table, then the interface that owns the destination. viaSubnetId: the subnet the traffic enters through (a TGW attachment subnet; its NACL outbound applies when it differs from the destination subnet, 6.11). */
  | { readonly to: "enter-vpc"; readonly vpcId: string; readonly packet: Packet; readonly viaSubnetId?: string; readonly routeTableId?: string }
  /** Arrive at an interface: NACL inbound if coming from another subnet or outside, SG inbound, then its owner. */
  | { readonly to: "enter-interface"; readonly eniId: string; readonly packet: Packet; readonly fromSubnetId?: string }
  /** Hand the packet to a registered component. */
  | { readonly to: "component"; readonly id: string; readonly packet: Packet; readonly arrival: Arrival }
  /** The packet leaves AWS through component `via` (internet, on-premises, an AWS service). */
  | { readonly to: "exit"; readonly via: string; readonly packet: Packet; readonly network: "internet" | "on-premises" | "aws-service" };

/** A family's answer for one hop. */
export type HopOutcome =
  /** Forward: the hops to show, then the next step(s). Several steps are alternatives tried in order (first delivered wins). */
  | { readonly kind: "next"; readonly hops: readonly Hop[]; readonly next: readonly Step[] }
  /** Blocked here. `hops` ends with the component that blocks. */
  | { readonly kind: "blocked"; readonly hops: readonly Hop[]; readonly explanation: Explanation }
  /** This component is the end of the leg (ctx.isTarget(id) was true). The reply starts at `replyFrom` (default: this component, via "outside"); "none" makes the analysis forward-only. */
  | { readonly kind: "delivered"; readonly hops: readonly Hop[]; readonly replyFrom?: string | "none"; readonly packet?: Packet };

/** The flow's memory: what stateful components recorded on the forward leg for the return leg. */
export interface FlowState {
  /** Interfaces whose security groups admitted the forward packet (the reply passes them, 5.3). */
  readonly sgAdmitted: Set<string>;
  /** Per component: NAT translation, chosen load balancer node and target, etc. */
  readonly memory: Map<string, unknown>;
  /** Additional detail codes to report (e.g. UNIDIRECTIONAL_PATH_ANALYSIS_ONLY, which also skips the return leg). */
  readonly details: Set<ExplanationCode>;
}

/** What the core offers a family while tracing. */
export interface HopContext {
  readonly model: Model;
  readonly leg: "forward" | "return";
  readonly flow: FlowState;
  /** True when `componentId` is the end of this leg (the query destination on the forward leg, the source on return). */
  isTarget(componentId: string): boolean;
  /** A hop for a component (Id, Name) with extra fields (headers, rules, Vpc, ...). */
  hop(id: string, extra?: Omit<Hop, "Component">): Hop;
  /** Evaluates a subnet's NACL; returns the hop to show and, when denied, the explanation. */
  nacl(subnetId: string, direction: "ingress" | "egress", packet: Packet): { hop: Hop; blocked?: Explanation };
  /** Builds an explanation; the sentence comes from explain.ts unless given. */
  explain(code: ExplanationCode, fields: Omit<Explanation, "ExplanationCode" | "Explanation">, packet: Packet, sentence?: string): Explanation;
  /** The interface in `vpcId` whose private address is `address`. */
  interfaceAt(vpcId: string, address: Address): Eni | undefined;
  /** PacketHeader of a packet, for InboundHeader/OutboundHeader. */
  header: (packet: Packet) => import("./packet").PacketHeader;
}

/** What the core offers a family at load time. */
export interface LoadContext {
  /** The core model: VPCs, subnets, interfaces, route tables, groups, ACLs, prefix lists, and the parsed snapshot. */
  readonly model: Model;
  /** Parses (once) a top-level key declared in the family's `sections`; errors refuse the snapshot with a JSON path. */
  section<T>(key: string, schema: Shape<T>): T[];
  /** Registers a component so routes, queries and dispatch can find it. Refuses duplicate ids. */
  register<T>(entry: Omit<ComponentEntry<T>, "family">): ComponentEntry<T>;
  /** Marks an existing interface as this component's (e.g. a NAT gateway's ENI); packets delivered to it go to the family. */
  claimInterface(eniId: string, componentId: string): void;
  /** Adds (or completes) a managed interface for a component, e.g. a NAT gateway ENI missing from the snapshot. */
  addInterface(spec: InterfaceSpec, componentId: string): Eni;
  /**
   * Adds a route to a VPC route table (e.g. propagated VPN routes). `destination` is a CIDR, or for kind
   * "prefix-list" the id of a prefix list in PrefixLists (a gateway endpoint's route, 9.1).
   */
  addRoute(routeTableId: string, spec: { destination: string; target: { field: RouteTargetField; id: string }; kind: "static" | "propagated" | "prefix-list"; origin?: string }): void;
  /** Refuses the snapshot. */
  refuse(path: string, expected: string, reason: string): never;
}

export interface InterfaceSpec {
  readonly id: string;
  readonly subnetId: string;
  readonly privateIp: string;
  readonly publicIp?: string;
  readonly groupIds?: readonly string[];
  readonly interfaceType?: string;
  readonly description?: string;
  /** JSON paths of the snapshot fields these values come from, so that a refusal names them (default: a pseudo-path naming the interface). */
  readonly paths?: { readonly subnetId?: string; readonly privateIp?: string; readonly publicIp?: string; readonly groups?: string; readonly ipv6?: string };
}

/** Where a query's source starts. */
export type SourceEndpoint =
  /** At an interface (an instance's or a bare ENI): the packet leaves it. */
  | { readonly kind: "interface"; readonly eniId: string }
  /** Outside AWS, entering through a component (an IGW, a VPN connection, a VIF, ...). */
  | { readonly kind: "component"; readonly componentId: string; readonly defaultSourceAddress: Address; readonly addressing: "public" | "private" };

/** Where the forward leg ends. */
export type Target =
  | { readonly kind: "interface"; readonly eniId: string }
  | { readonly kind: "address"; readonly address: Address }
  | { readonly kind: "component"; readonly id: string };

export interface DestinationEndpoint {
  readonly target: Target;
  /** The packet's destination address; when absent the core picks the interface's private (or public) address. */
  readonly address?: Address;
  /**
   * Other addresses the component answers at (another load balancer node, another interface of an endpoint), in
   * order: when no path is found through `address` and the query does not fix the address, each is tried and the
   * first found path is the answer (RA shows a path when one exists, semantics 0.3).
   */
  readonly alternatives?: readonly Address[];
}

export interface ResolveContext {
  readonly model: Model;
  readonly query: Query;
  /** For destinations: the already resolved source. */
  readonly source?: SourceEndpoint;
}

export interface ComponentFamily {
  /** Unique family name, e.g. "internet-gateway". */
  readonly name: string;
  /** Top-level snapshot keys this family reads, with the shape of one item (`shape.ts`; validated at load). */
  readonly sections?: Readonly<Record<string, Shape<unknown>>>;
  /** Load: register components, claim or add interfaces, add routes, validate. Runs after the core model is built. */
  load?(ctx: LoadContext): void;
  /** A packet arrives at one of this family's components. */
  receive(ctx: HopContext, component: ComponentEntry, packet: Packet, arrival: Arrival): HopOutcome;
  /** A query Source naming one of this family's components. */
  resolveSource?(ctx: ResolveContext, component: ComponentEntry): SourceEndpoint | undefined;
  /** A query Destination naming one of this family's components. */
  resolveDestination?(ctx: ResolveContext, component: ComponentEntry): DestinationEndpoint | undefined;
  /** Other entries to destination interface `eniId` when the direct path to it fails (a load balancer whose registered target it is): the packet's destination address and port for each, tried in order (through-components.ts). */
  entriesTo?(ctx: ResolveContext, eniId: string): readonly { readonly address: Address; readonly port: number }[];
  /** Does this component join the two VPCs (peering, a transit gateway both attach to)? When no component of any family does, a failed path between them is DISCONNECTED_VPCS. */
  connects?(component: ComponentEntry, vpcA: string, vpcB: string): boolean;
}

/**
 * FlowState.memory keys for families that hand a flow on to a target of their choosing (load balancers,
 * PrivateLink). `deliverAtKey(eniId)` holds the front interfaces (string[]) the flow was addressed to: delivery at
 * `eniId` ends the leg when the leg's target is a component or one of those front interfaces (the target a load
 * balancer chose). `replyViaKey(eniId)` holds a component id: on the return leg, a reply leaving `eniId` is handed
 * to that component (arrival via "interface", with that eniId) instead of being routed (a Network Load Balancer
 * that preserved the client's address takes its target's reply back, semantics 10.6).
 */
export const deliverAtKey = (eniId: string): string => `deliver-at:${eniId}`;
/**
 * Holds `true` when a component handed the flow to an address no interface of the snapshot holds (a load
 * balancer's IP target on premises, over VPN or Direct Connect): a packet for that address that leaves AWS ends
 * the leg when the leg's target is a component.
 */
export const deliverAtAddressKey = (address: Address): string => `deliver-at-address:${address.family}:${address.value}`;
export const replyViaKey = (eniId: string): string => `reply-via:${eniId}`;
