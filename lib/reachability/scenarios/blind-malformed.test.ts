/**
 * Blind scenario: malformed snapshots are refused whole, naming the JSON path (engine-contract.md section 1 and 4:
 * exit 2, a one-paragraph message). Sources: AWS VPC User Guide (a subnet CIDR must lie in its VPC CIDR and subnets
 * of a VPC must not overlap; NACL rule numbers run 1-32766; a route names an existing target, else it is blackhole;
 * IpProtocol is tcp, udp, icmp, icmpv6, -1 or a protocol number).
 */
import { describe, expect, it } from "vitest";
import base from "./blind-malformed.json";
import { loadSnapshot, SnapshotError } from "../index";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Json => JSON.parse(JSON.stringify(base)) as Json;
function refusedAt(snapshot: Json): string {
  try {
    loadSnapshot(snapshot);
  } catch (e) {
    if (e instanceof SnapshotError) return e.path;
    throw e;
  }
  return "(accepted)";
}

describe("blind scenario: malformed snapshots", () => {
  it("the base snapshot loads", () => expect(refusedAt(copy())).toBe("(accepted)"));
  it("subnet CIDR outside its VPC", () => {
    const s = copy();
    s.Subnets[1].CidrBlock = "10.1.0.0/24";
    expect(refusedAt(s)).toBe("$.Subnets[1].CidrBlock");
  });
  it("NACL rule number above 32766", () => {
    const s = copy();
    s.NetworkAcls[0].Entries[0].RuleNumber = 40000;
    expect(refusedAt(s)).toBe("$.NetworkAcls[0].Entries[0].RuleNumber");
  });
  it("active route to a gateway that does not exist", () => {
    const s = copy();
    s.RouteTables[0].Routes.push({ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-0doesnotexist0001", Origin: "CreateRoute", State: "active" });
    expect(refusedAt(s)).toBe("$.RouteTables[0].Routes[1].GatewayId");
  });
  it("the same route in State blackhole is accepted (deleted target)", () => {
    const s = copy();
    s.RouteTables[0].Routes.push({ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-0doesnotexist0001", Origin: "CreateRoute", State: "blackhole" });
    expect(refusedAt(s)).toBe("(accepted)");
  });
  it("overlapping subnets in one VPC", () => {
    const s = copy();
    s.Subnets[1].CidrBlock = "172.31.0.0/24";
    expect(refusedAt(s)).toBe("$.Subnets[1].CidrBlock");
  });
  it("security group rule with an unknown IpProtocol", () => {
    const s = copy();
    s.SecurityGroups[0].IpPermissions[0].IpProtocol = "tcpx";
    expect(refusedAt(s)).toBe("$.SecurityGroups[0].IpPermissions[0].IpProtocol");
  });
});
