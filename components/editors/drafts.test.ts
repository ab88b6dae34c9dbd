import { describe, expect, it } from "vitest";
import { aclEntryDraftSchema, isIpv4Cidr, isIpv6Cidr, portRangeSchema, routeDraftSchema, sgRuleDraftSchema } from "./drafts";

describe("drafts", () => {
  it("accepts IPv4 and IPv6 CIDRs and nothing else", () => {
    expect(["10.0.0.0/16", "0.0.0.0/0", "192.168.1.7/32"].every(isIpv4Cidr)).toBe(true);
    expect(["10.0.0.0", "10.0.0.256/24", "10.0.0.0/33", "10.0.0/24", "a.b.c.d/8", "10.0.0.0/16/2"].some(isIpv4Cidr)).toBe(false);
    expect(["::/0", "2001:db8::/56", "2001:db8:0:0:0:0:0:1/128"].every(isIpv6Cidr)).toBe(true);
    expect(["2001:db8::/129", "2001:::1/64", "2001:db8::g/64", "2001:db8::"].some(isIpv6Cidr)).toBe(false);
  });

  it("reads port ranges and refuses out-of-range or reversed ones", () => {
    expect(portRangeSchema.parse("443")).toEqual([443, 443]);
    expect(portRangeSchema.parse(" 1024 - 65535 ")).toEqual([1024, 65535]);
    expect(portRangeSchema.safeParse("65536").error?.issues[0]?.message).toBe("A port is from 0 to 65535.");
    expect(portRangeSchema.safeParse("600-500").error?.issues[0]?.message).toBe("The range starts after it ends (600 > 500).");
    expect(portRangeSchema.safeParse("1-2-3").success).toBe(false);
    expect(portRangeSchema.safeParse("http").success).toBe(false);
  });

  it("route: destination CIDR or known prefix list, known target, no duplicate destination", () => {
    const schema = routeDraftSchema({ targets: new Set(["igw-main"]), prefixLists: new Set(["pl-s3"]), existingDestinations: new Set(["10.0.0.0/16"]) });
    expect(schema.safeParse({ destination: "0.0.0.0/0", target: "igw-main" }).success).toBe(true);
    expect(schema.safeParse({ destination: "pl-s3", target: "igw-main" }).success).toBe(true);
    expect(schema.safeParse({ destination: "pl-nope", target: "igw-main" }).success).toBe(false);
    expect(schema.safeParse({ destination: "10.0.0.0/16", target: "igw-main" }).error?.issues[0]?.message).toMatch(/already has a route/);
    expect(schema.safeParse({ destination: "0.0.0.0/0", target: "nat-x" }).error?.issues[0]?.path).toEqual(["target"]);
  });

  it("security group rule: ports only for tcp/udp, peer a CIDR or a known group/prefix list", () => {
    const schema = sgRuleDraftSchema({ groups: new Set(["sg-web"]), prefixLists: new Set() });
    expect(schema.parse({ direction: "inbound", protocol: "tcp", ports: "443", peer: "sg-web" }).range).toEqual([443, 443]);
    expect(schema.parse({ direction: "outbound", protocol: "all", ports: "whatever", peer: "0.0.0.0/0" }).range).toBeUndefined();
    expect(schema.safeParse({ direction: "inbound", protocol: "udp", ports: "", peer: "10.0.0.0/8" }).success).toBe(false);
    expect(schema.safeParse({ direction: "inbound", protocol: "tcp", ports: "22", peer: "sg-other" }).success).toBe(false);
  });

  it("network ACL entry: rule number 1-32766, unique per direction only", () => {
    const schema = aclEntryDraftSchema({ usedNumbers: { inbound: new Set([100]), outbound: new Set() } });
    const entry = { direction: "outbound", ruleNumber: "100", protocol: "tcp", ports: "1024-65535", cidr: "0.0.0.0/0", action: "allow" } as const;
    expect(schema.parse(entry)).toMatchObject({ ruleNumber: 100, range: [1024, 65535] });
    expect(schema.safeParse({ ...entry, direction: "inbound" }).error?.issues[0]?.message).toBe("Rule 100 already exists in the inbound rules.");
    for (const n of ["0", "32767", "-5", "1.5", ""]) expect(schema.safeParse({ ...entry, ruleNumber: n }).success, n).toBe(false);
    expect(schema.safeParse({ ...entry, ruleNumber: "32766" }).success).toBe(true);
  });
});
