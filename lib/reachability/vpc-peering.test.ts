import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";
import type { VpcPeeringData } from "./vpc-peering";

const vpcs = {
  Vpcs: [
    { VpcId: "vpc-a", CidrBlock: "10.0.0.0/16" },
    { VpcId: "vpc-b", CidrBlock: "10.1.0.0/16", CidrBlockAssociationSet: [{ CidrBlock: "10.1.0.0/16" }, { CidrBlock: "10.2.0.0/16" }] },
  ],
};
const pcx = (status: string, accepter: Record<string, unknown> = { VpcId: "vpc-b" }) => ({ VpcPeeringConnectionId: "pcx-1", Status: { Code: status }, RequesterVpcInfo: { VpcId: "vpc-a" }, AccepterVpcInfo: accepter });

describe("vpc-peering", () => {
  it("takes each side's CIDRs from the VPC when the snapshot has it (all associated CIDRs)", () => {
    const m = loadSnapshot({ ...vpcs, VpcPeeringConnections: [pcx("active")] });
    const d = m.components.get("pcx-1")?.data as VpcPeeringData;
    expect(d.cidrs["vpc-b"]?.map((c) => c.text)).toEqual(["10.1.0.0/16", "10.2.0.0/16"]);
    expect(d.status).toBe("active");
  });

  it("takes the listed CIDRs for a peer VPC outside the snapshot (another account)", () => {
    const m = loadSnapshot({ ...vpcs, VpcPeeringConnections: [pcx("active", { VpcId: "vpc-other", CidrBlockSet: [{ CidrBlock: "192.168.0.0/16" }] })] });
    expect((m.components.get("pcx-1")?.data as VpcPeeringData).cidrs["vpc-other"]?.map((c) => c.text)).toEqual(["192.168.0.0/16"]);
  });

  it("refuses overlapping CIDRs, even a secondary one (7.2)", () => {
    const s = structuredClone(vpcs);
    s.Vpcs[1]!.CidrBlockAssociationSet!.push({ CidrBlock: "10.0.128.0/17" });
    expect(() => loadSnapshot({ ...s, VpcPeeringConnections: [pcx("active")] })).toThrow(/do not overlap/);
  });

  it("allows a rejected or deleted connection between overlapping VPCs to be listed", () => {
    const s = structuredClone(vpcs);
    s.Vpcs[1]!.CidrBlock = "10.0.0.0/16";
    s.Vpcs[1]!.CidrBlockAssociationSet = [];
    expect(() => loadSnapshot({ ...s, VpcPeeringConnections: [pcx("rejected")] })).not.toThrow();
  });
});
