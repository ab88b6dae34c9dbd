/**
 * The rows the console shows for a route table, a security group and a network ACL, read from the AWS JSON
 * (so each row knows where it lives for edit and remove), plus the routes the engine adds (local routes it
 * filled in, propagated routes) as read-only rows from the model.
 */
import type { Model } from "@/lib/reachability";
import type { AwsSnapshot } from "@/components/network/load-network";
import { portText, protocolFromJson, typeName, type RuleProtocol } from "./console-types";
import { aclEntriesJson, type SgPeerKind } from "./snapshot-edits";

type Json = Record<string, unknown>;
const TARGET_FIELDS = ["GatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId", "InstanceId", "EgressOnlyInternetGatewayId", "VpcEndpointId", "CarrierGatewayId", "LocalGatewayId", "CoreNetworkArn"];

function find(snapshot: AwsSnapshot, key: string, idField: string, id: string): Json | undefined {
  const v = snapshot[key];
  return Array.isArray(v) ? (v as Json[]).find((x) => x[idField] === id) : undefined;
}

export interface RouteRow {
  /** Index in the JSON Routes list; undefined for a row the engine added (read-only). */
  readonly index: number | undefined;
  readonly destination: string;
  readonly target: string;
  readonly status: "Active" | "Blackhole";
  readonly propagated: "Yes" | "No";
  readonly editable: boolean;
}

export function routeRows(snapshot: AwsSnapshot, model: Model, routeTableId: string): { inSnapshot: boolean; rows: RouteRow[] } {
  const table = find(snapshot, "RouteTables", "RouteTableId", routeTableId);
  const rows: RouteRow[] = [];
  const listed = new Set<string>();
  const routes = table && Array.isArray(table.Routes) ? (table.Routes as Json[]) : [];
  routes.forEach((r, index) => {
    const destination = String(r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? "");
    const field = TARGET_FIELDS.find((f) => typeof r[f] === "string");
    const target = field ? String(r[field]) : "";
    listed.add(destination);
    rows.push({
      index,
      destination,
      target,
      status: String(r.State ?? "active").toLowerCase() === "blackhole" ? "Blackhole" : "Active",
      propagated: String(r.Origin ?? "").toLowerCase() === "enablevgwroutepropagation" ? "Yes" : "No",
      editable: target !== "local",
    });
  });
  for (const route of model.routeTables.get(routeTableId)?.routes ?? []) {
    const destination = route.out.DestinationCidr ?? route.out.DestinationPrefixListId ?? "";
    if (listed.has(destination)) continue;
    rows.push({
      index: undefined,
      destination,
      target: route.target.id,
      status: route.state === "blackhole" ? "Blackhole" : "Active",
      propagated: route.kind === "propagated" ? "Yes" : "No",
      editable: false,
    });
  }
  return { inSnapshot: !!table, rows };
}

export interface SgRow {
  readonly direction: "inbound" | "outbound";
  readonly permissionIndex: number;
  readonly peerKind: SgPeerKind;
  readonly peerIndex: number;
  readonly type: string;
  readonly protocol: string;
  readonly portRange: string;
  readonly peer: string;
  readonly description: string;
}

const PEER_FIELDS: Record<SgPeerKind, string> = { IpRanges: "CidrIp", Ipv6Ranges: "CidrIpv6", PrefixListIds: "PrefixListId", UserIdGroupPairs: "GroupId" };

export function sgRows(snapshot: AwsSnapshot, groupId: string): { inSnapshot: boolean; inbound: SgRow[]; outbound: SgRow[] } {
  const group = find(snapshot, "SecurityGroups", "GroupId", groupId);
  const read = (direction: "inbound" | "outbound"): SgRow[] => {
    const key = direction === "inbound" ? "IpPermissions" : "IpPermissionsEgress";
    const perms = group && Array.isArray(group[key]) ? (group[key] as Json[]) : direction === "outbound" && group && group[key] === undefined ? null : [];
    if (perms === null) {
      return [{ direction, permissionIndex: -1, peerKind: "IpRanges", peerIndex: -1, type: "All traffic", protocol: "All", portRange: "All", peer: "0.0.0.0/0", description: "AWS default (not listed in the snapshot)" }];
    }
    const rows: SgRow[] = [];
    perms.forEach((p, permissionIndex) => {
      const protocol: RuleProtocol = protocolFromJson(p.IpProtocol);
      const from = typeof p.FromPort === "number" ? p.FromPort : undefined;
      const to = typeof p.ToPort === "number" ? p.ToPort : undefined;
      for (const peerKind of Object.keys(PEER_FIELDS) as SgPeerKind[]) {
        const peers = Array.isArray(p[peerKind]) ? (p[peerKind] as Json[]) : [];
        peers.forEach((peer, peerIndex) =>
          rows.push({
            direction,
            permissionIndex,
            peerKind,
            peerIndex,
            type: typeName(protocol, from, to),
            protocol: protocol === "all" ? "All" : protocol.toUpperCase(),
            portRange: portText(protocol, from, to),
            peer: String(peer[PEER_FIELDS[peerKind]] ?? ""),
            description: String(peer.Description ?? ""),
          }),
        );
      }
    });
    return rows;
  };
  return { inSnapshot: !!group, inbound: read("inbound"), outbound: read("outbound") };
}

export interface AclRow {
  readonly egress: boolean;
  /** 32767 for the `*` rule. */
  readonly ruleNumber: number;
  readonly ruleLabel: string;
  readonly type: string;
  readonly protocol: string;
  readonly portRange: string;
  readonly cidr: string;
  readonly action: "Allow" | "Deny";
  readonly removable: boolean;
}

export function aclRows(snapshot: AwsSnapshot, aclId: string): { inSnapshot: boolean; inbound: AclRow[]; outbound: AclRow[] } {
  const acl = find(snapshot, "NetworkAcls", "NetworkAclId", aclId);
  const entries = acl ? aclEntriesJson(acl) : [];
  const read = (egress: boolean): AclRow[] => {
    const rows = entries
      .filter((e) => Boolean(e.Egress) === egress)
      .map<AclRow>((e) => {
        const protocol = protocolFromJson(e.Protocol);
        const range = e.PortRange as { From?: number; To?: number } | undefined;
        const n = Number(e.RuleNumber);
        return {
          egress,
          ruleNumber: n,
          ruleLabel: n >= 32767 ? "*" : String(n),
          type: typeName(protocol, range?.From, range?.To),
          protocol: protocol === "all" ? "All" : protocol.toUpperCase(),
          portRange: portText(protocol, range?.From, range?.To),
          cidr: String(e.CidrBlock ?? e.Ipv6CidrBlock ?? ""),
          action: String(e.RuleAction).toLowerCase() === "allow" ? "Allow" : "Deny",
          removable: n < 32767,
        };
      })
      .sort((a, b) => a.ruleNumber - b.ruleNumber);
    // The console always ends with the fixed `*` rule (IPv4), whether or not the JSON lists it.
    if (!rows.some((r) => r.ruleNumber >= 32767 && r.cidr === "0.0.0.0/0")) {
      rows.push({ egress, ruleNumber: 32767, ruleLabel: "*", type: "All traffic", protocol: "All", portRange: "All", cidr: "0.0.0.0/0", action: "Deny", removable: false });
    }
    return rows;
  };
  return { inSnapshot: !!acl, inbound: read(false), outbound: read(true) };
}
