// Short definitions shown by <Term id="…">: one sentence each, learner-facing. A <Term> whose id is not here
// fails the content checks, so add the entry with the lesson that introduces the word.
export const GLOSSARY: Readonly<Record<string, string>> = {
  region: "A geographic area (such as us-east-1, N. Virginia) with its own, independent set of AWS data centres.",
  "availability-zone": "One or more data centres inside a Region with separate power and networking; a subnet lives in exactly one.",
  vpc: "Virtual Private Cloud: your own isolated network inside one Region, with the address range you choose.",
  cidr: "Classless Inter-Domain Routing: writing an address range as an address and a prefix length, such as 10.0.0.0/16.",
  subnet: "A slice of a VPC's address range that lives in one Availability Zone; instances are launched into subnets.",
  "route-table": "The rules that decide where traffic leaving a subnet goes next, chosen by the longest matching prefix.",
  "internet-gateway": "The VPC component that connects public subnets to the internet and translates public addresses.",
  "security-group": "A stateful firewall attached to network interfaces: replies to allowed traffic are always let back.",
  "network-acl": "A stateless firewall on a subnet's edge, with numbered rules checked in order, inbound and outbound separately.",
  "local-route": "The route every VPC route table holds for the VPC's own range, so all subnets can reach each other.",
  "vpc-endpoint": "A private connection from a VPC to one service (an AWS service or another VPC's application) that needs no internet gateway, NAT device or VPN.",
  "gateway-endpoint": "A VPC endpoint for Amazon S3 or DynamoDB that works as a route target: chosen route tables send the service's prefix list to it.",
  "prefix-list": "A named set of CIDR blocks (pl-…) that routes and security group rules can use as one destination; AWS keeps its managed lists up to date.",
  "interface-endpoint": "A VPC endpoint made of network interfaces with private addresses in the subnets you choose, one per Availability Zone, with security groups.",
  privatelink: "The AWS technology behind interface endpoints: private, one-way connections from a consumer's VPC to a service, without routing between the networks.",
  "endpoint-service": "An application a provider publishes with PrivateLink, behind a Network Load Balancer, for consumers to reach through interface endpoints.",
  "vpc-peering": "A connection (pcx-…) that routes private traffic between exactly two VPCs, once accepted and once both sides have routes to it.",
  "transit-gateway": "A Regional router (tgw-…) that VPCs, VPNs and Direct Connect gateways attach to, routing between them by its own route tables.",
  "site-to-site-vpn": "An encrypted IPsec connection (vpn-…) over the internet between your network's device and a virtual private gateway or transit gateway, always with two tunnels.",
  "customer-gateway": "The AWS record (cgw-…) of your side of a Site-to-Site VPN: your device's public IP address and, for BGP, its ASN.",
  "virtual-private-gateway": "The AWS end (vgw-…) of a Site-to-Site VPN or private Direct Connect link for one VPC, used as a route target.",
  "direct-connect": "A private network connection from your equipment to AWS through a Direct Connect location, not over the internet: dedicated or hosted.",
  "virtual-interface": "A VLAN with its own BGP session on a Direct Connect connection: private (to VPCs), public (to AWS public endpoints) or transit (to a transit gateway).",
  "direct-connect-gateway": "A global resource that joins Direct Connect virtual interfaces to virtual private gateways or transit gateways in any Region.",
  "flow-logs": "VPC Flow Logs: records of the IP traffic to and from network interfaces (who, where, ports, bytes, ACCEPT or REJECT), published minutes later, without payload.",
  "traffic-mirroring": "A copy of the packets, payload included, of an EC2 network interface, sent to a target appliance for inspection.",
  "reachability-analyzer": "An AWS tool that analyses the network configuration between a source and a destination, without sending packets, and explains hop by hop where a path stops.",
};

export function glossaryHint(id: string): string | undefined {
  return Object.hasOwn(GLOSSARY, id) ? GLOSSARY[id] : undefined;
}
