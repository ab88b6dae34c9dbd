import { describe, expect, it } from "vitest";
import { parseAddress } from "./cidr";
import { loadSnapshot } from "./index";
import type { Packet } from "./packet";
import { traceLeg } from "./trace";

const snap = {
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
  Subnets: [
    { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" },
    { SubnetId: "subnet-b", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24" },
  ],
  NetworkInterfaces: [
    { NetworkInterfaceId: "eni-a", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", SourceDestCheck: false, Attachment: { Status: "attached" } },
    { NetworkInterfaceId: "eni-b", SubnetId: "subnet-b", PrivateIpAddress: "10.0.2.5", SourceDestCheck: false, Attachment: { Status: "attached" } },
  ],
  RouteTables: [
    { RouteTableId: "rtb-a", VpcId: "vpc-1", Associations: [{ SubnetId: "subnet-a" }], Routes: [{ DestinationCidrBlock: "172.16.0.0/12", NetworkInterfaceId: "eni-b" }] },
    { RouteTableId: "rtb-b", VpcId: "vpc-1", Associations: [{ SubnetId: "subnet-b" }], Routes: [{ DestinationCidrBlock: "172.16.0.0/12", NetworkInterfaceId: "eni-a" }] },
  ],
};

const packet = (dst: string): Packet => ({ src: parseAddress("10.0.1.5")!, dst: parseAddress(dst)!, protocol: "tcp", srcPort: 50000, dstPort: 443, icmpType: -1, icmpCode: -1 });
const flow = () => ({ sgAdmitted: new Set<string>(), memory: new Map<string, unknown>(), details: new Set<never>() });

describe("trace", () => {
  it("delivers to the target interface and records which security groups admitted the flow", () => {
    const model = loadSnapshot(snap);
    const f = flow();
    const r = traceLeg(model, "forward", f, { kind: "interface", eniId: "eni-b" }, { to: "leave-interface", eniId: "eni-a", packet: packet("10.0.2.5") }, []);
    expect(r.delivered).toBe(true);
    expect(r.end).toEqual({ kind: "interface", eniId: "eni-b" });
    expect([...f.sgAdmitted].sort()).toEqual(["eni-a", "eni-b"]);
  });

  it("stops a routing loop between two appliances (ROUTING_LOOP)", () => {
    const model = loadSnapshot(snap);
    const r = traceLeg(model, "forward", flow(), { kind: "address", address: parseAddress("172.16.0.1")! }, { to: "leave-interface", eniId: "eni-a", packet: packet("172.16.0.1") }, []);
    expect(r.delivered).toBe(false);
    expect(r.explanation?.ExplanationCode).toBe("ROUTING_LOOP");
  });
});
