import { describe, expect, it } from "vitest";
import { parseAddress, parseCidr, type Cidr } from "./cidr";
import { evaluateAcl, parseAclProtocol, sortEntries, type AclEntry, type NetworkAcl } from "./network-acl";
import type { Packet } from "./packet";

function entry(n: number, action: "allow" | "deny", egress: boolean, cidr: string, protocol = -1, from = 0, to = 65535): AclEntry {
  const c = parseCidr(cidr) as Cidr;
  return { ruleNumber: n, action, egress, protocol, cidr: c, fromPort: from, toPort: to, icmpType: -1, icmpCode: -1, out: { Cidr: c.text, Egress: egress, Protocol: String(protocol), RuleAction: action, RuleNumber: n } };
}

function acl(entries: AclEntry[]): NetworkAcl {
  const a: NetworkAcl = { id: "acl-1", vpcId: "vpc-1", isDefault: false, ingress: { 4: [], 6: [] }, egress: { 4: [], 6: [] } };
  for (const e of entries) (e.egress ? a.egress : a.ingress)[e.cidr.family].push(e);
  sortEntries(a.ingress[4]);
  sortEntries(a.egress[4]);
  return a;
}

const pkt = (src: string, dst: string, dstPort: number): Packet => ({ src: parseAddress(src)!, dst: parseAddress(dst)!, protocol: "tcp", srcPort: 50000, dstPort, icmpType: -1, icmpCode: -1 });

describe("network-acl", () => {
  it("first match by rule number wins, not list order (6.3)", () => {
    const a = acl([entry(200, "allow", false, "0.0.0.0/0", 6, 443, 443), entry(100, "deny", false, "203.0.113.0/24", 6, 443, 443)]);
    const v = evaluateAcl(a, false, pkt("203.0.113.7", "10.0.1.5", 443));
    expect(v.allowed).toBe(false);
    expect(v.rule.RuleNumber).toBe(100);
    expect(evaluateAcl(a, false, pkt("198.51.100.1", "10.0.1.5", 443)).allowed).toBe(true);
  });

  it("the * rule denies what nothing matched (6.3)", () => {
    const v = evaluateAcl(acl([entry(100, "allow", false, "0.0.0.0/0", 6, 443, 443)]), false, pkt("1.2.3.4", "10.0.1.5", 22));
    expect(v).toMatchObject({ allowed: false, star: true, rule: { RuleNumber: 32767, RuleAction: "deny" } });
  });

  it("the IPv6 * rule is numbered 32768, as describe-network-acls prints it (AWS CLI reference example: 32767 for 0.0.0.0/0, 32768 for ::/0)", () => {
    const v = evaluateAcl(acl([]), true, pkt("2600:1f18::10", "2600:1f18::20", 22));
    expect(v).toMatchObject({ allowed: false, star: true, rule: { Cidr: "::/0", RuleNumber: 32768, RuleAction: "deny" } });
  });

  it("inbound matches the source, outbound the destination (6.4)", () => {
    const a = acl([entry(100, "allow", true, "10.0.2.0/24"), entry(100, "allow", false, "10.0.2.0/24")]);
    expect(evaluateAcl(a, true, pkt("10.0.1.5", "10.0.2.7", 80)).allowed).toBe(true);
    expect(evaluateAcl(a, true, pkt("10.0.2.7", "10.0.1.5", 80)).allowed).toBe(false);
    expect(evaluateAcl(a, false, pkt("10.0.2.7", "10.0.1.5", 80)).allowed).toBe(true);
  });

  it("IPv4 rules never match IPv6 traffic (6.10)", () => {
    const a = acl([entry(100, "allow", false, "0.0.0.0/0")]);
    expect(evaluateAcl(a, false, pkt("2001:db8::1", "2001:db8::2", 80)).allowed).toBe(false);
  });

  it("parses protocols", () => {
    expect(parseAclProtocol("-1")).toBe(-1);
    expect(parseAclProtocol("6")).toBe(6);
    expect(parseAclProtocol("udp")).toBe(17);
    expect(parseAclProtocol(58)).toBe(58);
    expect(parseAclProtocol("tcpx")).toBeUndefined();
  });
});
