/**
 * Source: Amazon EC2 User Guide, "Private IPv4 addresses" (each private IPv4 address is unique within its subnet: AWS
 * assigns it from the subnet's range and refuses one already in use, InvalidIPAddress.InUse), contract §1 (a snapshot
 * AWS could not hold is refused whole, naming the JSON path). Two interfaces of one VPC with the same private
 * address are refused; the same address in two VPCs (overlapping CIDRs) is allowed, and so is an interface the
 * engine fills in for a component (a NAT gateway's, from NatGatewayAddresses) whose address a listed interface of
 * that component already holds.
 *
 * Snapshot: default-vpc.json (describe-* output) with a second instance added.
 */
import { describe, expect, it } from "vitest";
import { loadSnapshot, SnapshotError } from "../index";
import snapshot from "./default-vpc.json";

type Snap = typeof snapshot & Record<string, unknown>;

function withSecondInstance(ip: string): Snap {
  const s = structuredClone(snapshot) as Snap;
  const second = structuredClone(s.Reservations[0]!);
  const inst = second.Instances[0]!;
  second.ReservationId = "r-0def0000000000002";
  inst.InstanceId = "i-0def0000000000002";
  inst.PrivateIpAddress = ip;
  delete (inst as { PublicIpAddress?: string }).PublicIpAddress;
  const eni = inst.NetworkInterfaces[0]!;
  eni.NetworkInterfaceId = "eni-0def0000000000002";
  eni.PrivateIpAddress = ip;
  delete (eni as { Association?: unknown }).Association;
  eni.PrivateIpAddresses = [{ Primary: true, PrivateIpAddress: ip }] as typeof eni.PrivateIpAddresses;
  s.Reservations.push(second);
  return s;
}

function refusal(s: unknown): SnapshotError {
  try {
    loadSnapshot(s);
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error("the snapshot was accepted");
}

describe("scenario: two interfaces with the same private IPv4 address", () => {
  it("in one subnet: refused at the second interface's PrivateIpAddress", () => {
    const e = refusal(withSecondInstance("172.31.5.10"));
    expect(e.path).toBe("$.Reservations[1].Instances[0].NetworkInterfaces[0].PrivateIpAddress");
    expect(e.message).toContain("172.31.5.10");
    expect(e.message).toContain("eni-0def0000000000001");
  });

  it("a secondary address equal to another interface's primary: refused at that PrivateIpAddresses entry", () => {
    const s = withSecondInstance("172.31.5.11");
    const eni = s.Reservations[1]!.Instances[0]!.NetworkInterfaces[0]!;
    eni.PrivateIpAddresses = [{ Primary: true, PrivateIpAddress: "172.31.5.11" }, { Primary: false, PrivateIpAddress: "172.31.5.10" }] as typeof eni.PrivateIpAddresses;
    expect(refusal(s).path).toBe("$.Reservations[1].Instances[0].NetworkInterfaces[0].PrivateIpAddresses[1].PrivateIpAddress");
  });

  it("concise instances (no NetworkInterfaces) with the same address: refused at the second instance's PrivateIpAddress", () => {
    const s = withSecondInstance("172.31.5.10");
    for (const r of s.Reservations) delete (r.Instances[0] as { NetworkInterfaces?: unknown }).NetworkInterfaces;
    expect(refusal(s).path).toBe("$.Reservations[1].Instances[0].PrivateIpAddress");
  });

  it("different addresses load", () => {
    expect(() => loadSnapshot(withSecondInstance("172.31.5.11"))).not.toThrow();
  });

  it("the same address in two VPCs with overlapping CIDRs loads", () => {
    const s = withSecondInstance("172.31.5.10");
    s.Vpcs.push({ ...structuredClone(s.Vpcs[0]!), VpcId: "vpc-0def0000000000002", IsDefault: false });
    s.Subnets.push({ ...structuredClone(s.Subnets[0]!), SubnetId: "subnet-0def00000000000b1", VpcId: "vpc-0def0000000000002" });
    const inst = s.Reservations[1]!.Instances[0]!;
    inst.SubnetId = "subnet-0def00000000000b1";
    inst.VpcId = "vpc-0def0000000000002";
    inst.NetworkInterfaces[0]!.SubnetId = "subnet-0def00000000000b1";
    inst.NetworkInterfaces[0]!.VpcId = "vpc-0def0000000000002";
    inst.SecurityGroups = [];
    delete (inst.NetworkInterfaces[0] as { Groups?: unknown }).Groups;
    expect(() => loadSnapshot(s)).not.toThrow();
  });

  it("a NAT gateway's interface listed in NetworkInterfaces while NatGatewayAddresses names no interface id loads", () => {
    const s = structuredClone(snapshot) as Snap;
    s.NatGateways = [{ NatGatewayId: "nat-0def0000000000001", SubnetId: "subnet-0def00000000000a1", VpcId: "vpc-0def0000000000001", State: "available", ConnectivityType: "public", NatGatewayAddresses: [{ AllocationId: "eipalloc-0def01", PrivateIp: "172.31.0.50", PublicIp: "3.80.10.50" }] }];
    s.NetworkInterfaces = [{ NetworkInterfaceId: "eni-0def0000000000050", SubnetId: "subnet-0def00000000000a1", VpcId: "vpc-0def0000000000001", InterfaceType: "nat_gateway", Description: "Interface for NAT Gateway nat-0def0000000000001", PrivateIpAddress: "172.31.0.50", Groups: [], Status: "in-use" }];
    expect(() => loadSnapshot(s)).not.toThrow();
  });
});
