import { describe, expect, it } from "vitest";
import { fillPlaceholders, LEFTOVER_PLACEHOLDER, makeRewrite, seededRandom } from "./network-question-variant";

const snapshot = {
  Vpcs: [
    { VpcId: "vpc-a", CidrBlock: "10.1.0.0/16" },
    { VpcId: "vpc-b", CidrBlock: "10.2.0.0/16" },
  ],
  Subnets: [{ SubnetId: "subnet-a", VpcId: "vpc-a", CidrBlock: "10.1.1.0/24" }],
  NetworkAcls: [{ NetworkAclId: "acl-a", VpcId: "vpc-a", Entries: [{ RuleNumber: 100, CidrBlock: "0.0.0.0/0", PortRange: { From: 8080, To: 8080 } }] }],
  SecurityGroups: [
    {
      GroupId: "sg-a",
      VpcId: "vpc-a",
      IpPermissions: [
        { IpProtocol: "tcp", FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: "10.2.0.0/16" }], UserIdGroupPairs: [{ GroupId: "sg-a" }] },
        { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "203.0.113.0/24" }, { CidrIp: "192.168.10.0/24" }] },
      ],
    },
  ],
  Reservations: [{ Instances: [{ InstanceId: "i-a", SubnetId: "subnet-a", PrivateIpAddress: "10.1.1.10", PublicIpAddress: "54.1.2.3", SecurityGroups: [{ GroupId: "sg-a" }] }] }],
};
const query = { Source: "i-a", Destination: "10.2.3.4", Protocol: "tcp", DestinationPort: 8080 };
const world = { snapshot, query };

describe("seededRandom", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});

describe("makeRewrite", () => {
  it("is the identity without a variant or for seed 0", () => {
    expect(makeRewrite(undefined, world, snapshot, 9).value(snapshot)).toBe(snapshot);
    expect(makeRewrite({ cidrs: true, ids: true }, world, snapshot, 0).value(snapshot)).toBe(snapshot);
  });

  it("moves VPC blocks and everything inside them, keeping public and outside addresses", () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const r = makeRewrite({ cidrs: true }, world, snapshot, seed);
      const out = r.value(snapshot);
      const vpcA = out.Vpcs[0]!.CidrBlock;
      const vpcB = out.Vpcs[1]!.CidrBlock;
      expect(vpcA).toMatch(/^10\.\d+\.0\.0\/16$/);
      expect(vpcB).toMatch(/^10\.\d+\.0\.0\/16$/);
      expect(vpcA).not.toBe(vpcB);
      const secondA = vpcA.split(".")[1];
      expect(out.Subnets[0]!.CidrBlock).toBe(`10.${secondA}.1.0/24`);
      expect(out.Reservations[0]!.Instances[0]!.PrivateIpAddress).toBe(`10.${secondA}.1.10`);
      expect(out.SecurityGroups[0]!.IpPermissions[0]!.IpRanges[0]!.CidrIp).toBe(vpcB);
      expect(out.Reservations[0]!.Instances[0]!.PublicIpAddress).toBe("54.1.2.3");
      expect(out.NetworkAcls[0]!.Entries[0]!.CidrBlock).toBe("0.0.0.0/0");
      expect(out.SecurityGroups[0]!.IpPermissions[1]!.IpRanges).toEqual([{ CidrIp: "203.0.113.0/24" }, { CidrIp: "192.168.10.0/24" }]);
      expect(r.value(query).Destination).toBe(`10.${vpcB.split(".")[1]}.3.4`);
      expect(r.address("10.1.1.0/24")).toBe(`10.${secondA}.1.0/24`);
    }
  });

  it("gives different blocks for different seeds", () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => makeRewrite({ cidrs: true }, world, snapshot, i + 1).value(snapshot).Vpcs[0]!.CidrBlock));
    expect(seen.size).toBeGreaterThan(10);
  });

  it("moves identical VPC blocks together (an overlap stays an overlap)", () => {
    const twins = { Vpcs: [{ VpcId: "vpc-a", CidrBlock: "10.0.0.0/16" }, { VpcId: "vpc-b", CidrBlock: "10.0.0.0/16" }] };
    const out = makeRewrite({ cidrs: true }, { snapshot: twins }, twins, 5).value(twins);
    expect(out.Vpcs[0]!.CidrBlock).toBe(out.Vpcs[1]!.CidrBlock);
  });

  it("moves extra blocks and keeps them clear of the others", () => {
    for (const seed of [1, 7, 31]) {
      const r = makeRewrite({ cidrs: true, extraCidrs: ["192.168.10.0/24"] }, world, snapshot, seed);
      const moved = r.address("192.168.10.0/24");
      expect(moved).toMatch(/^192\.168\.\d+\.0\/24$/);
      expect(r.address("192.168.10.7")).toBe(moved.replace(/0\/24$/, "7"));
    }
  });

  it("renames ids with their prefix, consistently, and maps derived ids", () => {
    const r = makeRewrite({ ids: true }, world, snapshot, 8);
    const out = r.value(snapshot);
    const sg = out.SecurityGroups[0]!.GroupId;
    expect(sg).toMatch(/^sg-0[0-9a-f]{7}$/);
    expect(out.SecurityGroups[0]!.IpPermissions[0]!.UserIdGroupPairs?.[0]?.GroupId).toBe(sg);
    expect(out.Reservations[0]!.Instances[0]!.SecurityGroups[0]!.GroupId).toBe(sg);
    expect(out.Reservations[0]!.Instances[0]!.InstanceId).toMatch(/^i-0/);
    expect(out.Subnets[0]!.VpcId).toBe(out.Vpcs[0]!.VpcId);
    expect(r.id("sg-a")).toBe(sg);
    expect(r.id("acl-default-vpc-a")).toBe(`acl-default-${out.Vpcs[0]!.VpcId}`);
    expect(r.id("not-an-id")).toBe("not-an-id");
    expect(r.renamedIds.size).toBe(6);
  });

  it("replaces a named port wherever a port field holds it", () => {
    const r = makeRewrite({ ports: [{ name: "app", base: 8080, values: [9000, 9443] }] }, world, snapshot, 4);
    const out = r.value(snapshot);
    const port = r.port("app");
    expect([9000, 9443]).toContain(port);
    expect(r.port()).toBe(port);
    expect(out.SecurityGroups[0]!.IpPermissions[0]!.FromPort).toBe(port);
    expect(out.NetworkAcls[0]!.Entries[0]!.PortRange).toEqual({ From: port, To: port });
    expect(out.SecurityGroups[0]!.IpPermissions[1]!.FromPort).toBe(22);
    expect(r.value(query).DestinationPort).toBe(port);
    expect(makeRewrite({ ports: [{ name: "app", base: 8080, values: [9000, 9443] }] }, world, snapshot, 0).port("app")).toBe(8080);
  });
});

