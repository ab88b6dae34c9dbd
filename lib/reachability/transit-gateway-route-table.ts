/**
 * Transit gateway route tables (semantics 8.5-8.11): routes compiled once at load into per-prefix-length maps,
 * and AWS's route evaluation: longest prefix match first; for the same CIDR, static (blackholes included), then
 * prefix-list references, then propagated routes by attachment type (VPC, Direct Connect gateway, Connect,
 * VPN, peering), 8.9. A static route hides an identical propagated one. IPv4 and IPv6 apart.
 */
import { type Address, type Cidr, type Family } from "./cidr";
import { buildPrefixIndex, longestMatch, type PrefixIndex } from "./prefix-index";

/** Where a route came from, in AWS's priority order for the same CIDR (8.9): lower wins. */
export type TgwRouteOrigin = "static" | "prefix-list" | "vpc" | "direct-connect-gateway" | "connect" | "vpn" | "peering";

export const TGW_ORIGIN_RANK: Readonly<Record<TgwRouteOrigin, number>> = {
  static: 0,
  "prefix-list": 1,
  vpc: 2,
  "direct-connect-gateway": 3,
  connect: 4,
  vpn: 6,
  peering: 8,
};

/** RA's TransitGatewayRouteTableRoute. */
export interface TgwRouteOut {
  DestinationCidr: string;
  PrefixListId?: string;
  AttachmentId?: string;
  ResourceId?: string;
  ResourceType?: string;
  RouteOrigin: "static" | "propagated";
  State: "active" | "blackhole";
}

export interface TgwRoute {
  readonly destination: Cidr;
  readonly origin: TgwRouteOrigin;
  /** The attachment traffic goes to; undefined for a blackhole. */
  readonly attachmentId?: string;
  readonly blackhole: boolean;
  /** Position (stable tie-break: first listed or first propagated wins, 8.11). */
  readonly index: number;
  readonly out: TgwRouteOut;
}

type Lpm = PrefixIndex<TgwRoute>;

export interface TgwRouteTable {
  readonly id: string;
  readonly transitGatewayId: string;
  readonly routes: TgwRoute[];
  lpm?: Record<Family, Lpm>;
}

function compileFamily(routes: readonly TgwRoute[], family: Family): Lpm {
  return buildPrefixIndex(routes, family, (a, b) => TGW_ORIGIN_RANK[a.origin] - TGW_ORIGIN_RANK[b.origin] || a.index - b.index);
}

/** Builds the lookup structure (once, at load). */
export function compileTgwRouteTable(table: TgwRouteTable): TgwRouteTable {
  table.lpm = { 4: compileFamily(table.routes, 4), 6: compileFamily(table.routes, 6) };
  return table;
}

export interface TgwRouteChoice {
  readonly route?: TgwRoute;
  /** Routes for the same CIDR that lost on priority (TGW_RTB_HIGHER_PRIORITY_ROUTE context). */
  readonly losers: readonly TgwRoute[];
}

/** AWS's transit gateway route evaluation for one destination address (8.9). */
export function selectTgwRoute(table: TgwRouteTable, destination: Address): TgwRouteChoice {
  const lpm = (table.lpm ?? compileTgwRouteTable(table).lpm)![destination.family];
  const list = longestMatch(lpm, destination);
  return list?.[0] ? { route: list[0], losers: list.slice(1) } : { losers: [] };
}
