/**
 * The targets a route in a given route table may point at, as the console's Target list offers them: every
 * gateway, connection, endpoint, instance and network interface the engine knows that can carry traffic for
 * that route table's VPC, grouped by type (in the console's order) and sorted by id within a type.
 */
import type { Model } from "@/lib/reachability";
import { routeTargetField } from "./snapshot-edits";

export type RouteTargetGroup =
  | "Internet gateway"
  | "Egress-only internet gateway"
  | "NAT gateway"
  | "Virtual private gateway"
  | "Transit gateway"
  | "Peering connection"
  | "Gateway Load Balancer endpoint"
  | "Gateway endpoint"
  | "Instance"
  | "Network interface";

export interface RouteTargetOption {
  readonly id: string;
  /** The id, with the Name tag when there is one: "nat-a (nat-public-a)". */
  readonly label: string;
  readonly group: RouteTargetGroup;
}

export const ROUTE_TARGET_GROUPS: readonly RouteTargetGroup[] = [
  "Internet gateway",
  "Egress-only internet gateway",
  "NAT gateway",
  "Virtual private gateway",
  "Transit gateway",
  "Peering connection",
  "Gateway Load Balancer endpoint",
  "Gateway endpoint",
  "Instance",
  "Network interface",
];

/** Component kinds that can be a route target, with the group they are listed under. */
const COMPONENT_GROUP: Readonly<Record<string, RouteTargetGroup>> = {
  "internet-gateway": "Internet gateway",
  "egress-only-internet-gateway": "Egress-only internet gateway",
  "nat-gateway": "NAT gateway",
  "vpn-gateway": "Virtual private gateway",
  "transit-gateway": "Transit gateway",
  "vpc-peering-connection": "Peering connection",
  "gateway-load-balancer-endpoint": "Gateway Load Balancer endpoint",
  "gateway-endpoint": "Gateway endpoint",
};

type ModelComponentEntry = Model["components"] extends ReadonlyMap<string, infer V> ? V : never;

function strings(v: unknown): string[] {
  if (v instanceof Set) return [...v].filter((x): x is string => typeof x === "string");
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Whether a component serves `vpcId`: attached to it, inside it, or (peering) connecting it. */
function servesVpc(c: ModelComponentEntry, vpcId: string): boolean {
  const data = (c.data ?? {}) as Record<string, unknown>;
  switch (c.kind) {
    case "vpc-peering-connection":
      return data.requesterVpcId === vpcId || data.accepterVpcId === vpcId;
    case "transit-gateway":
      // A transit gateway is a target for the VPCs it has an attachment in.
      return strings(data.vpcIds).includes(vpcId);
    case "internet-gateway":
    case "egress-only-internet-gateway":
      return c.vpcId === vpcId || strings(data.vpcIds).includes(vpcId);
    default:
      return c.vpcId === vpcId;
  }
}

const label = (id: string, name: string | undefined) => (name && name !== id ? `${id} (${name})` : id);

export function routeTargetOptions(model: Model, routeTableId: string): RouteTargetOption[] {
  const vpcId = model.routeTables.get(routeTableId)?.vpcId;
  if (!vpcId) return [];
  const out = new Map<string, RouteTargetOption>();
  for (const c of model.components.values()) {
    const group = COMPONENT_GROUP[c.kind];
    if (!group || out.has(c.id) || !routeTargetField(model, c.id) || !servesVpc(c, vpcId)) continue;
    out.set(c.id, { id: c.id, label: label(c.id, c.name), group });
  }
  for (const i of model.instances.values()) {
    if (model.enis.get(i.eniIds[0] ?? "")?.vpcId === vpcId) out.set(i.id, { id: i.id, label: label(i.id, i.name), group: "Instance" });
  }
  // Interfaces a service manages (a NAT gateway's, an endpoint's) are reached through that service, not as targets.
  for (const e of model.enis.values()) {
    if (e.vpcId === vpcId && !e.ownerId) out.set(e.id, { id: e.id, label: label(e.id, e.name), group: "Network interface" });
  }
  const order = (o: RouteTargetOption) => ROUTE_TARGET_GROUPS.indexOf(o.group);
  return [...out.values()].sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
