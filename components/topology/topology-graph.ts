/**
 * From a loaded model to the things an AWS architecture diagram shows: VPCs, their Availability Zones and
 * subnets (public when their route table routes to an internet gateway), what runs in each subnet, the gateways on
 * each VPC's edge, the connections between VPCs, and the internet and on-premises outside. No positions here
 * (see layout.ts): this is the data, in a deterministic order (ids sorted).
 */
import type { Model } from "@/lib/reachability";
import { addressText } from "@/components/network/address-text";
import { inactivePeeringText } from "@/components/network/peering-state";
import type { ModelComponent, ModelEni, ModelSubnet } from "@/components/network/model-types";

export type NodeKind =
  | "instance"
  | "network-interface"
  | "nat-gateway"
  | "vpc-endpoint"
  | "load-balancer"
  | "transit-gateway-attachment"
  | "internet-gateway"
  | "egress-only-internet-gateway"
  | "gateway-endpoint"
  | "vpn-gateway"
  | "vpc-peering-connection"
  | "transit-gateway"
  | "internet"
  | "on-premises";

/** A drawn component. `id` is unique in the diagram; `componentIds` are the engine ids it stands for. */
export interface TopologyNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Short label: the Name tag, else the id. */
  readonly label: string;
  readonly componentIds: readonly string[];
  readonly vpcId?: string;
  readonly subnetId?: string;
  readonly availabilityZone?: string;
  readonly privateIps: readonly string[];
  readonly publicIps: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly state?: string;
}

export interface TopologySubnet {
  readonly id: string;
  readonly label: string;
  readonly cidr: string;
  readonly availabilityZone: string;
  readonly isPublic: boolean;
  readonly routeTableId: string;
  readonly aclId: string;
  readonly nodes: readonly TopologyNode[];
}

export interface TopologyAz {
  readonly name: string;
  readonly subnets: readonly TopologySubnet[];
}

export interface TopologyVpc {
  readonly id: string;
  readonly label: string;
  readonly cidrs: readonly string[];
  readonly azs: readonly TopologyAz[];
  /** Gateways drawn on the VPC's top edge (internet side): IGW, egress-only IGW, gateway endpoints. */
  readonly topEdge: readonly TopologyNode[];
  /** Gateways drawn on the VPC's bottom edge (on-premises side): virtual private gateways. */
  readonly bottomEdge: readonly TopologyNode[];
}

export interface TopologyLink {
  readonly from: string;
  readonly to: string;
  readonly kind: "internet" | "on-premises" | "peering" | "transit-gateway";
  /** A link to a peering connection that is not active (pending acceptance, provisioning): drawn dashed. */
  readonly pending?: boolean;
}

