/**
 * Transit gateways (semantics 8.x, 6.11, 11.5, 12.1): a Regional router with attachments (VPC, VPN, Direct
 * Connect gateway, peering). Per attachment exactly one associated route table decides the next hop (8.5);
 * propagation installs VPC CIDRs and VPN static prefixes as AWS does (8.6); routes listed with `Type: propagated`
 * are taken as given; static and blackhole routes (8.8); LPM then the priority of 8.9 (transit-gateway-route-table.ts).
 * A VPC attachment has one subnet per AZ: traffic from an AZ without one is dropped (8.2), traffic into a VPC
 * keeps the flow's AZ when it can, else the destination's AZ, else the first (8.3); appliance mode keeps one AZ
 * for both directions of a flow, without it a reply that crosses a middlebox VPC in another AZ than the request
 * is dropped (8.4, TGW_ATTACH_VPC_AZ_RESTRICTION). NACLs around the attachment exactly as 6.11. VPC route tables
 * are never filled in from the transit gateway (8.7). Delivery into a VPC does not consult the destination
 * subnet's route table (8.12; the reply does). Everything is compiled at load; a query does map lookups only.
 */
import type { Hop } from "./analysis";
import { cidrContains, parseCidr, type Address, type Cidr } from "./cidr";
import type { ComponentEntry, ComponentFamily, HopContext, HopOutcome, LoadContext, Step } from "./family";
import {
  dxAssociations,
  isOn,
  TransitGatewayAttachmentSchema,
  TransitGatewayRouteTableSchema,
  TransitGatewaySchema,
  TransitGatewayVpcAttachmentSchema,
  VirtualInterfaceSchema,
  VpnConnectionSchema,
  type TransitGatewayRouteTableJson,
} from "./gateway-sections";
import { nameOf, vpcCidrsContain, type Model } from "./model";
import { formatAddress } from "./cidr";
import { DEFAULT_ON_PREMISES_V4 } from "./on-premises";
import type { Packet } from "./packet";
import { selectRoute } from "./route-table";
import { compileTgwRouteTable, selectTgwRoute, TGW_ORIGIN_RANK, type TgwRoute, type TgwRouteOrigin, type TgwRouteTable } from "./transit-gateway-route-table";

export const TRANSIT_GATEWAY_FAMILY = "transit-gateway";

export interface TransitGatewayData {
  readonly state: string;
  /** Options.SecurityGroupReferencingSupport is enable (AWS's default: disable). */
  readonly sgReferencing: boolean;
  /** VPCs with an attachment to this transit gateway. */
  readonly vpcIds: Set<string>;
}

export interface AttachmentSubnet {
  readonly subnetId: string;
  readonly availabilityZone?: string;
}

export interface TransitGatewayAttachmentData {
  readonly id: string;
  /** The transit gateway(s): one, or both ends of a peering attachment. */
  readonly transitGatewayIds: string[];
  readonly resourceType: string;
  readonly resourceId?: string;
  readonly state: string;
  readonly vpcId?: string;
  /** One subnet per AZ (VPC attachments), sorted by AZ. Empty when the snapshot does not say. */
  readonly subnets: AttachmentSubnet[];
  readonly applianceMode: boolean;
  /** Security group references do not cross it: a VPC attachment with SecurityGroupReferencingSupport disable (AWS's default for attachments: enable), a peering attachment. */
  readonly sgReferencingDisabled?: boolean;
}

interface TgwIndex {
  readonly attachments: Map<string, TransitGatewayAttachmentData>;
  /** `${tgwId}|${vpcId}` and `${tgwId}|${resourceId}` → attachment. */
  readonly byResource: Map<string, TransitGatewayAttachmentData>;
  /** `${tgwId}|${attachmentId}` → associated route table id. */
  readonly association: Map<string, string>;
  readonly tables: Map<string, TgwRouteTable>;
}

const AVAILABLE = new Set(["available", "modifying"]);
const ASSOCIATED = new Set(["associated", "associating"]);
const PROPAGATING = new Set(["enabled", "enabling"]);

function index(model: Model): TgwIndex {
  return model.familyData.get(TRANSIT_GATEWAY_FAMILY) as TgwIndex;
}

/** The attachment of transit gateway `tgwId` for a resource (VPC, VPN connection, Direct Connect gateway). */
export function tgwAttachmentFor(model: Model, tgwId: string, resourceId: string): TransitGatewayAttachmentData | undefined {
  return (model.familyData.get(TRANSIT_GATEWAY_FAMILY) as TgwIndex | undefined)?.byResource.get(`${tgwId}|${resourceId}`);
}

function originOf(resourceType: string): TgwRouteOrigin {
  switch (resourceType) {
    case "vpc":
      return "vpc";
    case "vpn":
      return "vpn";
    case "direct-connect-gateway":
      return "direct-connect-gateway";
    case "connect":
      return "connect";
    default:
      return "peering";
  }
}

