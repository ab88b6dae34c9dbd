// Words for a kebab-case concept or topic slug, with AWS's acronyms spelled as AWS does: "network-acl" →
// "network ACL", "nat-gateway" → "NAT gateway". Shared by the exercise and quiz labels.
const ACRONYMS: Record<string, string> = { cidr: "CIDR", vpc: "VPC", ipv6: "IPv6", ipv4: "IPv4", dns: "DNS", eni: "ENI", vpn: "VPN", nat: "NAT", ip: "IP", aws: "AWS", az: "AZ", acl: "ACL", bgp: "BGP", byoip: "BYOIP", ecmp: "ECMP", ssh: "SSH", privatelink: "PrivateLink" };

/** "network-acl" → "network ACL" (lower case but for acronyms, to sit mid-sentence). */
export function slugWords(slug: string): string {
  return slug
    .split("-")
    .map((w) => ACRONYMS[w] ?? w)
    .join(" ");
}

/** "nat-gateway" → "NAT gateway", "route-table" → "Route table" (a label that starts a line). */
export function slugLabel(slug: string): string {
  const text = slugWords(slug);
  const first = text.charAt(0);
  return first === first.toLowerCase() ? first.toUpperCase() + text.slice(1) : text;
}
