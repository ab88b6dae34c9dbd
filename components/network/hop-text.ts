/**
 * Path components in words, for the hop list, the narrative and the table: headers ("tcp 10.0.1.10:50000 →
 * 10.0.2.10:5432"), rules and routes in the console's vocabulary, and what kind of thing an id is.
 */
import type { Model, PacketHeader, PathComponent, PortRange } from "@/lib/reachability";

const PROTOCOLS: Record<string, string> = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6", "-1": "all", all: "all" };

export function protocolName(p: string): string {
  return PROTOCOLS[p] ?? p;
}

const bare = (cidr: string | undefined) => (cidr ?? "?").replace(/\/(32|128)$/, "");
const port = (r: PortRange[] | undefined) => (r && r[0] ? (r[0].From === r[0].To ? String(r[0].From) : `${r[0].From}-${r[0].To}`) : undefined);

/** "tcp 10.0.1.10:50000 → 10.0.2.10:5432" (icmp: no ports). */
export function formatHeader(h: PacketHeader): string {
  const sp = port(h.SourcePortRanges);
  const dp = port(h.DestinationPortRanges);
  const src = bare(h.SourceAddresses[0]) + (sp ? `:${sp}` : "");
  const dst = bare(h.DestinationAddresses[0]) + (dp ? `:${dp}` : "");
  return `${protocolName(h.Protocol)} ${src} → ${dst}`;
}

export function sameHeader(a: PacketHeader | undefined, b: PacketHeader | undefined): boolean {
  return !a || !b || formatHeader(a) === formatHeader(b);
}

export function portRangeText(r: PortRange | undefined, protocol: string): string {
  const p = protocolName(protocol);
  if (p === "all") return "all traffic";
  if (!r) return p;
  return r.From === r.To ? `${p} ${r.From}` : r.From === 0 && r.To === 65535 ? `${p} all ports` : `${p} ${r.From}-${r.To}`;
}

/** A kind of component in words ("security group", "NAT gateway"), from the model. */
export function componentKind(model: Model, id: string): string {
  if (model.instances.has(id)) return "instance";
  if (model.enis.has(id)) return "network interface";
  if (model.securityGroups.has(id)) return "security group";
  if (model.networkAcls.has(id)) return "network ACL";
  if (model.routeTables.has(id)) return "route table";
  if (model.subnets.has(id)) return "subnet";
  if (model.vpcs.has(id)) return "VPC";
  const c = model.components.get(id);
  return c ? c.kind.replace(/-/g, " ").replace(/\bnat\b/, "NAT").replace(/\bvpc\b/, "VPC").replace(/\bvpn\b/, "VPN") : "component";
}

/** What a path component did, in one sentence without its number. */
export function describeHop(model: Model, hop: PathComponent): string {
  const id = hop.Component.Id;
  if (hop.SecurityGroupRule) {
    const r = hop.SecurityGroupRule;
    const out = r.Direction === "egress";
    const peer = r.Cidr ?? r.PrefixListId ?? r.ReferencedSecurityGroupId ?? "?";
    return `Security group ${id} ${out ? "outbound" : "inbound"} rule allows ${portRangeText(r.PortRange, r.Protocol)} ${out ? "to" : "from"} ${peer}.`;
  }
  if (hop.AclRule) {
    const r = hop.AclRule;
    const num = r.RuleNumber >= 32767 ? "*" : String(r.RuleNumber);
    return `Network ACL ${id} ${r.Egress ? "outbound" : "inbound"} rule ${num} ${r.RuleAction.toUpperCase()} ${portRangeText(r.PortRange, r.Protocol)} ${r.Egress ? "to" : "from"} ${r.Cidr}.`;
  }
  if (hop.RouteTableRoute) {
    const r = hop.RouteTableRoute;
    const target =
      r.GatewayId ?? r.NatGatewayId ?? r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.EgressOnlyInternetGatewayId ?? "?";
    return `Route table ${id} route ${r.DestinationCidr ?? r.DestinationPrefixListId ?? "?"} → ${target}${r.State && r.State !== "active" ? ` (${r.State})` : ""}.`;
  }
  const kind = componentKind(model, id);
  if (kind === "security group") return `Security group ${id} admits the reply: security groups are stateful.`;
  if (hop.InboundHeader && hop.OutboundHeader && !sameHeader(hop.InboundHeader, hop.OutboundHeader)) {
    return `${capital(kind)} ${id} translates ${formatHeader(hop.InboundHeader)} to ${formatHeader(hop.OutboundHeader)}.`;
  }
  if (kind === "network interface") return `Network interface ${id}${hop.Subnet ? ` in ${hop.Subnet.Id}` : ""}${hop.AttachedTo ? ` (attached to ${hop.AttachedTo.Id})` : ""}.`;
  return `${capital(kind)} ${id}.`;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
