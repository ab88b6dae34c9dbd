/**
 * Transit gateway route tables (semantics 8.5-8.11): routes compiled once at load into per-prefix-length maps,
 * and AWS's route evaluation: longest prefix match first; for the same CIDR, static (blackholes included), then
 * prefix-list references, then propagated routes by attachment type (VPC, Direct Connect gateway, Connect,
 * VPN, peering), 8.9. A static route hides an identical propagated one. IPv4 and IPv6 apart.
 */
import { maskOf, type Address, type Cidr, type Family } from "./cidr";

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

interface Lpm {
  readonly lengths: number[];
  readonly byLength: Map<number, Map<bigint, TgwRoute[]>>;
}

export interface TgwRouteTable {
  readonly id: string;
  readonly transitGatewayId: string;
  readonly routes: TgwRoute[];
  lpm?: Record<Family, Lpm>;
}

function compileFamily(routes: readonly TgwRoute[], family: Family): Lpm {
  const byLength = new Map<number, Map<bigint, TgwRoute[]>>();
  for (const r of routes) {
    if (r.destination.family !== family) continue;
    let bucket = byLength.get(r.destination.length);
    if (!bucket) byLength.set(r.destination.length, (bucket = new Map()));
    const list = bucket.get(r.destination.base);
    if (list) list.push(r);
    else bucket.set(r.destination.base, [r]);
  }
  for (const bucket of byLength.values()) for (const list of bucket.values()) list.sort((a, b) => TGW_ORIGIN_RANK[a.origin] - TGW_ORIGIN_RANK[b.origin] || a.index - b.index);
  return { lengths: [...byLength.keys()].sort((a, b) => b - a), byLength };
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
  for (const length of lpm.lengths) {
    const list = lpm.byLength.get(length)?.get(destination.value & maskOf(destination.family, length));
    if (list && list[0]) return { route: list[0], losers: list.slice(1) };
  }
  return { losers: [] };
}
