/**
 * Blind scenario (written from AWS documentation before reading the engine): nacl.
 * Source: AWS VPC User Guide, "Control subnet traffic with network access control lists" (VPC_ACLs.md: rules in number order, first match decides, stateless so replies need ephemeral ports, a new custom NACL denies all, rules are evaluated entering and leaving the subnet, not within it) and RA code SUBNET_ACL_RESTRICTION (semantics 6.2-6.7).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-nacl.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: nacl", () => {
  it("6.3 deny rule 100 before allow 200: i-0e11111111111111a -> i-0e22222222222222b tcp/22", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e22222222222222b", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0order000000001"]);
    expect(v.back).toEqual([]);
  });
  it("6.3 rule 50 allow before 110 deny: i-0e11111111111111a -> i-0e22222222222222b tcp/80", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e22222222222222b", "Protocol": "tcp", "DestinationPort": 80});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0order000000001", "sg-0e0all0000000001", "eni-bae32b35da405a8a7", "i-0e22222222222222b"]);
    expect(v.back).toEqual(["i-0e22222222222222b", "eni-bae32b35da405a8a7", "sg-0e0all0000000001", "acl-0e0order000000001", "rtb-0e00000000000main", "acl-0e0default0000001", "sg-0e0all0000000001", "eni-39f5cfa4fbd6e5e34", "i-0e11111111111111a"]);
  });
  it("rule 200: i-0e11111111111111a -> i-0e22222222222222b tcp/443", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e22222222222222b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0order000000001", "sg-0e0all0000000001", "eni-bae32b35da405a8a7", "i-0e22222222222222b"]);
    expect(v.back).toEqual(["i-0e22222222222222b", "eni-bae32b35da405a8a7", "sg-0e0all0000000001", "acl-0e0order000000001", "rtb-0e00000000000main", "acl-0e0default0000001", "sg-0e0all0000000001", "eni-39f5cfa4fbd6e5e34", "i-0e11111111111111a"]);
  });
  it("6.5 reply to ephemeral port denied (forward delivered): i-0e11111111111111a -> i-0e33333333333333c tcp/443", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e33333333333333c", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0noephem0000001", "sg-0e0all0000000001", "eni-e1a6735f6afee64f3", "i-0e33333333333333c"]);
    expect(v.back).toEqual(["i-0e33333333333333c", "eni-e1a6735f6afee64f3", "sg-0e0all0000000001", "acl-0e0noephem0000001"]);
  });
  it("6.2 custom empty: i-0e11111111111111a -> i-0e44444444444444d tcp/443", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e44444444444444d", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0empty00000001"]);
    expect(v.back).toEqual([]);
  });
  it("6.7 same subnet no NACL: i-0e44444444444444d -> i-0e55555555555555e tcp/443", () => {
    const v = ask({"Source": "i-0e44444444444444d", "Destination": "i-0e55555555555555e", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0e44444444444444d", "eni-1818d7fd5709d4bb7", "sg-0e0all0000000001", "sg-0e0all0000000001", "eni-977b322f0b45244bb", "i-0e55555555555555e"]);
    expect(v.back).toEqual(["i-0e55555555555555e", "eni-977b322f0b45244bb", "sg-0e0all0000000001", "sg-0e0all0000000001", "eni-1818d7fd5709d4bb7", "i-0e44444444444444d"]);
  });
  it("icmp rule 200: i-0e11111111111111a -> i-0e22222222222222b icmp/", () => {
    const v = ask({"Source": "i-0e11111111111111a", "Destination": "i-0e22222222222222b", "Protocol": "icmp"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0e11111111111111a", "eni-39f5cfa4fbd6e5e34", "sg-0e0all0000000001", "acl-0e0default0000001", "rtb-0e00000000000main", "acl-0e0order000000001", "sg-0e0all0000000001", "eni-bae32b35da405a8a7", "i-0e22222222222222b"]);
    expect(v.back).toEqual(["i-0e22222222222222b", "eni-bae32b35da405a8a7", "sg-0e0all0000000001", "acl-0e0order000000001", "rtb-0e00000000000main", "acl-0e0default0000001", "sg-0e0all0000000001", "eni-39f5cfa4fbd6e5e34", "i-0e11111111111111a"]);
  });
});
