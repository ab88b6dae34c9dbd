/**
 * Blind scenario (written from AWS documentation before reading the engine): icmp.
 * Source: AWS VPC User Guide, security group rules for ICMP (FromPort = type, ToPort = code, -1 for all) and network ACL rules with IcmpTypeCode; the destination subnet's NACL is met before the destination's security group (RA Example 2 order).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-icmp.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: icmp", () => {
  it("SG icmp type 8 code -1 (echo): i-0a21111111111111a -> i-0a22222222222222a icmp/", () => {
    const v = ask({"Source": "i-0a21111111111111a", "Destination": "i-0a22222222222222a", "Protocol": "icmp"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0a21111111111111a", "eni-59677f6473bb79c29", "sg-0a20none00000001", "acl-0a20a00000000001", "rtb-0a200000000000main", "acl-0a20icmp00000001", "sg-0a20ping00000001", "eni-b2262f53835978c3e", "i-0a22222222222222a"]);
    expect(v.back).toEqual(["i-0a22222222222222a", "eni-b2262f53835978c3e", "sg-0a20ping00000001", "acl-0a20icmp00000001", "rtb-0a200000000000main", "acl-0a20a00000000001", "sg-0a20none00000001", "eni-59677f6473bb79c29", "i-0a21111111111111a"]);
  });
  it("SG source CIDR: i-0a21111111111111b -> i-0a22222222222222a icmp/", () => {
    const v = ask({"Source": "i-0a21111111111111b", "Destination": "i-0a22222222222222a", "Protocol": "icmp"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0a21111111111111b", "eni-a3a53042f20232fd3", "sg-0a20none00000001", "acl-0a20a00000000001", "rtb-0a200000000000main", "acl-0a20icmp00000001", "sg-0a20ping00000001"]);
    expect(v.back).toEqual([]);
  });
  it("SG all ICMP FromPort -1: i-0a21111111111111b -> i-0a22222222222222b icmp/", () => {
    const v = ask({"Source": "i-0a21111111111111b", "Destination": "i-0a22222222222222b", "Protocol": "icmp"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0a21111111111111b", "eni-a3a53042f20232fd3", "sg-0a20none00000001", "acl-0a20a00000000001", "rtb-0a200000000000main", "acl-0a20icmp00000001", "sg-0a20icmp00000001", "eni-260ff936d68fb16ea", "i-0a22222222222222b"]);
    expect(v.back).toEqual(["i-0a22222222222222b", "eni-260ff936d68fb16ea", "sg-0a20icmp00000001", "acl-0a20icmp00000001", "rtb-0a200000000000main", "acl-0a20a00000000001", "sg-0a20none00000001", "eni-a3a53042f20232fd3", "i-0a21111111111111b"]);
  });
  it("NACL egress only ICMP: reply from port 22 denied: i-0a21111111111111a -> i-0a22222222222222b tcp/22", () => {
    const v = ask({"Source": "i-0a21111111111111a", "Destination": "i-0a22222222222222b", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0a21111111111111a", "eni-59677f6473bb79c29", "sg-0a20none00000001", "acl-0a20a00000000001", "rtb-0a200000000000main", "acl-0a20icmp00000001", "sg-0a20icmp00000001", "eni-260ff936d68fb16ea", "i-0a22222222222222b"]);
    expect(v.back).toEqual(["i-0a22222222222222b", "eni-260ff936d68fb16ea", "sg-0a20icmp00000001", "acl-0a20icmp00000001"]);
  });
  it("destination NACL (ingress) is met before the destination SG: i-0a21111111111111a -> i-0a22222222222222b udp/53", () => {
    const v = ask({"Source": "i-0a21111111111111a", "Destination": "i-0a22222222222222b", "Protocol": "udp", "DestinationPort": 53});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0a21111111111111a", "eni-59677f6473bb79c29", "sg-0a20none00000001", "acl-0a20a00000000001", "rtb-0a200000000000main", "acl-0a20icmp00000001"]);
    expect(v.back).toEqual([]);
  });
});
