/**
 * The diagram as table rows (the table view): every drawn component with its subnet, AZ, addresses and whether
 * its subnet is public. Pure.
 */
import { inactivePeeringText } from "@/components/network/peering-state";
import { KIND_NAMES } from "./layout";
import type { Topology, TopologyNode } from "./topology-graph";

export interface ComponentRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly vpc: string;
  readonly subnet: string;
  readonly availabilityZone: string;
  readonly privateAddresses: string;
  readonly publicAddresses: string;
  readonly exposure: "Public subnet" | "Private subnet" | "VPC edge" | "Between VPCs" | "Outside AWS";
  readonly securityGroups: string;
}

/** "pending acceptance" for a peering connection that is not active yet. */
function inactiveText(n: TopologyNode): string | undefined {
  return n.kind === "vpc-peering-connection" ? inactivePeeringText(n.state) : undefined;
}

function row(n: TopologyNode, extra: Pick<ComponentRow, "vpc" | "subnet" | "availabilityZone" | "exposure">): ComponentRow {
  return {
    id: n.id,
    name: n.label,
    kind: inactiveText(n) ? `${KIND_NAMES[n.kind]} (${inactiveText(n)})` : KIND_NAMES[n.kind],
    privateAddresses: n.privateIps.join(", "),
    publicAddresses: n.publicIps.join(", "),
    securityGroups: n.securityGroupIds.join(", "),
    ...extra,
  };
}

export function componentRows(t: Topology): ComponentRow[] {
  const rows: ComponentRow[] = [];
  if (t.internet) rows.push(row(t.internet, { vpc: "", subnet: "", availabilityZone: "", exposure: "Outside AWS" }));
  for (const vpc of t.vpcs) {
    for (const g of vpc.topEdge) rows.push(row(g, { vpc: vpc.id, subnet: "", availabilityZone: "", exposure: "VPC edge" }));
    for (const az of vpc.azs)
      for (const s of az.subnets)
        for (const n of s.nodes)
          rows.push(row(n, { vpc: vpc.id, subnet: `${s.id} (${s.cidr})`, availabilityZone: az.name, exposure: s.isPublic ? "Public subnet" : "Private subnet" }));
    for (const g of vpc.bottomEdge) rows.push(row(g, { vpc: vpc.id, subnet: "", availabilityZone: "", exposure: "VPC edge" }));
  }
  for (const c of t.connections) rows.push(row(c, { vpc: "", subnet: "", availabilityZone: "", exposure: "Between VPCs" }));
  if (t.onPremises) rows.push(row(t.onPremises, { vpc: "", subnet: "", availabilityZone: "", exposure: "Outside AWS" }));
  return rows;
}

/** The accessible name of a drawn component: what it is, where, and its addresses. */
export function accessibleName(n: TopologyNode, subnet?: { id: string; isPublic: boolean }): string {
  const parts = [`${n.label}${n.label !== n.id ? ` (${n.id})` : ""}`, KIND_NAMES[n.kind]];
  const inactive = inactiveText(n);
  if (inactive) parts.push(inactive);
  if (subnet) parts.push(`in ${subnet.isPublic ? "public" : "private"} subnet ${subnet.id}${n.availabilityZone ? `, ${n.availabilityZone}` : ""}`);
  else if (n.vpcId && n.kind !== "vpc-peering-connection" && n.kind !== "transit-gateway") parts.push(`on the edge of ${n.vpcId}`);
  if (n.privateIps.length > 0) parts.push(`private ${n.privateIps.join(", ")}`);
  if (n.publicIps.length > 0) parts.push(`public ${n.publicIps.join(", ")}`);
  return parts.join(", ");
}
