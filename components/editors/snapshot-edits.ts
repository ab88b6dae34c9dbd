/**
 * Edits as immutable updates of the AWS JSON: each returns a new snapshot object sharing every untouched part
 * with the old one. Field names are AWS's (describe-route-tables, describe-security-groups,
 * describe-network-acls). A resource missing from the JSON (e.g. a main route table the engine filled in) cannot
 * be edited: EditRefused says so.
 */
import type { Model } from "@/lib/reachability";
import type { AwsSnapshot } from "@/components/network/load-network";
import { aclProtocolNumber, sgIpProtocol, type RuleProtocol } from "./console-types";
import { isIpv6Cidr } from "./drafts";

export class EditRefused extends Error {
  override readonly name = "EditRefused";
}

export type SgPeerKind = "IpRanges" | "Ipv6Ranges" | "PrefixListIds" | "UserIdGroupPairs";

export type Edit =
  | { readonly kind: "add-route"; readonly routeTableId: string; readonly destination: string; readonly target: string }
  | { readonly kind: "replace-route"; readonly routeTableId: string; readonly index: number; readonly destination: string; readonly target: string }
  | { readonly kind: "remove-route"; readonly routeTableId: string; readonly index: number }
  | {
      readonly kind: "add-sg-rule";
      readonly groupId: string;
      readonly direction: "inbound" | "outbound";
      readonly protocol: RuleProtocol;
      readonly range: readonly [number, number] | undefined;
      readonly peer: string;
    }
  | { readonly kind: "remove-sg-rule"; readonly groupId: string; readonly direction: "inbound" | "outbound"; readonly permissionIndex: number; readonly peerKind: SgPeerKind; readonly peerIndex: number }
  | {
      readonly kind: "add-acl-entry";
      readonly aclId: string;
      readonly egress: boolean;
      readonly ruleNumber: number;
      readonly protocol: RuleProtocol;
      readonly range: readonly [number, number] | undefined;
      readonly cidr: string;
      readonly action: "allow" | "deny";
    }
  | { readonly kind: "remove-acl-entry"; readonly aclId: string; readonly egress: boolean; readonly ruleNumber: number };

type Json = Record<string, unknown>;

function list(snapshot: AwsSnapshot, key: string): Json[] {
  const v = snapshot[key];
  return Array.isArray(v) ? (v as Json[]) : [];
}

/** Replaces the one item of `key` whose `idField` is `id`. */
function updateItem(snapshot: AwsSnapshot, key: string, idField: string, id: string, what: string, change: (item: Json) => Json): AwsSnapshot {
  const items = list(snapshot, key);
  const index = items.findIndex((i) => i[idField] === id);
  if (index < 0) throw new EditRefused(`${what} ${id} is not in the snapshot's ${key} (the engine filled it in), so it cannot be edited here.`);
  const next = items.slice();
  next[index] = change(items[index] as Json);
  return { ...snapshot, [key]: next };
}

/** The route field AWS uses for a target id, decided by what the id is in the model. */
export function routeTargetField(model: Model, target: string): string | undefined {
  if (target === "local") return "GatewayId";
  const c = model.components.get(target);
  if (c) {
    switch (c.kind) {
      case "nat-gateway":
        return "NatGatewayId";
      case "transit-gateway":
        return "TransitGatewayId";
      case "vpc-peering-connection":
        return "VpcPeeringConnectionId";
      case "egress-only-internet-gateway":
        return "EgressOnlyInternetGatewayId";
      case "internet-gateway":
      case "vpn-gateway":
      case "gateway-endpoint":
      case "gateway-load-balancer-endpoint":
      case "interface-endpoint":
        return "GatewayId";
      default:
        return undefined;
    }
  }
  if (model.instances.has(target)) return "InstanceId";
  if (model.enis.has(target)) return "NetworkInterfaceId";
  return undefined;
}

function routeJson(model: Model, destination: string, target: string): Json {
  const field = routeTargetField(model, target);
  if (!field) throw new EditRefused(`Unknown target ${target}.`);
  const dest = destination.startsWith("pl-")
    ? { DestinationPrefixListId: destination }
    : isIpv6Cidr(destination)
      ? { DestinationIpv6CidrBlock: destination }
      : { DestinationCidrBlock: destination };
  return { ...dest, [field]: target, Origin: "CreateRoute", State: "active" };
}

function withRoutes(item: Json, change: (routes: Json[]) => Json[]): Json {
  const routes = Array.isArray(item.Routes) ? (item.Routes as Json[]) : [];
  return { ...item, Routes: change(routes) };
}

/** AWS's default NACL entries (what the engine fills in for a default ACL listed without Entries). */
function defaultEntries(): Json[] {
  const all = (egress: boolean, n: number, action: string) => ({ RuleNumber: n, Protocol: "-1", RuleAction: action, Egress: egress, CidrBlock: "0.0.0.0/0" });
  return [all(false, 100, "allow"), all(false, 32767, "deny"), all(true, 100, "allow"), all(true, 32767, "deny")];
}

export function aclEntriesJson(item: Json): Json[] {
  if (Array.isArray(item.Entries)) return item.Entries as Json[];
  return item.IsDefault ? defaultEntries() : [];
}

