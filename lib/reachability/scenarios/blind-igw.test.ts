/**
 * Blind scenario (written from AWS documentation before reading the engine): igw.
 * Source: AWS VPC User Guide, "Enable internet access for a VPC using an internet gateway" (VPC_Internet_Gateway.md: IGW attached, route, public IPv4 or EIP, NACL/SG) and RA explanation codes IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS, IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS, IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS (semantics 2.1-2.6).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-igw.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: igw", () => {
  it("2.1 public IP, route to IGW: i-0a11111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0a11111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0a11111111111111a", "eni-9ea86f4479079f659", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-9ea86f4479079f659", "i-0a11111111111111a"]);
  });
  it("2.1 EIP via Addresses only: i-0a22222222222222b -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0a22222222222222b", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0a22222222222222b", "eni-0a2222222222222bb", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-0a2222222222222bb", "i-0a22222222222222b"]);
  });
  it("2.4 no public IP: i-0a33333333333333c -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0a33333333333333c", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
    expect(v.forward).toEqual(["i-0a33333333333333c", "eni-3aeee9cf022c8528c", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual([]);
  });
  it("2.6: i-0a11111111111111a -> 192.168.5.5 tcp/443", () => {
    const v = ask({"Source": "i-0a11111111111111a", "Destination": "192.168.5.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS"]);
    expect(v.forward).toEqual(["i-0a11111111111111a", "eni-9ea86f4479079f659", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual([]);
  });
  it("RA ex2: igw-0f1e2d3c4b5a69788 -> i-0a11111111111111a tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a11111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-9ea86f4479079f659", "i-0a11111111111111a"]);
    expect(v.back).toEqual(["i-0a11111111111111a", "eni-9ea86f4479079f659", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
  });
  it("EIP inbound: igw-0f1e2d3c4b5a69788 -> i-0a22222222222222b tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a22222222222222b", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-0a2222222222222bb", "i-0a22222222222222b"]);
    expect(v.back).toEqual(["i-0a22222222222222b", "eni-0a2222222222222bb", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
  });
  it("SG 22: igw-0f1e2d3c4b5a69788 -> i-0a11111111111111a tcp/22", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a11111111111111a", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001"]);
    expect(v.back).toEqual([]);
  });
  it("2.5: igw-0f1e2d3c4b5a69788 -> i-0a33333333333333c tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a33333333333333c", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual([]);
  });
  it("2.2 private subnet w/ public IP: i-0a44444444444444d -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0a44444444444444d", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0a44444444444444d", "eni-75168d2d8401c138b", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0main000000000001"]);
    expect(v.back).toEqual([]);
  });
  it("2.6: igw-0f1e2d3c4b5a69788 -> i-0a11111111111111a tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a11111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "10.200.1.1"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS"]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788"]);
    expect(v.back).toEqual([]);
  });
  it("dest as public IP: igw-0f1e2d3c4b5a69788 -> 54.210.1.10 tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "54.210.1.10", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-9ea86f4479079f659", "i-0a11111111111111a"]);
    expect(v.back).toEqual(["i-0a11111111111111a", "eni-9ea86f4479079f659", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0pub0000000000001", "igw-0f1e2d3c4b5a69788"]);
  });
  it("2.2 public IP in a private subnet: delivered, but the reply has no route to the IGW: igw-0f1e2d3c4b5a69788 -> i-0a44444444444444d tcp/443", () => {
    const v = ask({"Source": "igw-0f1e2d3c4b5a69788", "Destination": "i-0a44444444444444d", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["igw-0f1e2d3c4b5a69788", "acl-0d1e2f3a4b5c60001", "sg-0web0000000000001", "eni-75168d2d8401c138b", "i-0a44444444444444d"]);
    expect(v.back).toEqual(["i-0a44444444444444d", "eni-75168d2d8401c138b", "sg-0web0000000000001", "acl-0d1e2f3a4b5c60001", "rtb-0main000000000001"]);
  });
});
