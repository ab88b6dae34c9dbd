/**
 * Blind scenario (written from AWS documentation before reading the engine): sg.
 * Source: AWS VPC User Guide, "Security groups" and EC2 User Guide "Security group rules" (references by private IP of members, prefix lists, rules of all groups combined, a group with no outbound rules denies all outbound) and RA codes ENI_SG_RULES_MISMATCH, SG_HAS_NO_RULES (semantics 5.1-5.6, 5.11, 5.12).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-sg.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: sg", () => {
  it("5.6 sg ref: i-0d11111111111111a -> i-0d33333333333333c tcp/5432", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d33333333333333c", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0db000000000001", "eni-e02eaa08092065eb5", "i-0d33333333333333c"]);
    expect(v.back).toEqual(["i-0d33333333333333c", "eni-e02eaa08092065eb5", "sg-0d0db000000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0web00000000001", "eni-c420e5b8d0e3c7721", "i-0d11111111111111a"]);
  });
  it("5.6 not member: i-0d22222222222222b -> i-0d33333333333333c tcp/5432", () => {
    const v = ask({"Source": "i-0d22222222222222b", "Destination": "i-0d33333333333333c", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0d22222222222222b", "eni-d968abe049aa71cc0", "sg-0d0other000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0db000000000001"]);
    expect(v.back).toEqual([]);
  });
  it("prefix list in 10.40.1.128/25: i-0d22222222222222b -> i-0d33333333333333c tcp/22", () => {
    const v = ask({"Source": "i-0d22222222222222b", "Destination": "i-0d33333333333333c", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d22222222222222b", "eni-d968abe049aa71cc0", "sg-0d0other000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0db000000000001", "eni-e02eaa08092065eb5", "i-0d33333333333333c"]);
    expect(v.back).toEqual(["i-0d33333333333333c", "eni-e02eaa08092065eb5", "sg-0d0db000000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0other000000001", "eni-d968abe049aa71cc0", "i-0d22222222222222b"]);
  });
  it("PL excludes .10: i-0d11111111111111a -> i-0d33333333333333c tcp/22", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d33333333333333c", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0db000000000001"]);
    expect(v.back).toEqual([]);
  });
  it("5.4 union: i-0d11111111111111a -> i-0d44444444444444d tcp/80", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d44444444444444d", "Protocol": "tcp", "DestinationPort": 80});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0a0000000000001", "eni-1c2e8c6369d559ff9", "i-0d44444444444444d"]);
    expect(v.back).toEqual(["i-0d44444444444444d", "eni-1c2e8c6369d559ff9", "sg-0d0a0000000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0web00000000001", "eni-c420e5b8d0e3c7721", "i-0d11111111111111a"]);
  });
  it("5.4 union: i-0d11111111111111a -> i-0d44444444444444d tcp/443", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d44444444444444d", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0b0000000000001", "eni-1c2e8c6369d559ff9", "i-0d44444444444444d"]);
    expect(v.back).toEqual(["i-0d44444444444444d", "eni-1c2e8c6369d559ff9", "sg-0d0a0000000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0web00000000001", "eni-c420e5b8d0e3c7721", "i-0d11111111111111a"]);
  });
  it("5.4: i-0d11111111111111a -> i-0d44444444444444d tcp/22", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d44444444444444d", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0a0000000000001"]);
    expect(v.back).toEqual([]);
  });
  it("5.2 no egress rules: i-0d55555555555555e -> i-0d44444444444444d tcp/80", () => {
    const v = ask({"Source": "i-0d55555555555555e", "Destination": "i-0d44444444444444d", "Protocol": "tcp", "DestinationPort": 80});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SG_HAS_NO_RULES"]);
    expect(v.forward).toEqual(["i-0d55555555555555e", "eni-b7c3da43a09c51ecc", "sg-0d0noegress000001"]);
    expect(v.back).toEqual([]);
  });
  it("proto: i-0d11111111111111a -> i-0d44444444444444d udp/80", () => {
    const v = ask({"Source": "i-0d11111111111111a", "Destination": "i-0d44444444444444d", "Protocol": "udp", "DestinationPort": 80});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0d11111111111111a", "eni-c420e5b8d0e3c7721", "sg-0d0web00000000001", "acl-0d0d0d0d0d0d0d001", "rtb-0d00000000000main", "acl-0d0d0d0d0d0d0d001", "sg-0d0a0000000000001"]);
    expect(v.back).toEqual([]);
  });
});