export function applyEdit(snapshot: AwsSnapshot, edit: Edit, model: Model): AwsSnapshot {
  switch (edit.kind) {
    case "add-route":
      return updateItem(snapshot, "RouteTables", "RouteTableId", edit.routeTableId, "Route table", (t) => withRoutes(t, (r) => [...r, routeJson(model, edit.destination, edit.target)]));
    case "replace-route":
      return updateItem(snapshot, "RouteTables", "RouteTableId", edit.routeTableId, "Route table", (t) =>
        withRoutes(t, (r) => {
          if (!r[edit.index]) throw new EditRefused(`Route ${edit.index + 1} does not exist.`);
          return r.map((x, i) => (i === edit.index ? routeJson(model, edit.destination, edit.target) : x));
        }),
      );
    case "remove-route":
      return updateItem(snapshot, "RouteTables", "RouteTableId", edit.routeTableId, "Route table", (t) =>
        withRoutes(t, (r) => {
          const route = r[edit.index];
          if (!route) throw new EditRefused(`Route ${edit.index + 1} does not exist.`);
          if (route.GatewayId === "local") throw new EditRefused("The local route cannot be removed (AWS refuses it too).");
          return r.filter((_, i) => i !== edit.index);
        }),
      );
    case "add-sg-rule": {
      const key = edit.direction === "inbound" ? "IpPermissions" : "IpPermissionsEgress";
      const peer = edit.peer.trim();
      const peerPart = peer.startsWith("sg-") || model.securityGroups.has(peer)
        ? { UserIdGroupPairs: [{ GroupId: peer }] }
        : peer.startsWith("pl-") || model.prefixLists.has(peer)
          ? { PrefixListIds: [{ PrefixListId: peer }] }
          : isIpv6Cidr(peer)
            ? { Ipv6Ranges: [{ CidrIpv6: peer }] }
            : { IpRanges: [{ CidrIp: peer }] };
      const ports =
        edit.protocol === "all" ? {} : edit.protocol === "icmp" ? { FromPort: -1, ToPort: -1 } : { FromPort: edit.range?.[0] ?? 0, ToPort: edit.range?.[1] ?? 65535 };
      const permission = { IpProtocol: sgIpProtocol(edit.protocol), ...ports, ...peerPart };
      return updateItem(snapshot, "SecurityGroups", "GroupId", edit.groupId, "Security group", (g) => {
        const existing = Array.isArray(g[key]) ? (g[key] as Json[]) : key === "IpPermissionsEgress" ? [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] : [];
        return { ...g, [key]: [...existing, permission] };
      });
    }
    case "remove-sg-rule": {
      const key = edit.direction === "inbound" ? "IpPermissions" : "IpPermissionsEgress";
      return updateItem(snapshot, "SecurityGroups", "GroupId", edit.groupId, "Security group", (g) => {
        const perms = Array.isArray(g[key]) ? (g[key] as Json[]) : [];
        const perm = perms[edit.permissionIndex];
        const peers = perm && Array.isArray(perm[edit.peerKind]) ? (perm[edit.peerKind] as Json[]) : [];
        if (!perm || !peers[edit.peerIndex]) throw new EditRefused("That rule no longer exists.");
        const rest = peers.filter((_, i) => i !== edit.peerIndex);
        const nextPerm = { ...perm, [edit.peerKind]: rest };
        const empty = (["IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"] as const).every((k) => !Array.isArray(nextPerm[k]) || (nextPerm[k] as unknown[]).length === 0);
        return { ...g, [key]: empty ? perms.filter((_, i) => i !== edit.permissionIndex) : perms.map((p, i) => (i === edit.permissionIndex ? nextPerm : p)) };
      });
    }
    case "add-acl-entry":
      return updateItem(snapshot, "NetworkAcls", "NetworkAclId", edit.aclId, "Network ACL", (a) => {
        const entry: Json = {
          RuleNumber: edit.ruleNumber,
          Protocol: aclProtocolNumber(edit.protocol),
          RuleAction: edit.action,
          Egress: edit.egress,
          ...(isIpv6Cidr(edit.cidr) ? { Ipv6CidrBlock: edit.cidr } : { CidrBlock: edit.cidr }),
          ...(edit.protocol === "tcp" || edit.protocol === "udp" ? { PortRange: { From: edit.range?.[0] ?? 0, To: edit.range?.[1] ?? 65535 } } : {}),
          ...(edit.protocol === "icmp" ? { IcmpTypeCode: { Type: -1, Code: -1 } } : {}),
        };
        return { ...a, Entries: [...aclEntriesJson(a), entry] };
      });
    case "remove-acl-entry":
      return updateItem(snapshot, "NetworkAcls", "NetworkAclId", edit.aclId, "Network ACL", (a) => {
        if (edit.ruleNumber >= 32767) throw new EditRefused("The * rule cannot be removed: it ends every network ACL.");
        const entries = aclEntriesJson(a);
        const next = entries.filter((e) => !(Number(e.RuleNumber) === edit.ruleNumber && Boolean(e.Egress) === edit.egress));
        if (next.length === entries.length) throw new EditRefused(`Rule ${edit.ruleNumber} does not exist.`);
        return { ...a, Entries: next };
      });
  }
}
