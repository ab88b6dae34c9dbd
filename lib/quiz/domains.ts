// Readable names of the exam domains questions are tagged with (AWS Advanced Networking Specialty
// ANS-C01 and Solutions Architect Associate SAA-C03 exam guides).
import { DOMAINS, type QuestionDomain } from "./question-schema";

export const DOMAIN_LABELS: Record<QuestionDomain, string> = {
  "ans-design": "Networking Specialty: network design",
  "ans-implementation": "Networking Specialty: network implementation",
  "ans-management": "Networking Specialty: network management and operation",
  "ans-security": "Networking Specialty: security, compliance and governance",
  "saa-secure": "Solutions Architect: secure architectures",
  "saa-resilient": "Solutions Architect: resilient architectures",
  "saa-performant": "Solutions Architect: high-performing architectures",
  "saa-cost": "Solutions Architect: cost-optimised architectures",
};

export function domainLabel(domain: string): string {
  return (DOMAIN_LABELS as Record<string, string>)[domain] ?? domain;
}

export function isDomain(value: string): value is QuestionDomain {
  return (DOMAINS as readonly string[]).includes(value);
}

const ACRONYMS: Record<string, string> = { cidr: "CIDR", vpc: "VPC", ipv6: "IPv6", ipv4: "IPv4", dns: "DNS", eni: "ENI", vpn: "VPN", nat: "NAT", ip: "IP", aws: "AWS", az: "AZ", acl: "ACL", bgp: "BGP", byoip: "BYOIP", ecmp: "ECMP", ssh: "SSH", privatelink: "PrivateLink" };

/** "nat-gateway" → "NAT gateway". */
export function topicLabel(topic: string): string {
  const words = topic.split("-").map((w) => ACRONYMS[w] ?? w);
  const first = words[0] ?? "";
  if (first === first.toLowerCase()) words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(" ");
}