function load(ctx: LoadContext): void {
  const model = ctx.model;
  const idx: TgwIndex = { attachments: new Map(), byResource: new Map(), association: new Map(), tables: new Map() };
  model.familyData.set(TRANSIT_GATEWAY_FAMILY, idx);
  const tgws = ctx.section("TransitGateways", TransitGatewaySchema);
  const tgwData = new Map<string, TransitGatewayData>();
  tgws.forEach((t) => {
    const data: TransitGatewayData = { state: (t.State ?? "available").toLowerCase(), sgReferencing: isOn(t.Options?.SecurityGroupReferencingSupport), vpcIds: new Set() };
    tgwData.set(t.TransitGatewayId, data);
    ctx.register({ id: t.TransitGatewayId, kind: "transit-gateway", name: nameOf(t.Tags), data });
  });
  const tgwAt = (id: string | null | undefined, path: string): string => {
    if (!id) ctx.refuse(path, "the id of a transit gateway in TransitGateways", "it is missing");
    if (!tgwData.has(id)) ctx.refuse(path, "the id of a transit gateway in TransitGateways", `no transit gateway ${id} in the snapshot`);
    return id;
  };

  // --- Attachments: describe-transit-gateway-attachments and -vpc-attachments, merged by id.
  const names = new Map<string, string | undefined>();
  const hasAssociationField = new Set<string>();
  const listedAssociation = new Map<string, string>();
  const listedAssociationPath = new Map<string, string>();
  const addAttachment = (a: TransitGatewayAttachmentData, path: string) => {
    const prior = idx.attachments.get(a.id);
    if (prior) {
      // The same id seen from both ends of a peering attachment, or in both describe calls.
      if (prior.vpcId && a.vpcId && prior.vpcId !== a.vpcId) ctx.refuse(path, `the VPC the attachment is listed with elsewhere (${prior.vpcId})`, `${a.id} is also listed for ${a.vpcId}`);
      for (const t of a.transitGatewayIds) if (!prior.transitGatewayIds.includes(t)) prior.transitGatewayIds.push(t);
      if (a.subnets.length > 0 && prior.subnets.length === 0) prior.subnets.push(...a.subnets);
      if (a.applianceMode && !prior.applianceMode) (prior as { applianceMode: boolean }).applianceMode = true;
      if (a.sgReferencingDisabled) (prior as { sgReferencingDisabled?: boolean }).sgReferencingDisabled = true;
      if (!prior.vpcId && a.vpcId) (prior as { vpcId?: string }).vpcId = a.vpcId;
      return;
    }
    idx.attachments.set(a.id, a);
  };
  ctx.section("TransitGatewayAttachments", TransitGatewayAttachmentSchema).forEach((a, i) => {
    const path = `$.TransitGatewayAttachments[${i}]`;
    const tgwId = tgwAt(a.TransitGatewayId, `${path}.TransitGatewayId`);
    const type = (a.ResourceType ?? "vpc").toLowerCase();
    names.set(a.TransitGatewayAttachmentId, names.get(a.TransitGatewayAttachmentId) ?? nameOf(a.Tags));
    if (a.Association !== undefined) hasAssociationField.add(tgwId);
    if (a.Association?.TransitGatewayRouteTableId && ASSOCIATED.has((a.Association.State ?? "associated").toLowerCase())) {
      listedAssociation.set(`${tgwId}|${a.TransitGatewayAttachmentId}`, a.Association.TransitGatewayRouteTableId);
      listedAssociationPath.set(`${tgwId}|${a.TransitGatewayAttachmentId}`, `${path}.Association.TransitGatewayRouteTableId`);
    }
    const ids = [tgwId];
    if (type === "peering" && a.ResourceId && tgwData.has(a.ResourceId)) ids.push(a.ResourceId);
    addAttachment(
      {
        id: a.TransitGatewayAttachmentId,
        transitGatewayIds: ids,
        resourceType: type,
        resourceId: a.ResourceId ?? undefined,
        state: (a.State ?? "available").toLowerCase(),
        vpcId: type === "vpc" ? a.ResourceId ?? undefined : undefined,
        subnets: [],
        applianceMode: false,
        ...(type === "peering" ? { sgReferencingDisabled: true } : {}),
      },
      path,
    );
  });
  ctx.section("TransitGatewayVpcAttachments", TransitGatewayVpcAttachmentSchema).forEach((a, i) => {
    const path = `$.TransitGatewayVpcAttachments[${i}]`;
    const tgwId = tgwAt(a.TransitGatewayId ?? idx.attachments.get(a.TransitGatewayAttachmentId)?.transitGatewayIds[0], `${path}.TransitGatewayId`);
    names.set(a.TransitGatewayAttachmentId, names.get(a.TransitGatewayAttachmentId) ?? nameOf(a.Tags));
    if (model.vpcs.size > 0 && !model.vpcs.has(a.VpcId)) ctx.refuse(`${path}.VpcId`, "the id of a VPC in Vpcs", `no VPC ${a.VpcId} in the snapshot`);
    const byAz = new Map<string, string>();
    const subnets: AttachmentSubnet[] = [];
    (a.SubnetIds ?? []).forEach((sid, k) => {
      const s = model.subnets.get(sid) ?? ctx.refuse(`${path}.SubnetIds[${k}]`, "the id of a subnet in Subnets", `no subnet ${sid} in the snapshot`);
      if (s.vpcId !== a.VpcId) ctx.refuse(`${path}.SubnetIds[${k}]`, `a subnet of ${a.VpcId}`, `${sid} is in ${s.vpcId}`);
      const az = s.availabilityZone;
      if (az) {
        const prior = byAz.get(az);
        if (prior) ctx.refuse(`${path}.SubnetIds[${k}]`, "one subnet per Availability Zone (8.2)", `${sid} and ${prior} are both in ${az}`);
        byAz.set(az, sid);
      }
      subnets.push({ subnetId: sid, ...(az ? { availabilityZone: az } : {}) });
    });
    subnets.sort((x, y) => ((x.availabilityZone ?? "") < (y.availabilityZone ?? "") ? -1 : (x.availabilityZone ?? "") > (y.availabilityZone ?? "") ? 1 : 0));
    addAttachment(
      {
        id: a.TransitGatewayAttachmentId,
        transitGatewayIds: [tgwId],
        resourceType: "vpc",
        resourceId: a.VpcId,
        state: (a.State ?? "available").toLowerCase(),
        vpcId: a.VpcId,
        subnets,
        applianceMode: isOn(a.Options?.ApplianceModeSupport),
        ...((a.Options?.SecurityGroupReferencingSupport ?? "enable").toLowerCase() === "disable" ? { sgReferencingDisabled: true } : {}),
      },
      path,
    );
  });
  // VPN connections on a transit gateway: AWS creates their attachment with the connection.
  ctx.section("VpnConnections", VpnConnectionSchema).forEach((v, i) => {
    if (!v.TransitGatewayId) return;
    const tgwId = tgwAt(v.TransitGatewayId, `$.VpnConnections[${i}].TransitGatewayId`);
    const listed = [...idx.attachments.values()].find((a) => a.resourceType === "vpn" && a.resourceId === v.VpnConnectionId && a.transitGatewayIds.includes(tgwId));
    if (listed) return;
    const id = v.TransitGatewayAttachmentId ?? `tgw-attach-of-${v.VpnConnectionId}`;
    addAttachment({ id, transitGatewayIds: [tgwId], resourceType: "vpn", resourceId: v.VpnConnectionId, state: "available", subnets: [], applianceMode: false }, `$.VpnConnections[${i}]`);
  });
  // Direct Connect gateways associated with a transit gateway: the association creates the attachment.
  for (const { association, path } of dxAssociations(ctx.section)) {
    const gw = association.associatedGateway;
    if (!gw || !association.directConnectGatewayId || (gw.type ?? "").toLowerCase() !== "transitgateway") continue;
    if (!tgwData.has(gw.id)) ctx.refuse(`${path}.associatedGateway.id`, "the id of a transit gateway in TransitGateways", `no transit gateway ${gw.id} in the snapshot`);
    const dxgw = association.directConnectGatewayId;
    const listed = [...idx.attachments.values()].find((a) => a.resourceType === "direct-connect-gateway" && a.resourceId === dxgw && a.transitGatewayIds.includes(gw.id));
    if (listed) continue;
    addAttachment({ id: `tgw-attach-of-${dxgw}`, transitGatewayIds: [gw.id], resourceType: "direct-connect-gateway", resourceId: dxgw, state: "available", subnets: [], applianceMode: false }, path);
  }
  const attachmentIds = [...idx.attachments.keys()].sort();
  for (const id of attachmentIds) {
    const a = idx.attachments.get(id) as TransitGatewayAttachmentData;
    for (const t of a.transitGatewayIds) {
      if (a.resourceId) idx.byResource.set(`${t}|${a.resourceId}`, a);
      if (a.vpcId && AVAILABLE.has(a.state)) tgwData.get(t)?.vpcIds.add(a.vpcId);
    }
    ctx.register({ id, kind: "transit-gateway-attachment", ...(a.vpcId ? { vpcId: a.vpcId } : {}), name: names.get(id), data: a });
  }
  for (const eni of model.enis.values()) {
    // The attachment's own interfaces (InterfaceType transit_gateway): packets addressed to them end there.
    if (eni.interfaceType !== "transit_gateway" || !eni.description) continue;
    const m = /tgw-attach-[\w-]+/.exec(eni.description);
    if (m && idx.attachments.has(m[0])) ctx.claimInterface(eni.id, m[0]);
  }

  // --- Route tables
  const attachmentRef = (ref: { TransitGatewayAttachmentId?: string | null; ResourceId?: string | null }, tgwId: string, path: string): TransitGatewayAttachmentData => {
    const byId = ref.TransitGatewayAttachmentId ? idx.attachments.get(ref.TransitGatewayAttachmentId) : undefined;
    const found = byId ?? (ref.ResourceId ? idx.byResource.get(`${tgwId}|${ref.ResourceId}`) : undefined);
    if (!found) ctx.refuse(path, "the id of a transit gateway attachment of this transit gateway", `no attachment ${ref.TransitGatewayAttachmentId ?? ref.ResourceId ?? "(none)"} in the snapshot`);
    return found;
  };
  const tablesJson = ctx.section("TransitGatewayRouteTables", TransitGatewayRouteTableSchema);
  const tablesOf = new Map<string, { json: TransitGatewayRouteTableJson; table: TgwRouteTable; path: string }[]>();
  tablesJson.forEach((t, i) => {
    const path = `$.TransitGatewayRouteTables[${i}]`;
    const tgwId = tgwAt(t.TransitGatewayId, `${path}.TransitGatewayId`);
    const table: TgwRouteTable = { id: t.TransitGatewayRouteTableId, transitGatewayId: tgwId, routes: [] };
    idx.tables.set(table.id, table);
    ctx.register({ id: table.id, kind: "transit-gateway-route-table", name: nameOf(t.Tags), data: table });
    const list = tablesOf.get(tgwId) ?? [];
    list.push({ json: t, table, path });
    tablesOf.set(tgwId, list);
  });
  // A transit gateway created with default association or propagation (AWS's default) has a default route table;
  // a snapshot that lists none of its tables gets it, associated with and propagating every attachment.
  for (const t of tgws) {
    if (tablesOf.has(t.TransitGatewayId)) continue;
    const o = t.Options;
    if (o && o.DefaultRouteTableAssociation && !isOn(o.DefaultRouteTableAssociation) && o.DefaultRouteTablePropagation && !isOn(o.DefaultRouteTablePropagation)) continue;
    const id = o?.AssociationDefaultRouteTableId ?? o?.PropagationDefaultRouteTableId ?? `tgw-rtb-default-${t.TransitGatewayId}`;
    const table: TgwRouteTable = { id, transitGatewayId: t.TransitGatewayId, routes: [] };
    idx.tables.set(id, table);
    ctx.register({ id, kind: "transit-gateway-route-table", data: table });
    const json: TransitGatewayRouteTableJson = { TransitGatewayRouteTableId: id, TransitGatewayId: t.TransitGatewayId, DefaultAssociationRouteTable: true, DefaultPropagationRouteTable: true };
    tablesOf.set(t.TransitGatewayId, [{ json, table, path: `(default route table of ${t.TransitGatewayId})` }]);
  }

  for (const [tgwId, tables] of tablesOf) {
    const tgw = tgws.find((t) => t.TransitGatewayId === tgwId);
    const opts = tgw?.Options;
    const defaultTable = (flag: "DefaultAssociationRouteTable" | "DefaultPropagationRouteTable", optId: string | null | undefined, optOn: string | null | undefined): string | undefined => {
      if (optOn && !isOn(optOn)) return undefined;
      const flagged = tables.find((t) => t.json[flag] === true)?.table.id;
      if (flagged) return flagged;
      if (optId && idx.tables.has(optId)) return optId;
      return !opts && tables.length === 1 ? tables[0]?.table.id : undefined;
    };
    const mine = attachmentIds.map((id) => idx.attachments.get(id) as TransitGatewayAttachmentData).filter((a) => a.transitGatewayIds.includes(tgwId));

    // Associations (8.5): the attachments' Association, the tables' Associations, or AWS's default association
    // when the snapshot says nothing about associations for this transit gateway.
    for (const a of mine) {
      const listed = listedAssociation.get(`${tgwId}|${a.id}`);
      if (listed) {
        if (!idx.tables.has(listed)) ctx.refuse(listedAssociationPath.get(`${tgwId}|${a.id}`) ?? `(association of ${a.id})`, "a transit gateway route table in TransitGatewayRouteTables", `no route table ${listed}`);
        idx.association.set(`${tgwId}|${a.id}`, listed);
      }
    }
    let anyAssociations = hasAssociationField.has(tgwId);
    for (const { json, table, path } of tables) {
      if (json.Associations != null) anyAssociations = true;
      json.Associations?.forEach((as, j) => {
        if (!ASSOCIATED.has((as.State ?? "associated").toLowerCase())) return;
        const a = attachmentRef(as, tgwId, `${path}.Associations[${j}]`);
        const key = `${tgwId}|${a.id}`;
        const prior = idx.association.get(key);
        if (prior && prior !== table.id && !listedAssociation.has(key)) ctx.refuse(`${path}.Associations[${j}]`, "one route table per attachment (8.5)", `${a.id} is also associated with ${prior}`);
        idx.association.set(key, table.id);
      });
    }
    if (!anyAssociations) {
      const def = defaultTable("DefaultAssociationRouteTable", opts?.AssociationDefaultRouteTableId, opts?.DefaultRouteTableAssociation);
      if (def) for (const a of mine) idx.association.set(`${tgwId}|${a.id}`, def);
    }

    // Routes: listed ones as given, then propagation derived as AWS derives it (8.6).
    const anyRouteInfo = tables.some((t) => t.json.Routes != null || t.json.Propagations != null || t.json.TransitGatewayRouteTablePropagations != null);
    for (const { json, table, path } of tables) {
      const seen = new Set<string>();
      const push = (destination: Cidr, origin: TgwRouteOrigin, attachment: TransitGatewayAttachmentData | undefined, blackhole: boolean, propagated: boolean, prefixListId?: string) => {
        const key = `${destination.text}|${attachment?.id ?? "blackhole"}|${propagated}`;
        if (seen.has(key)) return;
        seen.add(key);
        table.routes.push({
          destination,
          origin,
          ...(attachment ? { attachmentId: attachment.id } : {}),
          blackhole,
          index: table.routes.length,
          out: {
            DestinationCidr: destination.text,
            ...(prefixListId ? { PrefixListId: prefixListId } : {}),
            ...(attachment ? { AttachmentId: attachment.id, ResourceType: attachment.resourceType, ...(attachment.resourceId ? { ResourceId: attachment.resourceId } : {}) } : {}),
            RouteOrigin: propagated ? "propagated" : "static",
            State: blackhole ? "blackhole" : "active",
          },
        });
      };
      json.Routes?.forEach((r, j) => {
        const p = `${path}.Routes[${j}]`;
        const state = (r.State ?? "active").toLowerCase();
        if (state === "deleted" || state === "deleting") return;
        const propagated = (r.Type ?? "static").toLowerCase() === "propagated";
        // ECMP (VPN attachments): a route may list several attachments; traffic goes over a live one (tunnel UP).
        const refs = r.TransitGatewayAttachments ?? [];
        const candidates = refs.map((x, k) => attachmentRef(x, tgwId, `${p}.TransitGatewayAttachments[${k}]`));
        const attachment = candidates.find((a) => liveAttachment(model, a)) ?? candidates[0];
        const blackhole = state === "blackhole" || !attachment;
        const origin: TgwRouteOrigin = propagated && attachment ? originOf(attachment.resourceType) : r.PrefixListId ? "prefix-list" : "static";
        let destinations: Cidr[];
        if (r.DestinationCidrBlock) {
          const c = parseCidr(r.DestinationCidrBlock);
          if (!c || !r.DestinationCidrBlock.includes("/")) ctx.refuse(`${p}.DestinationCidrBlock`, "a CIDR such as 10.0.0.0/16", `found ${JSON.stringify(r.DestinationCidrBlock)}`);
          destinations = [c];
        } else if (r.PrefixListId) {
          const pl = model.prefixLists.get(r.PrefixListId) ?? ctx.refuse(`${p}.PrefixListId`, "the id of a prefix list in PrefixLists", `no prefix list ${r.PrefixListId} in the snapshot`);
          destinations = pl.cidrs;
        } else ctx.refuse(`${p}.DestinationCidrBlock`, "DestinationCidrBlock or PrefixListId", "the route has no destination");
        for (const d of destinations) push(d, origin, attachment, blackhole, propagated, r.PrefixListId ?? undefined);
      });
      const propagations = [...(json.Propagations ?? []), ...(json.TransitGatewayRouteTablePropagations ?? [])];
      const propagating: TransitGatewayAttachmentData[] = [];
      propagations.forEach((pr, j) => {
        if (!PROPAGATING.has((pr.State ?? "enabled").toLowerCase())) return;
        propagating.push(attachmentRef(pr, tgwId, `${path}.Propagations[${j}]`));
      });
      if (!anyRouteInfo) {
        const def = defaultTable("DefaultPropagationRouteTable", opts?.PropagationDefaultRouteTableId, opts?.DefaultRouteTablePropagation);
        if (def === table.id) propagating.push(...mine);
      }
      const vpcPropagated = new Set(table.routes.filter((r) => r.origin === "vpc").map((r) => r.destination.text));
      for (const a of propagating) {
        if (!AVAILABLE.has(a.state)) continue;
        if (a.resourceType === "vpc" && a.vpcId) {
          const vpc = model.vpcs.get(a.vpcId);
          for (const c of vpc ? [...vpc.cidrs4, ...vpc.cidrs6] : []) {
            // 8.11: an identical route to another VPC is not propagated.
            if (vpcPropagated.has(c.text)) continue;
            vpcPropagated.add(c.text);
            push(c, "vpc", a, false, true);
          }
        } else if (a.resourceType === "vpn" && a.resourceId) {
          for (const c of vpnPrefixes(ctx, a.resourceId)) push(c, "vpn", a, false, true);
        } else if (a.resourceType === "direct-connect-gateway" && a.resourceId) {
          for (const c of dxPrefixes(ctx, a.resourceId)) push(c, "direct-connect-gateway", a, false, true);
        }
        // BGP-learned prefixes (VPN, Direct Connect, Connect) that describe calls do not show exist only as routes
        // listed with Type "propagated"; a transit VIF's routeFilterPrefixes, when given, stand for them.
      }
      compileTgwRouteTable(table);
    }
  }
}