export interface Topology {
  readonly vpcs: readonly TopologyVpc[];
  /** Peering connections and transit gateways: drawn between VPCs. */
  readonly connections: readonly TopologyNode[];
  readonly internet?: TopologyNode;
  readonly onPremises?: TopologyNode;
  readonly links: readonly TopologyLink[];
  /** Engine ids (components, ENIs, subnets, route tables, NACLs) to the diagram node or subnet that stands for them. */
  readonly anchors: ReadonlyMap<string, string>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function ipsOf(enis: readonly ModelEni[]): { privateIps: string[]; publicIps: string[] } {
  const privateIps: string[] = [];
  const publicIps: string[] = [];
  for (const eni of enis) {
    for (const a of eni.privateIps) privateIps.push(addressText(a));
    for (const a of eni.ipv6) privateIps.push(addressText(a));
    for (const p of eni.publicIps.values()) publicIps.push(addressText(p));
  }
  return { privateIps, publicIps };
}

function dataField(c: ModelComponent, field: string): unknown {
  const data = c.data;
  return data !== null && typeof data === "object" ? (data as Record<string, unknown>)[field] : undefined;
}

function stringField(c: ModelComponent, field: string): string | undefined {
  const v = dataField(c, field);
  return typeof v === "string" ? v : undefined;
}

function stringList(c: ModelComponent, field: string): string[] {
  const v = dataField(c, field);
  if (v instanceof Set) return [...v].filter((x): x is string => typeof x === "string");
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** A subnet is public when its route table has a route to an internet gateway (AWS's definition). */
export function isPublicSubnet(model: Model, subnet: ModelSubnet): boolean {
  const table = model.routeTables.get(subnet.routeTableId);
  return !!table?.routes.some((r) => r.state === "active" && model.components.get(r.target.id)?.kind === "internet-gateway");
}

export function buildTopology(model: Model): Topology {
  const anchors = new Map<string, string>();
  const components = [...new Set(model.components.values())].sort(byId);
  const links: TopologyLink[] = [];

  // Nodes inside subnets, by subnet id.
  const inSubnet = new Map<string, TopologyNode[]>();
  const push = (subnetId: string, node: TopologyNode) => {
    const list = inSubnet.get(subnetId) ?? [];
    list.push(node);
    inSubnet.set(subnetId, list);
  };
  const enisOf = (ids: readonly string[]) => ids.map((id) => model.enis.get(id)).filter((e): e is ModelEni => !!e);
  const claimed = new Set<string>();

  for (const instance of [...model.instances.values()].sort(byId)) {
    const enis = enisOf(instance.eniIds);
    const primary = enis[0];
    if (!primary) continue;
    for (const e of enis) claimed.add(e.id);
    const subnet = model.subnets.get(primary.subnetId);
    const node: TopologyNode = {
      id: instance.id,
      kind: "instance",
      label: instance.name ?? instance.id,
      componentIds: [instance.id, ...enis.map((e) => e.id)],
      vpcId: primary.vpcId,
      subnetId: primary.subnetId,
      ...(subnet?.availabilityZone ? { availabilityZone: subnet.availabilityZone } : {}),
      ...ipsOf(enis),
      securityGroupIds: [...new Set(enis.flatMap((e) => e.groupIds))],
      state: instance.state,
    };
    push(primary.subnetId, node);
  }

  // Interfaces owned by a component (NAT gateway, load balancer node, endpoint, attachment): one node per owner and subnet.
  const owned = new Map<string, ModelEni[]>();
  for (const eni of [...model.enis.values()].sort(byId)) {
    if (claimed.has(eni.id)) continue;
    const key = eni.ownerId ? `${eni.ownerId}@${eni.subnetId}` : eni.id;
    owned.set(key, [...(owned.get(key) ?? []), eni]);
  }
  const subnetsPerOwner = new Map<string, number>();
  for (const key of owned.keys()) {
    const owner = key.includes("@") ? key.slice(0, key.lastIndexOf("@")) : undefined;
    if (owner) subnetsPerOwner.set(owner, (subnetsPerOwner.get(owner) ?? 0) + 1);
  }
  for (const [key, enis] of [...owned.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const eni = enis[0] as ModelEni;
    const owner = eni.ownerId ? model.components.get(eni.ownerId) : undefined;
    if (owner?.kind === "transit-gateway-attachment") continue; // drawn as its transit gateway
    const subnet = model.subnets.get(eni.subnetId);
    const kind: NodeKind = !owner
      ? "network-interface"
      : owner.kind === "nat-gateway" || owner.kind === "load-balancer"
        ? owner.kind
        : owner.kind.includes("endpoint")
          ? "vpc-endpoint"
          : "network-interface";
    const id = owner ? ((subnetsPerOwner.get(owner.id) ?? 0) > 1 ? key : owner.id) : eni.id;
    push(eni.subnetId, {
      id,
      kind,
      label: owner ? owner.name ?? owner.id : eni.name ?? eni.id,
      componentIds: [...(owner ? [owner.id] : []), ...enis.map((e) => e.id)],
      vpcId: eni.vpcId,
      subnetId: eni.subnetId,
      ...(subnet?.availabilityZone ? { availabilityZone: subnet.availabilityZone } : {}),
      ...ipsOf(enis),
      securityGroupIds: [...new Set(enis.flatMap((e) => e.groupIds))],
    });
  }

  // VPC edges and connections.
  const topEdge = new Map<string, TopologyNode[]>();
  const bottomEdge = new Map<string, TopologyNode[]>();
  const connections: TopologyNode[] = [];
  let internet: TopologyNode | undefined;
  let onPremises: TopologyNode | undefined;
  const edgeNode = (c: ModelComponent, kind: NodeKind): TopologyNode => ({
    id: c.id,
    kind,
    label: c.name ?? c.id,
    componentIds: [c.id],
    ...(c.vpcId ? { vpcId: c.vpcId } : {}),
    privateIps: [],
    publicIps: [],
    securityGroupIds: [],
  });
  const ensureInternet = () =>
    (internet ??= { id: "internet", kind: "internet", label: "Internet", componentIds: [], privateIps: [], publicIps: [], securityGroupIds: [] });
  const ensureOnPremises = () =>
    (onPremises ??= { id: "on-premises", kind: "on-premises", label: "On-premises", componentIds: [], privateIps: [], publicIps: [], securityGroupIds: [] });

  for (const c of components) {
    switch (c.kind) {
      case "internet-gateway":
      case "egress-only-internet-gateway":
      case "gateway-endpoint": {
        if (!c.vpcId) break;
        const node = edgeNode(c, c.kind);
        topEdge.set(c.vpcId, [...(topEdge.get(c.vpcId) ?? []), node]);
        if (c.kind !== "gateway-endpoint") links.push({ from: ensureInternet().id, to: c.id, kind: "internet" });
        break;
      }
      case "vpn-gateway": {
        if (!c.vpcId) break;
        bottomEdge.set(c.vpcId, [...(bottomEdge.get(c.vpcId) ?? []), edgeNode(c, "vpn-gateway")]);
        if (stringList(c, "connectionIds").length > 0) links.push({ from: c.id, to: ensureOnPremises().id, kind: "on-premises" });
        break;
      }
      case "vpc-peering-connection": {
        const a = stringField(c, "requesterVpcId");
        const b = stringField(c, "accepterVpcId");
        const status = stringField(c, "status");
        connections.push({ ...edgeNode(c, "vpc-peering-connection"), ...(status ? { state: status } : {}) });
        const pending = !!inactivePeeringText(status);
        for (const v of [a, b]) if (v && model.vpcs.has(v)) links.push({ from: v, to: c.id, kind: "peering", ...(pending ? { pending } : {}) });
        break;
      }
      case "transit-gateway": {
        connections.push(edgeNode(c, "transit-gateway"));
        break;
      }
      case "vpn-connection":
      case "customer-gateway":
      case "virtual-interface":
      case "direct-connect-gateway":
        anchors.set(c.id, ensureOnPremises().id);
        break;
      default:
        break;
    }
  }
  // Transit gateway attachments: a link from the transit gateway to each attached VPC; attachment ids anchor on the TGW.
  for (const c of components) {
    if (c.kind !== "transit-gateway-attachment") continue;
    const tgwIds = stringList(c, "transitGatewayIds");
    const tgw = tgwIds[0];
    if (!tgw) continue;
    anchors.set(c.id, tgw);
    if (c.vpcId && model.vpcs.has(c.vpcId)) links.push({ from: c.vpcId, to: tgw, kind: "transit-gateway" });
    const resource = stringField(c, "resourceType");
    if (resource === "vpn" || resource === "direct-connect-gateway") links.push({ from: tgw, to: ensureOnPremises().id, kind: "on-premises" });
  }
  for (const c of components) if (c.kind === "transit-gateway-route-table") {
    const tgw = stringField(c, "transitGatewayId");
    if (tgw) anchors.set(c.id, tgw);
  }

  const vpcs: TopologyVpc[] = [...model.vpcs.values()].sort(byId).map((vpc) => {
    const subnets = vpc.subnetIds
      .map((id) => model.subnets.get(id))
      .filter((s): s is ModelSubnet => !!s)
      .map<TopologySubnet>((s) => ({
        id: s.id,
        label: s.name ?? s.id,
        cidr: s.cidr4?.text ?? s.cidrs6[0]?.text ?? "",
        availabilityZone: s.availabilityZone ?? "(no AZ)",
        isPublic: isPublicSubnet(model, s),
        routeTableId: s.routeTableId,
        aclId: s.aclId,
        nodes: (inSubnet.get(s.id) ?? []).sort(byId),
      }));
    const azNames = [...new Set(subnets.map((s) => s.availabilityZone))].sort();
    const azs = azNames.map((name) => ({
      name,
      subnets: subnets
        .filter((s) => s.availabilityZone === name)
        .sort((a, b) => (a.isPublic !== b.isPublic ? (a.isPublic ? -1 : 1) : byId(a, b))),
    }));
    return {
      id: vpc.id,
      label: vpc.name ?? vpc.id,
      cidrs: [...vpc.cidrs4, ...vpc.cidrs6].map((c) => c.text),
      azs,
      topEdge: (topEdge.get(vpc.id) ?? []).sort((a, b) => (a.kind === b.kind ? byId(a, b) : a.kind === "internet-gateway" ? -1 : b.kind === "internet-gateway" ? 1 : a.kind < b.kind ? -1 : 1)),
      bottomEdge: bottomEdge.get(vpc.id) ?? [],
    };
  });

  // Anchors: every engine id a path hop may name, to the diagram element that stands for it.
  for (const vpc of vpcs) {
    anchors.set(vpc.id, vpc.id);
    for (const n of [...vpc.topEdge, ...vpc.bottomEdge]) for (const id of n.componentIds) anchors.set(id, n.id);
    for (const az of vpc.azs)
      for (const s of az.subnets) {
        anchors.set(s.id, s.id);
        for (const n of s.nodes) for (const id of n.componentIds) if (!anchors.has(id)) anchors.set(id, n.id);
      }
  }
  for (const n of connections) anchors.set(n.id, n.id);
  for (const eni of model.enis.values()) if (!anchors.has(eni.id) && eni.ownerId && anchors.has(eni.ownerId)) anchors.set(eni.id, anchors.get(eni.ownerId) as string);

  return {
    vpcs,
    connections: connections.sort(byId),
    ...(internet ? { internet } : {}),
    ...(onPremises ? { onPremises } : {}),
    links: links.sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : a.from + a.to > b.from + b.to ? 1 : 0)),
    anchors,
  };
}
