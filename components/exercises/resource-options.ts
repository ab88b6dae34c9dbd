/**
 * What the small console-like editors offer, read from the snapshot being edited, and the new field values a
 * choice makes (AWS's shapes): load balancer schemes, the subnets a NAT gateway can move to, the virtual private
 * gateways a route table can propagate from, and the attachments a transit gateway route table can associate
 * with or propagate from. Pure.
 */
import type { FieldOption } from "@/components/editors/SelectFieldEditor";
import type { ToggleItem } from "@/components/editors/ToggleListEditor";
import { findResource } from "./submission-changes";

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Json[]) : []);
const nameOf = (item: Json): string | undefined => list(item.Tags).find((t) => t.Key === "Name")?.Value as string | undefined;

export const SCHEME_OPTIONS: readonly FieldOption[] = [
  { value: "internet-facing", label: "Internet-facing" },
  { value: "internal", label: "Internal" },
];

/** The subnets of the NAT gateway's VPC, as "subnet-public-a (public-a, 10.0.1.0/24, us-east-1a)". */
export function natSubnetOptions(snapshot: Readonly<Json>, natId: string): FieldOption[] {
  const nat = findResource(snapshot, "NatGateways", natId);
  const vpcId = nat?.VpcId;
  return list(snapshot.Subnets)
    .filter((s) => !vpcId || s.VpcId === vpcId)
    .map((s) => {
      const details = [nameOf(s), s.CidrBlock, s.AvailabilityZone].filter(Boolean).join(", ");
      return { value: String(s.SubnetId), label: `${String(s.SubnetId)}${details ? ` (${details})` : ""}` };
    });
}

/** Virtual private gateways attached to the route table's VPC, ticked when the table propagates their routes. */
export function propagationItems(snapshot: Readonly<Json>, routeTableId: string): ToggleItem[] {
  const table = findResource(snapshot, "RouteTables", routeTableId);
  const vpcId = table?.VpcId;
  const on = new Set(list(table?.PropagatingVgws).map((p) => p.GatewayId));
  return list(snapshot.VpnGateways)
    .filter((g) => list(g.VpcAttachments).some((a) => a.VpcId === vpcId))
    .map((g) => ({ id: String(g.VpnGatewayId), label: String(g.VpnGatewayId) + (nameOf(g) ? ` (${nameOf(g)})` : ""), on: on.has(g.VpnGatewayId) }));
}

export function withPropagation(snapshot: Readonly<Json>, routeTableId: string, gatewayId: string, on: boolean): Json[] {
  const current = list(findResource(snapshot, "RouteTables", routeTableId)?.PropagatingVgws).filter((p) => p.GatewayId !== gatewayId);
  return on ? [...current, { GatewayId: gatewayId }] : current;
}

interface Attachment {
  readonly TransitGatewayAttachmentId: string;
  readonly ResourceId?: string;
  readonly ResourceType?: string;
}

/** Every attachment of the route table's transit gateway, from the attachment lists and every table of that gateway. */
export function tgwAttachments(snapshot: Readonly<Json>, tgwRouteTableId: string): Attachment[] {
  const table = findResource(snapshot, "TransitGatewayRouteTables", tgwRouteTableId);
  const tgwId = table?.TransitGatewayId;
  const found = new Map<string, Attachment>();
  const add = (a: Json) => {
    const id = a.TransitGatewayAttachmentId;
    if (typeof id !== "string" || found.has(id)) return;
    found.set(id, { TransitGatewayAttachmentId: id, ...(typeof a.ResourceId === "string" ? { ResourceId: a.ResourceId } : typeof a.VpcId === "string" ? { ResourceId: a.VpcId } : {}), ...(typeof a.ResourceType === "string" ? { ResourceType: a.ResourceType } : typeof a.VpcId === "string" ? { ResourceType: "vpc" } : {}) });
  };
  for (const key of ["TransitGatewayAttachments", "TransitGatewayVpcAttachments"]) for (const a of list(snapshot[key])) if (!tgwId || a.TransitGatewayId === tgwId) add(a);
  for (const t of list(snapshot.TransitGatewayRouteTables)) {
    if (tgwId && t.TransitGatewayId !== tgwId) continue;
    for (const a of [...list(t.Associations), ...list(t.Propagations)]) add(a);
  }
  return [...found.values()].sort((a, b) => (a.TransitGatewayAttachmentId < b.TransitGatewayAttachmentId ? -1 : 1));
}

const attachmentLabel = (a: Attachment) => `${a.TransitGatewayAttachmentId}${a.ResourceId ? ` (${a.ResourceType ?? "resource"} ${a.ResourceId})` : ""}`;

export function tgwItems(snapshot: Readonly<Json>, tgwRouteTableId: string, field: "Associations" | "Propagations"): ToggleItem[] {
  const on = new Set(list(findResource(snapshot, "TransitGatewayRouteTables", tgwRouteTableId)?.[field]).map((a) => a.TransitGatewayAttachmentId));
  return tgwAttachments(snapshot, tgwRouteTableId).map((a) => ({ id: a.TransitGatewayAttachmentId, label: attachmentLabel(a), on: on.has(a.TransitGatewayAttachmentId) }));
}

export function withTgwEntry(snapshot: Readonly<Json>, tgwRouteTableId: string, field: "Associations" | "Propagations", attachmentId: string, on: boolean): Json[] {
  const current = list(findResource(snapshot, "TransitGatewayRouteTables", tgwRouteTableId)?.[field]).filter((a) => a.TransitGatewayAttachmentId !== attachmentId);
  if (!on) return current;
  const a = tgwAttachments(snapshot, tgwRouteTableId).find((x) => x.TransitGatewayAttachmentId === attachmentId) ?? { TransitGatewayAttachmentId: attachmentId };
  return [...current, { ...a, State: field === "Associations" ? "associated" : "enabled" }];
}
