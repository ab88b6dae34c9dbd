// Readable names of the exam domains questions are tagged with (AWS Advanced Networking Specialty
// ANS-C01 and Solutions Architect Associate SAA-C03 exam guides).
import { DOMAINS, type QuestionDomain } from "./question-schema";
import { slugLabel } from "../content/slug-words";

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

/** "nat-gateway" → "NAT gateway". */
export const topicLabel = slugLabel;
