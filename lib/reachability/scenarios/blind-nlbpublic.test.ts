/**
 * Blind scenario (written from AWS documentation before reading the engine): nlbpublic.
 * Source: Elastic Load Balancing, Network Load Balancer guide (internet-facing NLB with Elastic IPs in LoadBalancerAddresses; client IP preservation for instance targets, so target security groups must allow the clients) and RA code ENI_SG_RULES_MISMATCH (semantics 10.1, 10.6).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-nlbpublic.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: nlbpublic", () => {
  it("10.6 instance target keeps the client IP: target SG allowing only the VPC CIDR rejects it: igw-0c20c20c20c20c201 -> pres-nlb tcp/443", () => {
    const v = ask({"Source": "igw-0c20c20c20c20c201", "Destination": "pres-nlb", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["igw-0c20c20c20c20c201", "acl-0c20c20c20c20c201", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/pres-nlb/0000000000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/pres-nlb-tg/0000000000000001", "eni-of-pres-nlb-subnet-0c20puba0000000001", "acl-0c20c20c20c20c201", "rtb-0c2000000000pub001", "acl-0c20c20c20c20c201", "sg-0c20vpconly00001"]);
    expect(v.back).toEqual([]);
  });
  it("10.6 target SG allows 0.0.0.0/0; reply through the NLB, not the NAT route: igw-0c20c20c20c20c201 -> open-nlb tcp/443", () => {
    const v = ask({"Source": "igw-0c20c20c20c20c201", "Destination": "open-nlb", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0c20c20c20c20c201", "acl-0c20c20c20c20c201", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/open-nlb/0000000000000002", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/open-nlb-tg/0000000000000002", "eni-of-open-nlb-subnet-0c20puba0000000001", "acl-0c20c20c20c20c201", "rtb-0c2000000000pub001", "acl-0c20c20c20c20c201", "sg-0c20world000001", "eni-f6478c66395093c67", "i-0c22222222222222b"]);
    expect(v.back).toEqual(["i-0c22222222222222b", "eni-f6478c66395093c67", "sg-0c20world000001", "acl-0c20c20c20c20c201", "acl-0c20c20c20c20c201", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/open-nlb/0000000000000002", "eni-of-open-nlb-subnet-0c20puba0000000001", "acl-0c20c20c20c20c201", "rtb-0c2000000000pub001", "igw-0c20c20c20c20c201"]);
  });
  it("NLB EIP as destination IP: igw-0c20c20c20c20c201 -> 52.4.2.2 tcp/443", () => {
    const v = ask({"Source": "igw-0c20c20c20c20c201", "Destination": "52.4.2.2", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0c20c20c20c20c201", "acl-0c20c20c20c20c201", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/open-nlb/0000000000000002", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/open-nlb-tg/0000000000000002", "eni-of-open-nlb-subnet-0c20puba0000000001", "acl-0c20c20c20c20c201", "rtb-0c2000000000pub001", "acl-0c20c20c20c20c201", "sg-0c20world000001", "eni-f6478c66395093c67", "i-0c22222222222222b"]);
    expect(v.back).toEqual(["i-0c22222222222222b", "eni-f6478c66395093c67", "sg-0c20world000001", "acl-0c20c20c20c20c201", "acl-0c20c20c20c20c201", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/open-nlb/0000000000000002", "eni-of-open-nlb-subnet-0c20puba0000000001", "acl-0c20c20c20c20c201", "rtb-0c2000000000pub001", "igw-0c20c20c20c20c201"]);
  });
});
