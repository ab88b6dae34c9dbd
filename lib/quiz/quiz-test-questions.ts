// Three small questions, one of each kind, for the quiz modes' tests (tests only).
import type { Question } from "./question-schema";

const base = {
  lesson: { slug: "subnets", section: "the-five-addresses-aws-keeps" },
  difficulty: 1 as const,
  source: "aws-docs" as const,
};

export const singleQ: Question = {
  ...base,
  id: "t-single",
  kind: "single",
  stem: "Which gateway gives a public subnet its route to the internet?",
  choices: [
    { id: "a", text: "A NAT gateway", explanation: "Wrong: a NAT gateway is for private subnets." },
    { id: "b", text: "An internet gateway", explanation: "Correct: the route 0.0.0.0/0 points at it." },
    { id: "c", text: "A virtual private gateway", explanation: "Wrong: that one leads to a VPN." },
    { id: "d", text: "A transit gateway", explanation: "Wrong: it connects VPCs and networks." },
  ],
  answer: "b",
  explanation: "A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway.",
  topics: ["internet-gateway", "route-table"],
  domains: ["ans-design"],
};

export const multipleQ: Question = {
  ...base,
  id: "t-multiple",
  kind: "multiple",
  stem: "Which two are stateless or stateful filters in a VPC? Choose two of the listed options.",
  choices: [
    { id: "a", text: "Security group", explanation: "Correct: a stateful filter on interfaces." },
    { id: "b", text: "Network ACL", explanation: "Correct: a stateless filter on subnets." },
    { id: "c", text: "Route table", explanation: "Wrong: it routes, it does not filter." },
    { id: "d", text: "Elastic IP", explanation: "Wrong: it is an address." },
    { id: "e", text: "Internet gateway", explanation: "Wrong: it translates addresses." },
  ],
  answer: { ids: ["b", "a"], choose: 2 },
  explanation: "Security groups and network ACLs are the VPC's two packet filters.",
  topics: ["security-group", "network-acl"],
  domains: ["ans-security", "saa-secure"],
};

export const numericQ: Question = {
  ...base,
  id: "t-numeric",
  kind: "numeric",
  stem: "How many usable IPv4 addresses does a /28 subnet offer in a VPC?",
  answer: { value: 11 },
  explanation: "16 addresses minus the five AWS reserves leaves 11.",
  topics: ["subnet", "cidr"],
  domains: ["saa-performant", "ans-design"],
};

export const testQuestions: Question[] = [singleQ, multipleQ, numericQ];
