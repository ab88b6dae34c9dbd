/**
 * VPC route tables: routes compiled at load into per-prefix-length maps, and the AWS route selection
 * (semantics 1.3-1.10): longest prefix match; for the same prefix static > prefix list > propagated (1.7-1.9);
 * the local route beats a more specific propagated route (1.6); IPv4 and IPv6 apart (1.4).
 */
import { cidrContains, type Address, type Cidr, type Family } from "./cidr";
import { buildPrefixIndex, longestMatch, type PrefixIndex } from "./prefix-index";

/** The route field that names the target, as in `describe-route-tables`. */
export type RouteTargetField =
  | "GatewayId"
  | "NatGatewayId"
  | "TransitGatewayId"
  | "VpcPeeringConnectionId"
  | "NetworkInterfaceId"
  | "InstanceId"
  | "EgressOnlyInternetGatewayId"
  | "LocalGatewayId"
  | "CarrierGatewayId"
  | "CoreNetworkArn";

export const ROUTE_TARGET_FIELDS: readonly RouteTargetField[] = [
  "GatewayId",
  "NatGatewayId",
  "TransitGatewayId",
  "VpcPeeringConnectionId",
  "NetworkInterfaceId",
  "InstanceId",
  "EgressOnlyInternetGatewayId",
  "LocalGatewayId",
  "CarrierGatewayId",
  "CoreNetworkArn",
];

export interface RouteTarget {
  readonly field: RouteTargetField;
  /** The target id, or "local" for the VPC's local route. */
  readonly id: string;
}

/** How the route came to be; decides priority between routes with the same prefix. */
export type RouteKind = "local" | "static" | "prefix-list" | "propagated";

/** RA's RouteTableRoute (AWS: AnalysisRouteTableRoute). */
export interface RouteTableRouteOut {
  DestinationCidr?: string;
  DestinationPrefixListId?: string;
  EgressOnlyInternetGatewayId?: string;
  GatewayId?: string;
  InstanceId?: string;
  NatGatewayId?: string;
  NetworkInterfaceId?: string;
  Origin?: string;
  TransitGatewayId?: string;
  VpcPeeringConnectionId?: string;
  State?: string;
  CarrierGatewayId?: string;
  CoreNetworkArn?: string;
  LocalGatewayId?: string;
}

export interface Route {
  readonly destination: Cidr;
  readonly prefixListId?: string;
  readonly target: RouteTarget;
  readonly kind: RouteKind;
  readonly state: "active" | "blackhole";
  /** Position in the table (stable tie-break). */
  readonly index: number;
  readonly out: RouteTableRouteOut;
}

interface Lpm extends PrefixIndex<Route> {
  /** The table's local routes of this family (1.6: they beat propagated routes even when less specific). */
  readonly locals: Route[];
}

export interface RouteTable {
  readonly id: string;
  readonly vpcId: string;
  readonly name?: string;
  readonly isMain: boolean;
  /** Subnets explicitly associated. */
  readonly subnetIds: string[];
  /** Gateways (IGW, VGW) with an edge association: this is their gateway route table (1.12). */
  readonly gatewayIds: string[];
  readonly routes: Route[];
  lpm?: { 4: Lpm; 6: Lpm };
}

const KIND_RANK: Record<RouteKind, number> = { local: 0, static: 1, "prefix-list": 2, propagated: 3 };

function compileFamily(routes: Route[], family: Family): Lpm {
  const index = buildPrefixIndex(routes, family, (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.index - b.index);
  return { ...index, locals: routes.filter((r) => r.kind === "local" && r.destination.family === family) };
}

/** Builds the lookup structure (once, at load). */
export function compileRouteTable(table: RouteTable): RouteTable {
  table.lpm = { 4: compileFamily(table.routes, 4), 6: compileFamily(table.routes, 6) };
  return table;
}

export interface RouteChoice {
  /** The route that decides, or undefined when none applies (NO_ROUTE_TO_DESTINATION). */
  readonly route?: Route;
  /** Other routes that matched the destination and lost (more specific or higher priority won). */
  readonly losers: readonly Route[];
}

/** AWS route selection for one destination address. */
export function selectRoute(table: RouteTable, destination: Address): RouteChoice {
  const lpm = (table.lpm ?? compileRouteTable(table).lpm)![destination.family];
  const candidates = longestMatch(lpm, destination);
  const best = candidates?.[0];
  if (!candidates || !best) return { route: undefined, losers: [] };
  if (best.kind === "propagated") {
    // 1.6: a propagated route never beats the local route, even when more specific.
    const local = lpm.locals.find((r) => cidrContains(r.destination, destination));
    if (local) return { route: local, losers: candidates };
  }
  return { route: best, losers: candidates.slice(1) };
}

/** Rank used in documentation and tests: lower wins for the same prefix. */
export function routeKindRank(kind: RouteKind): number {
  return KIND_RANK[kind];
}
