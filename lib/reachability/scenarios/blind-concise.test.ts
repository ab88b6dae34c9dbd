/**
 * Blind scenario (written from AWS documentation before reading the engine): concise.
 * Source: AWS VPC User Guide (a VPC with a secondary IPv4 CIDR has a local route for each CIDR; a subnet with no association uses the main route table and the default NACL, filled in as AWS creates them) and engine-contract.md section 1 (partial snapshots).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-concise.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: concise", () => {
  it("secondary CIDR, no RT/NACL listed: main RT + default NACL filled in: i-0f11111111111111a -> i-0f12222222222222b tcp/443", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "i-0f12222222222222b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f10all000000001", "acl-default-vpc-0f11b2c3d4e5f6ad0", "rtb-main-vpc-0f11b2c3d4e5f6ad0", "acl-default-vpc-0f11b2c3d4e5f6ad0", "sg-0f10all000000001", "eni-ee3570834e8691565", "i-0f12222222222222b"]);
    expect(v.back).toEqual(["i-0f12222222222222b", "eni-ee3570834e8691565", "sg-0f10all000000001", "acl-default-vpc-0f11b2c3d4e5f6ad0", "rtb-main-vpc-0f11b2c3d4e5f6ad0", "acl-default-vpc-0f11b2c3d4e5f6ad0", "sg-0f10all000000001", "eni-4e805a30beef1d704", "i-0f11111111111111a"]);
  });
  it("secondary private IP: i-0f11111111111111a -> 100.64.1.11 tcp/443", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "100.64.1.11", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f10all000000001", "acl-default-vpc-0f11b2c3d4e5f6ad0", "rtb-main-vpc-0f11b2c3d4e5f6ad0", "acl-default-vpc-0f11b2c3d4e5f6ad0", "sg-0f10all000000001", "eni-ee3570834e8691565", "i-0f12222222222222b"]);
    expect(v.back).toEqual(["i-0f12222222222222b", "eni-ee3570834e8691565", "sg-0f10all000000001", "acl-default-vpc-0f11b2c3d4e5f6ad0", "rtb-main-vpc-0f11b2c3d4e5f6ad0", "acl-default-vpc-0f11b2c3d4e5f6ad0", "sg-0f10all000000001", "eni-4e805a30beef1d704", "i-0f11111111111111a"]);
  });
  it("SG: i-0f11111111111111a -> i-0f12222222222222b tcp/22", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "i-0f12222222222222b", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f10all000000001", "acl-default-vpc-0f11b2c3d4e5f6ad0", "rtb-main-vpc-0f11b2c3d4e5f6ad0", "acl-default-vpc-0f11b2c3d4e5f6ad0", "sg-0f10all000000001"]);
    expect(v.back).toEqual([]);
  });
});