function dxPrefixes(ctx: LoadContext, dxgwId: string): Cidr[] {
  const out: Cidr[] = [];
  for (const v of ctx.section("virtualInterfaces", VirtualInterfaceSchema)) {
    if (v.directConnectGatewayId !== dxgwId || (v.virtualInterfaceType ?? "").toLowerCase() !== "transit") continue;
    // A VIF that is not available (down, pending, deleted...) has no BGP session, so it announces nothing: its routes
    // are withdrawn and the transit gateway falls back to whatever else reaches on-premises (a VPN), as AWS does.
    if ((v.virtualInterfaceState ?? "available").toLowerCase() !== "available") continue;
    for (const p of v.routeFilterPrefixes ?? []) {
      const c = parseCidr(p.cidr);
      if (c) out.push(c);
    }
  }
  return out;
}

function vpnPrefixes(ctx: LoadContext, vpnId: string): Cidr[] {
  const v = ctx.section("VpnConnections", VpnConnectionSchema).find((x) => x.VpnConnectionId === vpnId);
  const out: Cidr[] = [];
  for (const r of v?.Routes ?? []) {
    if ((r.State ?? "available").toLowerCase() !== "available") continue;
    const c = parseCidr(r.DestinationCidrBlock);
    if (c) out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Traversal

type Code = Parameters<HopContext["explain"]>[0];
type Fields = Parameters<HopContext["explain"]>[1];

interface Transit {
  readonly ctx: HopContext;
  readonly tgw: ComponentEntry<TransitGatewayData>;
  readonly packet: Packet;
  readonly hops: Hop[];
  /** The AZ the flow is in (the attachment subnet it entered through), when known. */
  readonly az?: string;
}

function stop(t: Transit, code: Code, fields: Fields, sentence: string): HopOutcome {
  return { kind: "blocked", hops: t.hops, explanation: t.ctx.explain(code, { TransitGateway: t.ctx.hop(t.tgw.id).Component, ...fields }, t.packet, sentence) };
}

function attachmentHop(ctx: HopContext, a: TransitGatewayAttachmentData, tgwId: string, packet: Packet, subnetId?: string): Hop {
  return ctx.hop(a.id, {
    TransitGateway: ctx.hop(tgwId).Component,
    ...(subnetId ? { Subnet: ctx.hop(subnetId).Component } : {}),
    ...(a.vpcId ? { Vpc: ctx.hop(a.vpcId).Component } : {}),
    InboundHeader: ctx.header(packet),
    OutboundHeader: ctx.header(packet),
  });
}

const ref = (ctx: HopContext, id: string) => ctx.hop(id).Component;

/** Attachments that lead to on-premises. */
const ON_PREMISES_ATTACHMENTS = new Set(["vpn", "direct-connect-gateway", "connect"]);

/**
 * VPN route priority: "the health of a tunnel endpoint takes precedence over other routing attributes" (VGWs and
 * transit gateways). When the chosen route leads to a VPN attachment with no tunnel UP, the best route to another
 * live path to on-premises (VPN, Direct Connect gateway, Connect) that matches the destination (longest prefix, then
 * 8.9) carries the packet instead; none: the chosen one (TGW_BAD_STATE_VPN).
 */
function healthierRoute(model: Model, table: TgwRouteTable, route: TgwRoute | undefined, packet: Packet): TgwRoute | undefined {
  if (!route || route.blackhole || !route.attachmentId) return route;
  const idx = index(model);
  const chosen = idx.attachments.get(route.attachmentId);
  if (!chosen || chosen.resourceType !== "vpn" || liveAttachment(model, chosen)) return route;
  let best: TgwRoute | undefined;
  for (const r of table.routes) {
    if (r.blackhole || !r.attachmentId || r.destination.family !== packet.dst.family || !cidrContains(r.destination, packet.dst)) continue;
    const a = idx.attachments.get(r.attachmentId);
    if (!a || !ON_PREMISES_ATTACHMENTS.has(a.resourceType) || !liveAttachment(model, a)) continue;
    if (!best || r.destination.length > best.destination.length || (r.destination.length === best.destination.length && (TGW_ORIGIN_RANK[r.origin] - TGW_ORIGIN_RANK[best.origin] || r.index - best.index) < 0)) best = r;
  }
  return best ?? route;
}

/** An attachment that can carry traffic: available, and for a VPN its connection available with a tunnel UP. */
function liveAttachment(model: Model, a: TransitGatewayAttachmentData): boolean {
  if (!AVAILABLE.has(a.state)) return false;
  if (a.resourceType !== "vpn" || !a.resourceId) return true;
  const v = model.components.get(a.resourceId)?.data as { state?: string; tunnelUp?: boolean } | undefined;
  return !v || (v.state === "available" && v.tunnelUp !== false);
}

/** The packet is inside the transit gateway, having entered through attachment `entry`: route it (8.5, 8.9). */
function routeInside(t: Transit, entry: TransitGatewayAttachmentData): HopOutcome {
  const { ctx, tgw, packet } = t;
  const idx = index(ctx.model);
  t.hops.push(ctx.hop(tgw.id, { InboundHeader: ctx.header(packet), OutboundHeader: ctx.header(packet) }));
  if (tgw.data.state !== "available") return stop(t, "BAD_STATE", { Component: ref(ctx, tgw.id), State: tgw.data.state }, `Transit gateway ${tgw.id} is ${tgw.data.state}; it must be available to route traffic.`);
  if (ctx.isTarget(tgw.id)) return { kind: "delivered", hops: t.hops, replyFrom: "none" };
  if (!AVAILABLE.has(entry.state)) return stop(t, "BAD_STATE_ATTACHMENT", { Component: ref(ctx, entry.id), TransitGatewayAttachment: ref(ctx, entry.id), State: entry.state }, `Transit gateway attachment ${entry.id} is ${entry.state}, so ${tgw.id} does not accept its traffic.`);
  const tableId = idx.association.get(`${tgw.id}|${entry.id}`);
  if (!tableId) {
    return stop(t, "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", { Component: ref(ctx, entry.id), TransitGatewayAttachment: ref(ctx, entry.id) }, `Transit gateway attachment ${entry.id} is not associated with a transit gateway route table, so ${tgw.id} has no table to route the traffic it sends. Associate the attachment with a route table.`);
  }
  const table = idx.tables.get(tableId) as TgwRouteTable;
  const choice = selectTgwRoute(table, packet.dst);
  const route = healthierRoute(ctx.model, table, choice.route, packet);
  const dst = formatAddress(packet.dst);
  if (!route) {
    t.hops.push(ctx.hop(table.id, { TransitGateway: ref(ctx, tgw.id) }));
    return stop(t, "TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT", { Component: ref(ctx, table.id), TransitGatewayRouteTable: ref(ctx, table.id), TransitGatewayAttachment: ref(ctx, entry.id) }, `Transit gateway route table ${table.id} (associated with ${entry.id}) has no route that matches ${dst}. Add a static route, or propagate the destination's attachment to this table.`);
  }
  t.hops.push(ctx.hop(table.id, { TransitGateway: ref(ctx, tgw.id), TransitGatewayRouteTableRoute: { ...route.out } }));
  if (route.blackhole || !route.attachmentId) {
    return stop(t, "TGW_RTB_BAD_STATE_ROUTE", { Component: ref(ctx, table.id), TransitGatewayRouteTable: ref(ctx, table.id), TransitGatewayRouteTableRoute: { ...route.out } }, `Route ${route.out.DestinationCidr} in transit gateway route table ${table.id} is a blackhole: traffic that matches it is dropped.`);
  }
  const next = idx.attachments.get(route.attachmentId) as TransitGatewayAttachmentData;
  // 5.9: security group references cross only when the transit gateway and both VPC attachments support them.
  const dropped = !tgw.data.sgReferencing ? { transitGatewayId: tgw.id } : entry.sgReferencingDisabled ? { transitGatewayId: tgw.id, attachmentId: entry.id } : next.sgReferencingDisabled ? { transitGatewayId: tgw.id, attachmentId: next.id } : undefined;
  if (dropped && !packet.sgReferencesDropped) return leaveThrough({ ...t, packet: { ...packet, sgReferencesDropped: dropped } }, next, table, route);
  return leaveThrough(t, next, table, route);
}

function chooseSubnet(t: Transit, a: TransitGatewayAttachmentData): AttachmentSubnet | undefined {
  if (a.subnets.length === 0) return undefined;
  if (t.az) {
    const same = a.subnets.find((s) => s.availabilityZone === t.az);
    if (same) return same;
  }
  // 8.3: another AZ; deterministically the destination's AZ when the attachment has it, else the first.
  const eni = a.vpcId ? t.ctx.interfaceAt(a.vpcId, t.packet.dst) : undefined;
  const az = eni?.availabilityZone ?? (eni ? t.ctx.model.subnets.get(eni.subnetId)?.availabilityZone : undefined);
  return a.subnets.find((s) => az !== undefined && s.availabilityZone === az) ?? a.subnets[0];
}

/**
 * RA's additional detail RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY: the request reaches a VPC endpoint through
 * the transit gateway, but the endpoint subnet's route table does not send the response back to it.
 */
function noteEndpointReturnRoute(ctx: HopContext, tgwId: string, vpcId: string, packet: Packet): void {
  const eni = ctx.interfaceAt(vpcId, packet.dst);
  if (!eni?.ownerId || ctx.model.components.get(eni.ownerId)?.kind !== "interface-endpoint") return;
  const tableId = ctx.model.subnets.get(eni.subnetId)?.routeTableId;
  const table = tableId ? ctx.model.routeTables.get(tableId) : undefined;
  const route = table ? selectRoute(table, packet.src).route : undefined;
  if (!route || route.target.field !== "TransitGatewayId" || route.target.id !== tgwId) ctx.flow.details.add("RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY");
}

/** Out of the transit gateway through attachment `a` (8.2-8.4, 6.11, 11.5, 12.1). */
function leaveThrough(t: Transit, a: TransitGatewayAttachmentData, table: TgwRouteTable, route: TgwRoute): HopOutcome {
  const { ctx, tgw, packet } = t;
  if (!AVAILABLE.has(a.state)) {
    t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
    return stop(t, "BAD_STATE_ATTACHMENT", { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id), State: a.state }, `Transit gateway attachment ${a.id} is ${a.state}, so route ${route.out.DestinationCidr} in ${table.id} cannot deliver through it.`);
  }
  if (ctx.isTarget(a.id)) {
    t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
    return { kind: "delivered", hops: t.hops, replyFrom: a.id };
  }
  switch (a.resourceType) {
    case "vpc": {
      if (!a.vpcId || !ctx.model.vpcs.has(a.vpcId)) {
        t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
        return stop(t, "NO_POSSIBLE_DESTINATION", { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id) }, `Transit gateway attachment ${a.id} leads to VPC ${a.vpcId ?? "?"}, which is not in the snapshot.`);
      }
      const vpc = ctx.model.vpcs.get(a.vpcId)!;
      const inside = vpcCidrsContain(vpc, packet.dst);
      let subnet = chooseSubnet(t, a);
      const key = `${TRANSIT_GATEWAY_FAMILY}:az:${a.id}`;
      const forwardChoice = ctx.flow.memory.get(key) as string | undefined;
      if (ctx.leg === "return" && forwardChoice && subnet && forwardChoice !== subnet.subnetId) {
        if (a.applianceMode) subnet = a.subnets.find((s) => s.subnetId === forwardChoice) ?? subnet;
        else if (!inside) {
          // 8.4: without appliance mode the reply enters the middlebox VPC in its own AZ, not the request's.
          t.hops.push(attachmentHop(ctx, a, tgw.id, packet, subnet.subnetId));
          const fwd = a.subnets.find((s) => s.subnetId === forwardChoice);
          return stop(
            t,
            "TGW_ATTACH_VPC_AZ_RESTRICTION",
            { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id), AvailabilityZones: [subnet.availabilityZone ?? "?", fwd?.availabilityZone ?? "?"], Vpc: ref(ctx, a.vpcId) },
            `Transit gateway attachment ${a.id} has appliance mode disabled: the reply enters ${a.vpcId} in ${subnet.availabilityZone ?? subnet.subnetId} while the request went through ${fwd?.availabilityZone ?? forwardChoice}, so a stateful appliance there sees only half of the flow. Enable appliance mode on the attachment.`,
          );
        }
      }
      if (ctx.leg === "forward" && subnet && !forwardChoice) ctx.flow.memory.set(key, subnet.subnetId);
      if (ctx.leg === "forward" && inside) noteEndpointReturnRoute(ctx, tgw.id, a.vpcId, packet);
      t.hops.push(attachmentHop(ctx, a, tgw.id, packet, subnet?.subnetId));
      let step: Step;
      if (inside || !subnet) step = { to: "enter-vpc", vpcId: a.vpcId, packet, ...(subnet ? { viaSubnetId: subnet.subnetId } : {}) };
      // Not for this VPC (a middlebox or egress VPC): the attachment subnet's route table decides.
      else step = { to: "route", subnetId: subnet.subnetId, packet };
      return { kind: "next", hops: t.hops, next: [step] };
    }
    case "vpn":
    case "direct-connect-gateway": {
      t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
      const resource = a.resourceId && ctx.model.components.get(a.resourceId);
      if (!resource) return stop(t, "NO_POSSIBLE_DESTINATION", { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id) }, `Transit gateway attachment ${a.id} leads to ${a.resourceId ?? "?"}, which is not in the snapshot.`);
      return { kind: "next", hops: t.hops, next: [{ to: "component", id: resource.id, packet, arrival: { via: "component", fromId: a.id } }] };
    }
    case "peering": {
      t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
      const peer = a.transitGatewayIds.find((x) => x !== tgw.id);
      if (!peer) return stop(t, "NO_POSSIBLE_DESTINATION", { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id) }, `Peering attachment ${a.id} leads to transit gateway ${a.resourceId ?? "?"}, which is not in the snapshot.`);
      return { kind: "next", hops: t.hops, next: [{ to: "component", id: peer, packet, arrival: { via: "component", fromId: a.id } }] };
    }
    default:
      t.hops.push(attachmentHop(ctx, a, tgw.id, packet));
      return stop(t, "UNSUPPORTED_COMPONENT", { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id) }, `Transit gateway attachment ${a.id} (${a.resourceType}) is not supported by the analysis (Connect attachments, as in Reachability Analyzer).`);
  }
}

