/**
 * Stage 5: explain. Every explanation carries its code (closed vocabulary) and one sentence for learners, in
 * the words of the AWS console ("Network ACL acl-0a1 (subnet-web) inbound: ..."). Tests assert on codes; the
 * sentences are for people.
 */
import type { Explanation } from "./analysis";
import { formatAddress } from "./cidr";
import { CODE_DESCRIPTIONS, type ExplanationCode } from "./explanation-codes";
import type { AclRuleOut } from "./network-acl";
import type { Packet } from "./packet";

type Fields = Omit<Explanation, "ExplanationCode" | "Explanation">;

function traffic(packet: Packet): string {
  if (packet.protocol === "icmp") return `icmp type ${packet.icmpType}`;
  return `${packet.protocol} ${packet.dstPort}`;
}

function aclRuleText(rule: AclRuleOut): string {
  const num = rule.RuleNumber >= 32767 ? "*" : String(rule.RuleNumber);
  const proto = rule.Protocol === "all" ? "all traffic" : rule.Protocol === "6" ? "tcp" : rule.Protocol === "17" ? "udp" : rule.Protocol === "1" ? "icmp" : `protocol ${rule.Protocol}`;
  const ports = rule.PortRange ? ` ${rule.PortRange.From === rule.PortRange.To ? rule.PortRange.From : `${rule.PortRange.From}-${rule.PortRange.To}`}` : "";
  return `rule ${num} ${rule.RuleAction.toUpperCase()} ${proto}${ports} ${rule.Egress ? "to" : "from"} ${rule.Cidr}`;
}

const id = (ref: { Id: string } | undefined): string => ref?.Id ?? "?";

