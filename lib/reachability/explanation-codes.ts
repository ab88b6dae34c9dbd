/**
 * The closed vocabulary of outcome codes the engine emits. RA codes keep their AWS names (semantics section 14);
 * codes Reachable adds where RA has none follow the same style and say so in their comment.
 * The README table says exactly when each occurs.
 */
export type ExplanationCode =
  /** Component not in a functional state (a stopped instance, a NAT gateway that is not available, ...). */
  | "BAD_STATE"
  /** Attachment between components not functional (a detached network interface or gateway). */
  | "BAD_STATE_ATTACHMENT"
  /** Route not in a functional state (blackhole: deleted target, peering pending acceptance). */
  | "BAD_STATE_ROUTE"
  /** VPN connection not functional. */
  | "BAD_STATE_VPN"
  /** Route's destination CIDR or prefix list does not match the packet destination. */
  | "CANNOT_ROUTE"
  /** Source, destination or intermediate component filters prevent use of some components. */
  | "COMPONENT_FILTER_RESTRICTION"
  /** Classic load balancers apply network ACLs to outbound traffic even to same-subnet targets. */
  | "ELB_ACL_RESTRICTION"
  /** Load balancer can send only to targets in its enabled Availability Zones. */
  | "ELB_INSTALLED_AZ_RESTRICTION"
  /** Classic load balancer listener accepts only its port. */
  | "ELB_LISTENER_PORT_RESTRICTION"
  /** Classic load balancer has no listener accepting the traffic. */
  | "ELB_LISTENERS_MISMATCH"
  /** Cross-zone load balancing disabled, so some targets are unreachable. */
  | "ELB_NOT_CROSSZONE"
  /** Listener's target groups have no targets. */
  | "ELBV2_LISTENER_HAS_NO_TG"
  /** Listener accepts only its destination port. */
  | "ELBV2_LISTENER_PORT_RESTRICTION"
  /** No target group of the listener accepts the traffic. */
  | "ELBV2_LISTENER_REQUIRES_TG_ACCEPT"
  /** Load balancer has no listener that accepts the traffic. */
  | "ELBV2_LISTENERS_MISMATCH"
  /** Load balancer has no targets in the specified Availability Zones. */
  | "ELBV2_NO_TARGETS_IN_AZ"
  /** With client IP preservation the source address is unchanged through the NLB. */
  | "ELBV2_SOURCE_ADDRESS_PRESERVATION"
  /** Network interface passes traffic only if the source or destination matches its private IP. */
  | "ENI_ADDRESS_RESTRICTION"
  /** No security group rule (inbound or outbound) of the interface applies. */
  | "ENI_SG_RULES_MISMATCH"
  /** Source/destination check rejects traffic not sent from or to the interface's own addresses. */
  | "ENI_SOURCE_DEST_CHECK_RESTRICTION"
  /** Blocked by a Network Firewall rule. */
  | "FIREWALL_RULES_RESTRICTION"
  /** Gateways reject traffic from the VPC whose source address is not an interface of the VPC. */
  | "GATEWAY_REJECTS_SPOOFED_TRAFFIC"
  /** Gateway Load Balancer to target traffic must use destination port 6081. */
  | "GWLB_DESTINATION_PORT_RESTRICTION"
  /** Gateway Load Balancer to target traffic must be GENEVE (UDP). */
  | "GWLB_PROTOCOL_RESTRICTION"
  /** A route with the same CIDR but a higher priority wins. */
  | "HIGHER_PRIORITY_ROUTE"
  /** Internet gateway accepts inbound traffic only if the translated destination is within the VPC CIDRs. */
  | "IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS"
  /** Internet gateway rejects outbound traffic to RFC 1918 destinations. */
  | "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS"
  /** Internet gateway rejects outbound traffic to RFC 6598 destinations. */
  | "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS"
  /** Internet gateway as an intermediate component (NAT reflection) is unsupported by Reachability Analyzer. */
  | "IGW_NAT_REFLECTION"
  /** Internet gateway rejects inbound traffic whose destination is not the public IP of an interface with an available attachment. */
  | "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"
  /** Outbound source has no public IP, or is not an interface in the VPC with an available attachment. */
  | "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"
  /** Internet gateway rejects inbound traffic from RFC 1918 sources. */
  | "IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS"
  /** Internet gateway rejects inbound traffic from RFC 6598 sources. */
  | "IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS"
  /** Middlebox behind an ingress (gateway) route table needs a public IP to receive internet traffic. */
  | "INGRESS_RTB_NO_PUBLIC_IP"
  /** Subnets redirected to a middlebox cannot use a direct internet gateway route. */
  | "INGRESS_RTB_TRAFFIC_REDIRECTION"
  /** A more specific route matches. */
  | "MORE_SPECIFIC_ROUTE"
  /** NAT gateways do not alter destination addresses. */
  | "NGW_DEST_ADDRESS_PRESERVATION"
  /** NAT gateway carries only traffic from interfaces in its own VPC, not from peering, VPN or Direct Connect. */
  | "NGW_REQUIRES_SOURCE_IN_VPC"
  /** NAT gateway rewrites the source to its own address. */
  | "NGW_SOURCE_ADDRESS_REASSIGN"
  /** Cannot deliver to any destination. */
  | "NO_POSSIBLE_DESTINATION"
  /** Route table has no applicable route. */
  | "NO_ROUTE_TO_DESTINATION"
  /** Peering connection passes traffic only between addresses inside the two peered VPCs' CIDRs. */
  | "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"
  /** Component accepts only specific protocols. */
  | "PROTOCOL_RESTRICTION"
  /** Regional NAT gateway is not registered in the source Availability Zone. */
  | "REGIONAL_NGW_ROUTE_AZ_RESTRICTION"
  /** NAT gateway or load balancer remaps the source port into 1024-65535. */
  | "REMAP_EPHEMERAL_PORT"
  /** Security groups of the interface have no rule in that direction. */
  | "SG_HAS_NO_RULES"
  /** Component drops security group identity, so rules that reference security groups do not match. */
  | "SG_REFERENCES_NOT_PRESERVED"
  /** Transit gateway VPC attachment lacks security group referencing support. */
  | "SG_REFERENCING_SUPPORT"
  /** Traffic must be admitted by the subnet's network ACL. */
  | "SUBNET_ACL_RESTRICTION"
  /** Load balancer routes only to its targets' addresses. */
  | "TARGET_ADDRESS_RESTRICTION"
  /** Load balancer reaches a target only on its registered port. */
  | "TARGET_PORT_RESTRICTION"
  /** Transit gateway attachment lacks a transit gateway route table association. */
  | "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"
  /** Availability Zone mismatch (default mode) or AZ stickiness (appliance mode). */
  | "TGW_ATTACH_VPC_AZ_RESTRICTION"
  /** VPN attachment of the transit gateway not functional. */
  | "TGW_BAD_STATE_VPN"
  /** Transit gateway not registered in the source AZ; the attachment needs a subnet there. */
  | "TGW_ROUTE_AZ_RESTRICTION"
  /** Transit gateway route to the destination is in a bad state (blackhole). */
  | "TGW_RTB_BAD_STATE_ROUTE"
  /** Transit gateway route does not match the packet destination. */
  | "TGW_RTB_CANNOT_ROUTE"
  /** Same-CIDR transit gateway route with higher priority wins. */
  | "TGW_RTB_HIGHER_PRIORITY_ROUTE"
  /** A more specific transit gateway route exists. */
  | "TGW_RTB_MORE_SPECIFIC_ROUTE"
  /** Transit gateway route table has no route to the destination. */
  | "TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"
  /** Transit gateway route table routes unknown. */
  | "TGW_RTB_ROUTES_ARE_UNKNOWN"
  /** Not enough destination information. */
  | "UNKNOWN_DESTINATION"
  /** Peer VPC unknown; security group references to it are treated as deny. */
  | "UNKNOWN_PEERED_SGS"
  /** Resource cannot be described. */
  | "UNKNOWN_RESOURCE"
  /** Virtual private gateway accepts outbound traffic only from interfaces in its VPC. */
  | "VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS"
  /** Virtual private gateway accepts inbound traffic only to private IPs of interfaces in its VPC. */
  | "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"
  /** Internet traffic blocked by VPC Block Public Access. */
  | "VPC_BLOCK_PUBLIC_ACCESS_ENABLED"
  /** Local routes apply only within the VPC CIDR. */
  | "VPC_LOCAL_ROUTE_CIDR_RESTRICTION"
  /** Gateway endpoint emits only sources within its prefix-list CIDRs. */
  | "VPCE_GATEWAY_EGRESS_SOURCE_ADDRESS_RESTRICTION"
  /** Gateway endpoint accepts only TCP or ICMP echo (and emits only their replies). */
  | "VPCE_GATEWAY_PROTOCOL_RESTRICTION"
  /** A VPC endpoint cannot initiate connections to resources in its own VPC. */
  | "VPCE_INTRA_VPC_TRAFFIC"
  /** Endpoint service not installed in that Availability Zone. */
  | "VPCE_SERVICE_NOT_INSTALLED_IN_AZ"
  /** The VPCs are not connected by any supported resource. */
  | "DISCONNECTED_VPCS"
  /** No path found (isolated source or destination, a source that cannot initiate, unsupported feature). */
  | "NO_PATH"
  /** The source or destination does not exist. */
  | "NO_SOURCE_OR_DESTINATION"
  /** The component is not associated with a VPC, or has no address of the packet's family. */
  | "UNASSOCIATED_COMPONENT"
  /** The component is not supported. */
  | "UNSUPPORTED_COMPONENT"
  /** Additional detail: only the forward path was analysed. */
  | "UNIDIRECTIONAL_PATH_ANALYSIS_ONLY"
  /** Additional detail: the path crosses Availability Zones. */
  | "AVAILABILITY_ZONE_CROSSED"
  /** Additional detail: traffic reaches the endpoint through the transit gateway but there is no route back to it. */
  | "RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY"
  /** Additional detail: forwarding through a Gateway Load Balancer (endpoint) was not analysed. */
  | "PATH_THROUGH_GWLB_NOT_CHECKED"
  /** Reachable: a NAT gateway does not accept connections started from outside (rule 4.3). */
  | "NGW_OUTBOUND_ONLY"
  /** Reachable: a NAT gateway does not serve instances in its own subnet (rule 4.7, Batfish). */
  | "NGW_SOURCE_IN_OWN_SUBNET"
  /** Reachable: an egress-only internet gateway blocks IPv6 connections started from the internet (rule 3.1). */
  | "EIGW_OUTBOUND_ONLY"
  /** Reachable: an egress-only internet gateway carries IPv6 only (rule 3.1). */
  | "EIGW_IPV6_ONLY"
  /** Reachable: gateway endpoint connections cannot be extended out of the VPC (rule 9.3). */
  | "VPCE_GATEWAY_REQUIRES_SOURCE_IN_VPC"
  /** Reachable: the address is outside the allowed prefixes of the Direct Connect gateway association (rule 12.2). */
  | "DXGW_ALLOWED_PREFIXES_RESTRICTION"
  /** Reachable: a public virtual interface reaches only public AWS addresses (rule 12.1). */
  | "DX_PUBLIC_VIF_PUBLIC_ADDRESS_ONLY"
  /** Reachable: the packet revisits a component it has already crossed, so it loops until its TTL expires. */
  | "ROUTING_LOOP";