/** The attachment of `tgwId` whose network holds the packet's source: the route its tables have for it (sorted tables). */
function sourceAttachment(ctx: HopContext, tgwId: string, packet: Packet): TransitGatewayAttachmentData | undefined {
  const idx = index(ctx.model);
  const tables = [...idx.tables.values()].filter((t) => t.transitGatewayId === tgwId).sort((a, b) => (a.id < b.id ? -1 : 1));
  let best: TgwRoute | undefined;
  for (const t of tables) {
    const r = selectTgwRoute(t, packet.src).route;
    if (r?.attachmentId && (!best || r.destination.length > best.destination.length)) best = r;
  }
  return best?.attachmentId ? idx.attachments.get(best.attachmentId) : undefined;
}

/** Into the transit gateway from a VPC whose route table targets it (8.2, 6.11). */
function fromVpc(ctx: HopContext, tgw: ComponentEntry<TransitGatewayData>, packet: Packet, vpcId: string, subnetId: string | undefined): HopOutcome {
  const a = tgwAttachmentFor(ctx.model, tgw.id, vpcId);
  const hops: Hop[] = [];
  const base: Transit = { ctx, tgw, packet, hops };
  if (!a || !AVAILABLE.has(a.state)) {
    hops.push(ctx.hop(tgw.id, { InboundHeader: ctx.header(packet) }));
    return stop(base, "BAD_STATE_ATTACHMENT", { Component: ref(ctx, a?.id ?? tgw.id), Vpc: ref(ctx, vpcId), ...(a ? { TransitGatewayAttachment: ref(ctx, a.id), State: a.state } : {}) }, a ? `Transit gateway attachment ${a.id} of ${vpcId} is ${a.state}, so ${tgw.id} does not accept its traffic.` : `VPC ${vpcId} is not attached to transit gateway ${tgw.id}: its route to ${tgw.id} cannot forward.`);
  }
  const source = subnetId ? ctx.model.subnets.get(subnetId) : undefined;
  const az = source?.availabilityZone;
  let entry: AttachmentSubnet | undefined;
  if (a.subnets.length > 0) {
    entry = (az ? a.subnets.find((s) => s.availabilityZone === az) : undefined) ?? a.subnets.find((s) => s.subnetId === subnetId);
    if (!entry && az && a.subnets.every((s) => s.availabilityZone)) {
      hops.push(attachmentHop(ctx, a, tgw.id, packet));
      return stop(
        base,
        "TGW_ROUTE_AZ_RESTRICTION",
        { Component: ref(ctx, a.id), TransitGatewayAttachment: ref(ctx, a.id), AvailabilityZones: [az], ...(subnetId ? { Subnet: ref(ctx, subnetId) } : {}), Vpc: ref(ctx, vpcId) },
        `Transit gateway attachment ${a.id} has no subnet in ${az}, so traffic from ${subnetId ?? az} cannot reach ${tgw.id}. Add a subnet in ${az} to the attachment.`,
      );
    }
    entry ??= a.subnets[0];
  }
  if (entry) {
    // 6.11: the attachment subnet's NACL inbound (source IP) applies, also when the source shares the subnet.
    const acl = ctx.nacl(entry.subnetId, "ingress", packet);
    hops.push(acl.hop);
    if (acl.blocked) return { kind: "blocked", hops, explanation: acl.blocked };
  }
  hops.push(attachmentHop(ctx, a, tgw.id, packet, entry?.subnetId));
  return routeInside({ ctx, tgw, packet, hops, ...(entry?.availabilityZone ? { az: entry.availabilityZone } : {}) }, a);
}