/** The learner's sentence for an explanation. `leg` says whether the blocked packet is the request or its reply. */
export function sentenceFor(code: ExplanationCode, f: Fields, packet: Packet, leg: "forward" | "return" = "forward"): string {
  const src = formatAddress(packet.src);
  const dst = formatAddress(packet.dst);
  switch (code) {
    case "SUBNET_ACL_RESTRICTION": {
      const dir = f.Direction === "egress" ? "outbound" : "inbound";
      const peer = f.Direction === "egress" ? `to ${dst}` : `from ${src}`;
      const rule = f.AclRule;
      const subnet = f.Subnet ? ` (${id(f.Subnet)})` : "";
      // Only a blocked reply needs the ephemeral-port advice: its destination port is the client's ephemeral port.
      const ephemeral = leg === "return" && packet.protocol !== "icmp";
      const fix = ephemeral
        ? `Network ACLs are stateless: add ${dir === "inbound" ? "an inbound" : "an outbound"} ALLOW for ${packet.protocol} 1024-65535 (the reply's ephemeral ports) before any DENY.`
        : `Add ${dir === "inbound" ? "an inbound" : "an outbound"} ALLOW for ${traffic(packet)} ${peer} before any DENY.`;
      if (rule && rule.RuleNumber >= 32767) return `Network ACL ${id(f.Acl ?? f.Component)}${subnet} ${dir}: no rule allows ${traffic(packet)} ${peer}; rule * DENY matched. ${fix}`;
      return `Network ACL ${id(f.Acl ?? f.Component)}${subnet} ${dir}: ${rule ? aclRuleText(rule) : "a DENY rule"} matched ${traffic(packet)} ${peer} first. ${fix}`;
    }
    case "ENI_SG_RULES_MISMATCH": {
      const groups = (f.SecurityGroups ?? []).map((g) => g.Id).join(", ");
      const dir = f.Direction === "egress" ? "outbound" : "inbound";
      const peer = f.Direction === "egress" ? `to ${dst}` : `from ${src}`;
      return `Security group${(f.SecurityGroups?.length ?? 0) > 1 ? "s" : ""} ${groups} of ${id(f.NetworkInterface)} ${dir}: no rule allows ${traffic(packet)} ${peer}. Add an ${dir} rule for ${traffic(packet)} ${peer} (a CIDR, a prefix list, or a security group the ${f.Direction === "egress" ? "destination" : "source"} interface belongs to; referenced groups match private IP addresses only).`;
    }
    case "SG_HAS_NO_RULES": {
      const groups = (f.SecurityGroups ?? []).map((g) => g.Id).join(", ");
      const dir = f.Direction === "egress" ? "outbound" : "inbound";
      return `Security group${(f.SecurityGroups?.length ?? 0) > 1 ? "s" : ""} ${groups} of ${id(f.NetworkInterface)} ha${(f.SecurityGroups?.length ?? 0) > 1 ? "ve" : "s"} no ${dir} rules, so ${dir} traffic is denied. Add an ${dir} rule for ${traffic(packet)}.`;
    }
    case "INGRESS_RTB_NO_PUBLIC_IP":
      return `Gateway route table ${id(f.IngressRouteTable)} sends internet traffic for ${dst} to network interface ${id(f.NetworkInterface ?? f.Component)}, which has no public IP address; a middlebox that receives traffic through an internet gateway needs one. Assign a public IP or Elastic IP to the appliance's interface.`;
    case "INGRESS_RTB_TRAFFIC_REDIRECTION":
      return `Internet gateway ${id(f.InternetGateway ?? f.Component)} sends traffic for ${src} to a middlebox (gateway route table ${id(f.IngressRouteTable)}), but ${f.Subnet ? `subnet ${id(f.Subnet)}` : "the subnet"} routes its internet traffic straight to the internet gateway: asymmetric routing around the appliance is not supported. Route the subnet's 0.0.0.0/0 to the appliance.`;
    case "SG_REFERENCING_SUPPORT": {
      const groups = (f.SecurityGroups ?? []).map((g) => g.Id).join(", ");
      const where = f.TransitGatewayAttachment ? `attachment ${id(f.TransitGatewayAttachment)} of transit gateway ${id(f.TransitGateway)}` : `transit gateway ${id(f.TransitGateway)}`;
      return `Security group${(f.SecurityGroups?.length ?? 0) > 1 ? "s" : ""} ${groups} of ${id(f.NetworkInterface)} admit${(f.SecurityGroups?.length ?? 0) > 1 ? "" : "s"} ${traffic(packet)} from ${src} only by a rule that references a security group, and ${where} has security group referencing support disabled, so references do not match traffic that crossed it. Enable SecurityGroupReferencingSupport on the transit gateway and on both VPC attachments, or allow the source's CIDR.`;
    }
    case "NO_ROUTE_TO_DESTINATION":
      return `Route table ${id(f.RouteTable)}${f.Subnet ? ` (${id(f.Subnet)})` : ""} has no route that matches ${dst}. Add a route for ${dst} (for the internet, 0.0.0.0/0 to an internet gateway or NAT gateway).`;
    case "BAD_STATE_ROUTE": {
      const r = f.RouteTableRoute;
      const target = r ? Object.entries(r).find(([k]) => k.endsWith("Id") && k !== "DestinationPrefixListId")?.[1] : undefined;
      return `Route ${r?.DestinationCidr ?? r?.DestinationPrefixListId ?? ""} -> ${target ?? "?"} in ${id(f.RouteTable)} is a blackhole: its target no longer exists or is not active${f.VpcPeeringConnection ? ` (peering connection ${id(f.VpcPeeringConnection)} is ${f.State ?? "not active"})` : ""}. Traffic that matches it is dropped.`;
    }
    case "BAD_STATE":
      return `${id(f.Component)} is ${f.State ?? "not in a working state"}; it must be ${f.Component?.Id.startsWith("i-") ? "running" : "available"} to carry traffic.`;
    case "BAD_STATE_ATTACHMENT":
      return `${id(f.Component)} is not attached${f.State ? ` (state ${f.State})` : ""}${f.AttachedTo ? ` to ${id(f.AttachedTo)}` : ""}, so it cannot carry traffic.`;
    case "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS":
      return `Internet gateway ${id(f.InternetGateway ?? f.Component)} drops traffic from ${src}: that private address has no public IPv4 address or Elastic IP (or is not an attached interface of the VPC). Assign a public IP or Elastic IP, or route through a NAT gateway.`;
    case "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS":
      return `Internet gateway ${id(f.InternetGateway ?? f.Component)} drops inbound traffic to ${dst}: from the internet only a public IP or Elastic IP associated with an attached network interface in the VPC can be reached.`;
    case "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS":
    case "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS":
      return `Internet gateway ${id(f.InternetGateway ?? f.Component)} does not forward traffic to the private address ${dst} (${code.includes("1918") ? "RFC 1918" : "RFC 6598"}) to the internet.`;
    case "IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS":
    case "IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS":
      return `Internet gateway ${id(f.InternetGateway ?? f.Component)} drops inbound traffic from the private address ${src} (${code.includes("1918") ? "RFC 1918" : "RFC 6598"}).`;
    case "ENI_SOURCE_DEST_CHECK_RESTRICTION":
      return `Network interface ${id(f.NetworkInterface ?? f.Component)} has source/destination check enabled, so it drops traffic ${f.Direction === "egress" ? `from ${src}` : `to ${dst}`} that is not its own address. Disable the check on appliances and NAT instances.`;
    case "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR":
      return `Peering connection ${id(f.VpcPeeringConnection ?? f.Component)} carries only traffic between the two peered VPCs' CIDRs; ${src} -> ${dst} is not (peering is not transitive and gives no edge-to-edge routing).`;
    case "NGW_REQUIRES_SOURCE_IN_VPC":
      return `NAT gateway ${id(f.NatGateway ?? f.Component)} only serves traffic that starts at interfaces in its own VPC; ${src} is not one (no NAT through peering, VPN or Direct Connect).`;
    case "NGW_OUTBOUND_ONLY":
      if (leg === "return" && f.Direction === "egress") return `NAT gateway ${id(f.NatGateway ?? f.Component)} carries only connections started inside its VPC; this reply to ${dst} belongs to a connection started outside it (the internet, a peered VPC, a transit gateway or on-premises), and translated it would come from the NAT gateway's address, not the address the client reached. Route the reply's destination ${dst} back the way the request came (an instance in a private subnet cannot be reached from the internet, even with a public IP: use a public subnet or a load balancer).`;
      return `NAT gateway ${id(f.NatGateway ?? f.Component)} does not accept connections started from outside; it only carries replies to connections its VPC opened.`;
    case "NGW_SOURCE_IN_OWN_SUBNET":
      return `NAT gateway ${id(f.NatGateway ?? f.Component)} does not serve instances in its own subnet ${id(f.Subnet)}; put the instances in a private subnet whose route table points to the NAT gateway.`;
    case "EIGW_OUTBOUND_ONLY":
      if (leg === "return") return `Egress-only internet gateway ${id(f.Component)} carries only IPv6 connections started inside the VPC; this reply to ${dst} belongs to a connection started from outside, so it is not let through. To accept connections from the internet, route the IPv6 range (::/0) to an internet gateway instead.`;
      return `Egress-only internet gateway ${id(f.Component)} lets IPv6 connections out but blocks connections started from the internet to ${dst}.`;
    case "EIGW_IPV6_ONLY":
      return `Egress-only internet gateway ${id(f.Component)} carries IPv6 only; ${dst} is IPv4.`;
    case "VPCE_GATEWAY_PROTOCOL_RESTRICTION":
      return `Gateway endpoint ${id(f.VpcEndpoint ?? f.Component)} accepts only TCP and ICMP echo; ${traffic(packet)} is not carried.`;
    case "VPCE_GATEWAY_REQUIRES_SOURCE_IN_VPC":
      return `Gateway endpoint ${id(f.VpcEndpoint ?? f.Component)} serves only interfaces in its own VPC; ${src} is not one (endpoint connections cannot be extended out of a VPC).`;
    case "NO_POSSIBLE_DESTINATION":
      return `Nothing at ${dst} can receive this traffic${f.Component ? ` after ${id(f.Component)}` : ""}.`;
    case "NO_SOURCE_OR_DESTINATION":
      return `${f.MissingComponent ?? "The source or destination"} does not exist in the snapshot.`;
    case "UNASSOCIATED_COMPONENT":
      return `${id(f.Component)} has no ${packet.src.family === 6 ? "IPv6" : "IPv4"} address in a VPC to send or receive this traffic.`;
    case "ROUTING_LOOP":
      return `The packet ${src} -> ${dst} returns to ${id(f.Component)}: the routes form a loop.`;
    case "GATEWAY_REJECTS_SPOOFED_TRAFFIC":
      return `${id(f.Component)} drops traffic from ${src}: the source is not an address of an interface in the VPC.`;
    default:
      return `${id(f.Component)}: ${CODE_DESCRIPTIONS[code]}`;
  }
}

/** Builds an explanation with its sentence. */
export function makeExplanation(code: ExplanationCode, fields: Fields, packet: Packet, sentence?: string, leg: "forward" | "return" = "forward"): Explanation {
  return { ExplanationCode: code, ...fields, Explanation: sentence ?? sentenceFor(code, fields, packet, leg) };
}