describe("fillPlaceholders", () => {
  it("fills ports, CIDRs, addresses and ids from the rewrite", () => {
    const r = makeRewrite({ cidrs: true, ids: true, ports: [{ name: "app", base: 8080, values: [9000, 9001] }] }, world, snapshot, 3);
    const out = r.value(snapshot);
    const text = fillPlaceholders("{id:i-a} in {cidr:subnet-a} ({cidr:vpc-a}) at {ip:i-a} calls {ip:10.2.3.4} on {port} / {port:app} past {id:sg-a}; {cidr:0.0.0.0/0}", r, snapshot);
    expect(text).toBe(
      `${out.Reservations[0]!.Instances[0]!.InstanceId} in ${out.Subnets[0]!.CidrBlock} (${out.Vpcs[0]!.CidrBlock}) at ${out.Reservations[0]!.Instances[0]!.PrivateIpAddress} calls ${r.address("10.2.3.4")} on ${r.port()} / ${r.port()} past ${out.SecurityGroups[0]!.GroupId}; 0.0.0.0/0`,
    );
    expect(LEFTOVER_PLACEHOLDER.test(text)).toBe(false);
  });

  it("refuses what it cannot fill", () => {
    const r = makeRewrite(undefined, world, snapshot, 0);
    expect(() => fillPlaceholders("{port}", r, snapshot)).toThrow(/no such port/);
    expect(() => fillPlaceholders("{cidr:vpc-missing}", r, snapshot)).toThrow(/no VPC or subnet/);
    expect(() => fillPlaceholders("{ip:i-missing}", r, snapshot)).toThrow(/no instance/);
    expect(LEFTOVER_PLACEHOLDER.test(fillPlaceholders("{portt}", r, snapshot))).toBe(true);
  });
});