/**
 * A transit gateway as the destination (RA lists it among destinations) without DestinationIp: an address the
 * source interface's route table sends to it, so the path shows how the source reaches it. Candidates in order:
 * the first address of each other attached VPC's IPv4 CIDRs, then of each IPv4 route to the transit gateway.
 */
function addressRoutedTo(model: Model, tgwId: string, sourceEniId: string | undefined): Address | undefined {
  const eni = sourceEniId ? model.enis.get(sourceEniId) : undefined;
  const subnet = eni ? model.subnets.get(eni.subnetId) : undefined;
  const table = subnet?.routeTableId ? model.routeTables.get(subnet.routeTableId) : undefined;
  if (!eni || !table) return undefined;
  const tgw = model.components.get(tgwId)?.data as TransitGatewayData | undefined;
  const candidates: Address[] = [];
  for (const vpcId of [...(tgw?.vpcIds ?? [])].sort()) {
    if (vpcId === eni.vpcId) continue;
    for (const cidr of model.vpcs.get(vpcId)?.cidrs4 ?? []) candidates.push({ family: 4, value: cidr.base + 1n });
  }
  for (const route of table.routes) {
    if (route.target.id === tgwId && route.destination.family === 4) candidates.push({ family: 4, value: route.destination.base + 1n });
  }
  return candidates.find((a) => selectRoute(table, a).route?.target.id === tgwId);
}