/** One line per code: what it means (also the fallback sentence). */
export const CODE_DESCRIPTIONS: Readonly<Record<ExplanationCode, string>> = {
  BAD_STATE: "Component not in a functional state (a stopped instance, a NAT gateway that is not available, ...).",
  BAD_STATE_ATTACHMENT: "Attachment between components not functional (a detached network interface or gateway).",
  BAD_STATE_ROUTE: "Route not in a functional state (blackhole: deleted target, peering pending acceptance).",
  BAD_STATE_VPN: "VPN connection not functional.",
  CANNOT_ROUTE: "Route's destination CIDR or prefix list does not match the packet destination.",
  COMPONENT_FILTER_RESTRICTION: "Source, destination or intermediate component filters prevent use of some components.",
  ELB_ACL_RESTRICTION: "Classic load balancers apply network ACLs to outbound traffic even to same-subnet targets.",
  ELB_INSTALLED_AZ_RESTRICTION: "Load balancer can send only to targets in its enabled Availability Zones.",
  ELB_LISTENER_PORT_RESTRICTION: "Classic load balancer listener accepts only its port.",
  ELB_LISTENERS_MISMATCH: "Classic load balancer has no listener accepting the traffic.",
  ELB_NOT_CROSSZONE: "Cross-zone load balancing disabled, so some targets are unreachable.",
  ELBV2_LISTENER_HAS_NO_TG: "Listener's target groups have no targets.",
  ELBV2_LISTENER_PORT_RESTRICTION: "Listener accepts only its destination port.",
  ELBV2_LISTENER_REQUIRES_TG_ACCEPT: "No target group of the listener accepts the traffic.",
  ELBV2_LISTENERS_MISMATCH: "Load balancer has no listener that accepts the traffic.",
  ELBV2_NO_TARGETS_IN_AZ: "Load balancer has no targets in the specified Availability Zones.",
  ELBV2_SOURCE_ADDRESS_PRESERVATION: "With client IP preservation the source address is unchanged through the NLB.",
  ENI_ADDRESS_RESTRICTION: "Network interface passes traffic only if the source or destination matches its private IP.",
  ENI_SG_RULES_MISMATCH: "No security group rule (inbound or outbound) of the interface applies.",
  ENI_SOURCE_DEST_CHECK_RESTRICTION: "Source/destination check rejects traffic not sent from or to the interface's own addresses.",
  FIREWALL_RULES_RESTRICTION: "Blocked by a Network Firewall rule.",
  GATEWAY_REJECTS_SPOOFED_TRAFFIC: "Gateways reject traffic from the VPC whose source address is not an interface of the VPC.",
  GWLB_DESTINATION_PORT_RESTRICTION: "Gateway Load Balancer to target traffic must use destination port 6081.",
  GWLB_PROTOCOL_RESTRICTION: "Gateway Load Balancer to target traffic must be GENEVE (UDP).",
  HIGHER_PRIORITY_ROUTE: "A route with the same CIDR but a higher priority wins.",
  IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: "Internet gateway accepts inbound traffic only if the translated destination is within the VPC CIDRs.",
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: "Internet gateway rejects outbound traffic to RFC 1918 destinations.",
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS: "Internet gateway rejects outbound traffic to RFC 6598 destinations.",
  IGW_NAT_REFLECTION: "Internet gateway as an intermediate component (NAT reflection) is unsupported by Reachability Analyzer.",
  IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: "Internet gateway rejects inbound traffic whose destination is not the public IP of an interface with an available attachment.",
  IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: "Outbound source has no public IP, or is not an interface in the VPC with an available attachment.",
  IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS: "Internet gateway rejects inbound traffic from RFC 1918 sources.",
  IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS: "Internet gateway rejects inbound traffic from RFC 6598 sources.",
  INGRESS_RTB_NO_PUBLIC_IP: "Middlebox behind an ingress (gateway) route table needs a public IP to receive internet traffic.",
  INGRESS_RTB_TRAFFIC_REDIRECTION: "Subnets redirected to a middlebox cannot use a direct internet gateway route.",
  MORE_SPECIFIC_ROUTE: "A more specific route matches.",
  NGW_DEST_ADDRESS_PRESERVATION: "NAT gateways do not alter destination addresses.",
  NGW_REQUIRES_SOURCE_IN_VPC: "NAT gateway carries only traffic from interfaces in its own VPC, not from peering, VPN or Direct Connect.",
  NGW_SOURCE_ADDRESS_REASSIGN: "NAT gateway rewrites the source to its own address.",
  NO_POSSIBLE_DESTINATION: "Cannot deliver to any destination.",
  NO_ROUTE_TO_DESTINATION: "Route table has no applicable route.",
  PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: "Peering connection passes traffic only between addresses inside the two peered VPCs' CIDRs.",
  PROTOCOL_RESTRICTION: "Component accepts only specific protocols.",
  REGIONAL_NGW_ROUTE_AZ_RESTRICTION: "Regional NAT gateway is not registered in the source Availability Zone.",
  REMAP_EPHEMERAL_PORT: "NAT gateway or load balancer remaps the source port into 1024-65535.",
  SG_HAS_NO_RULES: "Security groups of the interface have no rule in that direction.",
  SG_REFERENCES_NOT_PRESERVED: "Component drops security group identity, so rules that reference security groups do not match.",
  SG_REFERENCING_SUPPORT: "Transit gateway VPC attachment lacks security group referencing support.",
  SUBNET_ACL_RESTRICTION: "Traffic must be admitted by the subnet's network ACL.",
  TARGET_ADDRESS_RESTRICTION: "Load balancer routes only to its targets' addresses.",
  TARGET_PORT_RESTRICTION: "Load balancer reaches a target only on its registered port.",
  TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION: "Transit gateway attachment lacks a transit gateway route table association.",
  TGW_ATTACH_VPC_AZ_RESTRICTION: "Availability Zone mismatch (default mode) or AZ stickiness (appliance mode).",
  TGW_BAD_STATE_VPN: "VPN attachment of the transit gateway not functional.",
  TGW_ROUTE_AZ_RESTRICTION: "Transit gateway not registered in the source AZ; the attachment needs a subnet there.",
  TGW_RTB_BAD_STATE_ROUTE: "Transit gateway route to the destination is in a bad state (blackhole).",
  TGW_RTB_CANNOT_ROUTE: "Transit gateway route does not match the packet destination.",
  TGW_RTB_HIGHER_PRIORITY_ROUTE: "Same-CIDR transit gateway route with higher priority wins.",
  TGW_RTB_MORE_SPECIFIC_ROUTE: "A more specific transit gateway route exists.",
  TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT: "Transit gateway route table has no route to the destination.",
  TGW_RTB_ROUTES_ARE_UNKNOWN: "Transit gateway route table routes unknown.",
  UNKNOWN_DESTINATION: "Not enough destination information.",
  UNKNOWN_PEERED_SGS: "Peer VPC unknown; security group references to it are treated as deny.",
  UNKNOWN_RESOURCE: "Resource cannot be described.",
  VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS: "Virtual private gateway accepts outbound traffic only from interfaces in its VPC.",
  VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: "Virtual private gateway accepts inbound traffic only to private IPs of interfaces in its VPC.",
  VPC_BLOCK_PUBLIC_ACCESS_ENABLED: "Internet traffic blocked by VPC Block Public Access.",
  VPC_LOCAL_ROUTE_CIDR_RESTRICTION: "Local routes apply only within the VPC CIDR.",
  VPCE_GATEWAY_EGRESS_SOURCE_ADDRESS_RESTRICTION: "Gateway endpoint emits only sources within its prefix-list CIDRs.",
  VPCE_GATEWAY_PROTOCOL_RESTRICTION: "Gateway endpoint accepts only TCP or ICMP echo (and emits only their replies).",
  VPCE_INTRA_VPC_TRAFFIC: "A VPC endpoint cannot initiate connections to resources in its own VPC.",
  VPCE_SERVICE_NOT_INSTALLED_IN_AZ: "Endpoint service not installed in that Availability Zone.",
  DISCONNECTED_VPCS: "The VPCs are not connected by any supported resource.",
  NO_PATH: "No path found (isolated source or destination, a source that cannot initiate, unsupported feature).",
  NO_SOURCE_OR_DESTINATION: "The source or destination does not exist.",
  UNASSOCIATED_COMPONENT: "The component is not associated with a VPC, or has no address of the packet's family.",
  UNSUPPORTED_COMPONENT: "The component is not supported.",
  UNIDIRECTIONAL_PATH_ANALYSIS_ONLY: "Additional detail: only the forward path was analysed.",
  AVAILABILITY_ZONE_CROSSED: "Additional detail: the path crosses Availability Zones.",
  RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY: "Additional detail: traffic reaches the endpoint through the transit gateway but there is no route back to it.",
  PATH_THROUGH_GWLB_NOT_CHECKED: "Additional detail: forwarding through a Gateway Load Balancer (endpoint) was not analysed.",
  NGW_OUTBOUND_ONLY: "Reachable: a NAT gateway does not accept connections started from outside (rule 4.3).",
  NGW_SOURCE_IN_OWN_SUBNET: "Reachable: a NAT gateway does not serve instances in its own subnet (rule 4.7, Batfish).",
  EIGW_OUTBOUND_ONLY: "Reachable: an egress-only internet gateway blocks IPv6 connections started from the internet (rule 3.1).",
  EIGW_IPV6_ONLY: "Reachable: an egress-only internet gateway carries IPv6 only (rule 3.1).",
  VPCE_GATEWAY_REQUIRES_SOURCE_IN_VPC: "Reachable: gateway endpoint connections cannot be extended out of the VPC (rule 9.3).",
  DXGW_ALLOWED_PREFIXES_RESTRICTION: "Reachable: the address is outside the allowed prefixes of the Direct Connect gateway association (rule 12.2).",
  DX_PUBLIC_VIF_PUBLIC_ADDRESS_ONLY: "Reachable: a public virtual interface reaches only public AWS addresses (rule 12.1).",
  ROUTING_LOOP: "Reachable: the packet revisits a component it has already crossed, so it loops until its TTL expires.",
};

/** Every code, in declaration order (for tests and documentation). */
export const EXPLANATION_CODES: readonly ExplanationCode[] = Object.keys(CODE_DESCRIPTIONS) as ExplanationCode[];

/** Codes that inform but never block (RA "additional detail" codes). */
export const ADDITIONAL_DETAIL_CODES: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  "UNIDIRECTIONAL_PATH_ANALYSIS_ONLY",
  "AVAILABILITY_ZONE_CROSSED",
  "RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY",
  "PATH_THROUGH_GWLB_NOT_CHECKED",
]);

export function isExplanationCode(value: string): value is ExplanationCode {
  return Object.prototype.hasOwnProperty.call(CODE_DESCRIPTIONS, value);
}
