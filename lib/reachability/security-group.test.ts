import { describe, expect, it } from "vitest";
import { parseAddress, parseCidr, type Address, type Cidr } from "./cidr";
import type { Packet } from "./packet";
import { evaluateSecurityGroups, parseSgProtocol, type SecurityGroup, type SgRule } from "./security-group";

function rule(direction: "ingress" | "egress", protocol: number, from: number, to: number, peer: Partial<SgRule>): SgRule {
  return { direction, protocol, fromPort: from, toPort: to, ...peer, out: { Direction: direction, SecurityGroupId: "sg", Protocol: String(protocol) } };
}

const cidr = (c: string) => parseCidr(c) as Cidr;
const pkt = (src: string, dst: string, dstPort: number, srcPort = 50000): Packet => ({ src: parseAddress(src)!, dst: parseAddress(dst)!, protocol: "tcp", srcPort, dstPort, icmpType: -1, icmpCode: -1 });
const none = () => false;

describe("security-group", () => {
  it("allow-only: no matching rule means denied (5.1)", () => {
    const sg: SecurityGroup = { id: "sg-1", ingress: [rule("ingress", 6, 443, 443, { cidr: cidr("0.0.0.0/0") })], egress: [] };
    expect(evaluateSecurityGroups([sg], "ingress", pkt("1.2.3.4", "10.0.0.5", 443), none).allowed).toBe(true);
    expect(evaluateSecurityGroups([sg], "ingress", pkt("1.2.3.4", "10.0.0.5", 22), none)).toMatchObject({ allowed: false, noRules: false });
  });

  it("no rules at all is reported (SG_HAS_NO_RULES, 5.12)", () => {
    const sg: SecurityGroup = { id: "sg-1", ingress: [], egress: [] };
    expect(evaluateSecurityGroups([sg], "ingress", pkt("1.2.3.4", "10.0.0.5", 443), none).noRules).toBe(true);
  });

  it("rules of several groups are combined (5.4)", () => {
    const a: SecurityGroup = { id: "sg-a", ingress: [rule("ingress", 6, 22, 22, { cidr: cidr("10.0.0.0/8") })], egress: [] };
    const b: SecurityGroup = { id: "sg-b", ingress: [rule("ingress", 6, 443, 443, { cidr: cidr("0.0.0.0/0") })], egress: [] };
    const v = evaluateSecurityGroups([a, b], "ingress", pkt("1.2.3.4", "10.0.0.5", 443), none);
    expect(v.group?.id).toBe("sg-b");
  });

  it("filters on destination port only (5.5)", () => {
    const sg: SecurityGroup = { id: "sg-1", ingress: [rule("ingress", 6, 443, 443, { cidr: cidr("0.0.0.0/0") })], egress: [] };
    expect(evaluateSecurityGroups([sg], "ingress", pkt("1.2.3.4", "10.0.0.5", 443, 22), none).allowed).toBe(true);
  });

  it("group references match the peer's private address by membership (5.6)", () => {
    const sg: SecurityGroup = { id: "sg-db", ingress: [rule("ingress", 6, 5432, 5432, { groupId: "sg-app" })], egress: [] };
    const members = (a: Address, g: string) => g === "sg-app" && a.value === parseAddress("10.0.1.5")!.value;
    expect(evaluateSecurityGroups([sg], "ingress", pkt("10.0.1.5", "10.0.2.5", 5432), members).allowed).toBe(true);
    expect(evaluateSecurityGroups([sg], "ingress", pkt("54.1.2.3", "10.0.2.5", 5432), members).allowed).toBe(false);
  });

  it("prefix lists (5.11)", () => {
    const sg: SecurityGroup = { id: "sg-1", ingress: [], egress: [rule("egress", 6, 443, 443, { prefixListId: "pl-s3", prefixCidrs: [cidr("52.216.0.0/15")] })] };
    expect(evaluateSecurityGroups([sg], "egress", pkt("10.0.0.5", "52.217.1.1", 443), none).allowed).toBe(true);
    expect(evaluateSecurityGroups([sg], "egress", pkt("10.0.0.5", "52.218.1.1", 443), none).allowed).toBe(false);
  });

  it("parses protocols", () => {
    expect(parseSgProtocol("-1")).toBe(-1);
    expect(parseSgProtocol("tcp")).toBe(6);
    expect(parseSgProtocol("icmpv6")).toBe(58);
    expect(parseSgProtocol("bogus")).toBeUndefined();
  });
});