export const transitGatewayFamily: ComponentFamily = {
  name: TRANSIT_GATEWAY_FAMILY,
  sections: {
    TransitGateways: TransitGatewaySchema,
    TransitGatewayAttachments: TransitGatewayAttachmentSchema,
    TransitGatewayVpcAttachments: TransitGatewayVpcAttachmentSchema,
    TransitGatewayRouteTables: TransitGatewayRouteTableSchema,
  },
  load,

  receive(ctx, c, packet, arrival) {
    const idx = index(ctx.model);
    if (c.kind === "transit-gateway") {
      const tgw = c as ComponentEntry<TransitGatewayData>;
      if (arrival.via === "route") return fromVpc(ctx, tgw, packet, arrival.vpcId, arrival.subnetId);
      if (arrival.via === "component") {
        const a = idx.attachments.get(arrival.fromId);
        if (a && a.transitGatewayIds.includes(tgw.id)) {
          const hops: Hop[] = a.resourceType === "peering" ? [] : [attachmentHop(ctx, a, tgw.id, packet)];
          return routeInside({ ctx, tgw, packet, hops }, a);
        }
      }
      if (arrival.via === "outside" && ctx.leg === "forward") {
        // The transit gateway as the query's source (SourceIp): traffic enters through the attachment whose
        // network holds the source address (the route its route tables have for it), as RA takes a TGW source.
        const entry = sourceAttachment(ctx, tgw.id, packet);
        if (entry) return routeInside({ ctx, tgw, packet, hops: [] }, entry);
        return stop({ ctx, tgw, packet, hops: [ctx.hop(tgw.id)] }, "TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT", { Component: ref(ctx, tgw.id) }, `No route table of transit gateway ${tgw.id} has a route for the source ${formatAddress(packet.src)}, so no attachment can send it. Give a SourceIp inside a network attached to ${tgw.id}.`);
      }
      return { kind: "blocked", hops: [ctx.hop(c.id)], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ref(ctx, c.id) }, packet) };
    }
    if (c.kind === "transit-gateway-attachment") {
      const a = c.data as TransitGatewayAttachmentData;
      const tgwId = a.transitGatewayIds[0] as string;
      const tgw = ctx.model.components.get(tgwId) as ComponentEntry<TransitGatewayData>;
      if (arrival.via === "outside") {
        // The query's source (or the reply to a flow delivered to it): traffic entering through this attachment.
        return routeInside({ ctx, tgw, packet, hops: [attachmentHop(ctx, a, tgwId, packet)] }, a);
      }
      // An interface of the attachment is the destination address: nothing behind it answers.
      return { kind: "blocked", hops: [attachmentHop(ctx, a, tgwId, packet)], explanation: ctx.explain("NO_POSSIBLE_DESTINATION", { Component: ref(ctx, c.id), TransitGatewayAttachment: ref(ctx, c.id) }, packet) };
    }
    return { kind: "blocked", hops: [ctx.hop(c.id)], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ref(ctx, c.id) }, packet) };
  },

  resolveSource(ctx, c) {
    if (c.kind !== "transit-gateway-attachment" && c.kind !== "transit-gateway") return undefined;
    // A VPC attachment's traffic comes from its VPC: default to an address there (as resolveDestination does), not on-premises.
    const vpcId = c.kind === "transit-gateway-attachment" ? (c.data as TransitGatewayAttachmentData).vpcId : undefined;
    const cidr = vpcId ? ctx.model.vpcs.get(vpcId)?.cidrs4[0] : undefined;
    const defaultSourceAddress = cidr ? { family: 4 as const, value: cidr.base + 1n } : DEFAULT_ON_PREMISES_V4;
    return { kind: "component", componentId: c.id, defaultSourceAddress, addressing: "private" };
  },

  resolveDestination(ctx, c) {
    if (c.kind === "transit-gateway-route-table") return undefined;
    const fixed = ctx.query.DestinationIp;
    if (fixed) return { target: { kind: "component", id: c.id } };
    if (c.kind === "transit-gateway-attachment") {
      const a = c.data as TransitGatewayAttachmentData;
      const vpc = a.vpcId ? ctx.model.vpcs.get(a.vpcId) : undefined;
      const cidr = vpc?.cidrs4[0];
      if (cidr) return { target: { kind: "component", id: c.id }, address: { family: 4, value: cidr.base + 1n } };
    }
    if (c.kind === "transit-gateway") {
      const address = addressRoutedTo(ctx.model, c.id, ctx.source?.kind === "interface" ? ctx.source.eniId : undefined);
      if (address) return { target: { kind: "component", id: c.id }, address };
    }
    return { target: { kind: "component", id: c.id }, address: DEFAULT_ON_PREMISES_V4 };
  },

  connects(c, a, b) {
    if (c.kind !== "transit-gateway") return false;
    const d = c.data as TransitGatewayData;
    return d.vpcIds.has(a) && d.vpcIds.has(b);
  },
};
