/**
 * Blind scenario (written from AWS documentation before reading the engine): nat.
 * Source: AWS VPC User Guide, "NAT gateways" (vpc-nat-gateway.md: public NAT in a public subnet with an EIP, private NAT has none and the IGW drops its traffic, outbound only, TCP/UDP/ICMP) and RA explanation codes (semantics 4.1-4.4).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-nat.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: nat", () => {
  it("4.2: i-0b11111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0b11111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0b11111111111111a", "eni-5a24e9893110422a3", "sg-0b0app00000000001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000app01", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000pub01", "igw-0b0b0b0b0b0b0b0b0"]);
    expect(v.back).toEqual(["igw-0b0b0b0b0b0b0b0b0", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000pub01", "acl-0b0b0b0b0b0b0b001", "sg-0b0app00000000001", "eni-5a24e9893110422a3", "i-0b11111111111111a"]);
  });
  it("4.4 udp: i-0b11111111111111a -> 8.8.8.8 udp/53", () => {
    const v = ask({"Source": "i-0b11111111111111a", "Destination": "8.8.8.8", "Protocol": "udp", "DestinationPort": 53});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0b11111111111111a", "eni-5a24e9893110422a3", "sg-0b0app00000000001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000app01", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000pub01", "igw-0b0b0b0b0b0b0b0b0"]);
    expect(v.back).toEqual(["igw-0b0b0b0b0b0b0b0b0", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000pub01", "acl-0b0b0b0b0b0b0b001", "sg-0b0app00000000001", "eni-5a24e9893110422a3", "i-0b11111111111111a"]);
  });
  it("4.1 private NAT to IGW dropped: i-0b22222222222222b -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0b22222222222222b", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
    expect(v.forward).toEqual(["i-0b22222222222222b", "eni-4ad44c1e6b31249a9", "sg-0b0app00000000001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000app02", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60002", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000pub01", "igw-0b0b0b0b0b0b0b0b0"]);
    expect(v.back).toEqual([]);
  });
  it("public NAT in private subnet: i-0b33333333333333c -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0b33333333333333c", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0b33333333333333c", "eni-a5fa8a3c4600b8ec7", "sg-0b0app00000000001", "acl-0b0b0b0b0b0b0b001", "rtb-0b0000000000app03", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60003", "acl-0b0b0b0b0b0b0b001", "rtb-0b00000000000main"]);
    expect(v.back).toEqual([]);
  });
  it("4.3 inbound to NAT EIP: igw-0b0b0b0b0b0b0b0b0 -> 44.200.1.1 tcp/22", () => {
    const v = ask({"Source": "igw-0b0b0b0b0b0b0b0b0", "Destination": "44.200.1.1", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual(["igw-0b0b0b0b0b0b0b0b0", "acl-0b0b0b0b0b0b0b001", "nat-0a1b2c3d4e5f60001"]);
    expect(v.back).toEqual([]);
  });
  it("4.3 private instance: igw-0b0b0b0b0b0b0b0b0 -> i-0b11111111111111a tcp/22", () => {
    const v = ask({"Source": "igw-0b0b0b0b0b0b0b0b0", "Destination": "i-0b11111111111111a", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["igw-0b0b0b0b0b0b0b0b0"]);
    expect(v.back).toEqual([]);
  });
});
