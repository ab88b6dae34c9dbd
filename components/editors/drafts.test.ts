import { describe, expect, it } from "vitest";
import { checkAclEntryDraft, checkPortRange, checkRouteDraft, checkSgRuleDraft, isIpv4Cidr, isIpv6Cidr, type AclEntryDraft, type Checked, type RouteDraft, type SgRuleDraft } from "./drafts";

const message = (r: Checked<unknown>) => (r.ok ? undefined : r.issue.message);
const data = <T>(r: Checked<T>): T => {
  if (!r.ok) throw new Error(r.issue.message);
  return r.data;
};

describe("drafts", () => {
  it("accepts IPv4 and IPv6 CIDRs and nothing else", () => {
    expect(["10.0.0.0/16", "0.0.0.0/0", "192.168.1.7/32"].every(isIpv4Cidr)).toBe(true);
    expect(["10.0.0.0", "10.0.0.256/24", "10.0.0.0/33", "10.0.0/24", "a.b.c.d/8", "10.0.0.0/16/2"].some(isIpv4Cidr)).toBe(false);
    expect(["::/0", "2001:db8::/56", "2001:db8:0:0:0:0:0:1/128"].every(isIpv6Cidr)).toBe(true);
    expect(["2001:db8::/129", "2001:::1/64", "2001:db8::g/64", "2001:db8::"].some(isIpv6Cidr)).toBe(false);
  });

  it("reads port ranges and refuses out-of-range or reversed ones", () => {
    expect(data(checkPortRange("443"))).toEqual([443, 443]);
    expect(data(checkPortRange(" 1024 - 65535 "))).toEqual([1024, 65535]);
    expect(message(checkPortRange("65536"))).toBe("A port is from 0 to 65535.");
    expect(message(checkPortRange("600-500"))).toBe("The range starts after it ends (600 > 500).");
    expect(message(checkPortRange("http"))).toBe("A port is a whole number from 0 to 65535.");
    expect(checkPortRange("1-2-3").ok).toBe(false);
    expect(checkPortRange("").ok).toBe(false);
  });

  it("route: destination CIDR or known prefix list, known target, no duplicate destination", () => {
    const check = (d: RouteDraft) => checkRouteDraft({ targets: new Set(["igw-main"]), prefixLists: new Set(["pl-s3"]), existingDestinations: new Set(["10.0.0.0/16"]) }, d);
    expect(data(check({ destination: " 0.0.0.0/0 ", target: "igw-main" }))).toEqual({ destination: "0.0.0.0/0", target: "igw-main" });
    expect(check({ destination: "pl-s3", target: "igw-main" }).ok).toBe(true);
    expect(check({ destination: "pl-nope", target: "igw-main" }).ok).toBe(false);
    expect(message(check({ destination: "10.0.0.0/16", target: "igw-main" }))).toMatch(/already has a route/);
    expect(check({ destination: "0.0.0.0/0", target: "nat-x" })).toMatchObject({ ok: false, issue: { field: "target" } });
    expect(check({ destination: "0.0.0.0/0", target: "" })).toMatchObject({ ok: false, issue: { field: "target", message: "Choose a target." } });
    // The first problem in form order: a bad destination is named before a missing target.
    expect(check({ destination: "10.0.0.300/33", target: "" })).toMatchObject({ ok: false, issue: { field: "destination" } });
  });

  it("security group rule: ports only for tcp/udp, peer a CIDR or a known group/prefix list", () => {
    const check = (d: SgRuleDraft) => checkSgRuleDraft({ groups: new Set(["sg-web"]), prefixLists: new Set() }, d);
    expect(data(check({ direction: "inbound", protocol: "tcp", ports: "443", peer: "sg-web" })).range).toEqual([443, 443]);
    expect(data(check({ direction: "outbound", protocol: "all", ports: "whatever", peer: "0.0.0.0/0" })).range).toBeUndefined();
    expect(check({ direction: "inbound", protocol: "udp", ports: "", peer: "10.0.0.0/8" })).toMatchObject({ ok: false, issue: { field: "ports" } });
    expect(check({ direction: "inbound", protocol: "tcp", ports: "22", peer: "sg-other" })).toMatchObject({ ok: false, issue: { field: "peer" } });
    expect(check({ direction: "sideways" as "inbound", protocol: "tcp", ports: "22", peer: "sg-web" }).ok).toBe(false);
  });

  it("network ACL entry: rule number 1-32766, unique per direction only", () => {
    const check = (d: AclEntryDraft) => checkAclEntryDraft({ usedNumbers: { inbound: new Set([100]), outbound: new Set() } }, d);
    const entry: AclEntryDraft = { direction: "outbound", ruleNumber: "100", protocol: "tcp", ports: "1024-65535", cidr: "0.0.0.0/0", action: "allow" };
    expect(data(check(entry))).toMatchObject({ ruleNumber: 100, range: [1024, 65535] });
    expect(message(check({ ...entry, direction: "inbound" }))).toBe("Rule 100 already exists in the inbound rules.");
    for (const n of ["0", "32767", "-5", "1.5", ""]) expect(check({ ...entry, ruleNumber: n }).ok, n).toBe(false);
    expect(message(check({ ...entry, ruleNumber: "40000" }))).toBe("A rule number is from 1 to 32766.");
    expect(check({ ...entry, ruleNumber: "32766" }).ok).toBe(true);
    expect(check({ ...entry, cidr: "10.0.0.0/33" })).toMatchObject({ ok: false, issue: { field: "cidr" } });
    expect(check({ ...entry, protocol: "icmp", ports: "" }).ok).toBe(true);
  });
});
