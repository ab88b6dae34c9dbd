import { describe, expect, it } from "vitest";
import { formatAddress } from "./cidr";
import { loadSnapshot } from "./index";
import type { NatGatewayData } from "./nat-gateway";

const base = (nat: Record<string, unknown>) => ({
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
  Subnets: [{ SubnetId: "subnet-pub", VpcId: "vpc-1", CidrBlock: "10.0.0.0/24" }],
  NatGateways: [{ NatGatewayId: "nat-1", SubnetId: "subnet-pub", ...nat }],
});

describe("nat-gateway", () => {
  it("registers the gateway and its interface, with the EIP mapped to its private address (4.2)", () => {
    const m = loadSnapshot(base({ NatGatewayAddresses: [{ NetworkInterfaceId: "eni-nat", PrivateIp: "10.0.0.50", PublicIp: "3.3.3.3" }] }));
    const d = m.components.get("nat-1")?.data as NatGatewayData;
    expect(d).toMatchObject({ vpcId: "vpc-1", subnetId: "subnet-pub", connectivity: "public", eniId: "eni-nat", state: "available" });
    expect(m.enis.get("eni-nat")).toMatchObject({ ownerId: "nat-1", groupIds: [], sourceDestCheck: false });
    expect([...m.publicIndex.values()][0]?.eni.id).toBe("eni-nat");
  });

  it("a concise snapshot without addresses gets the first free address after the four AWS reserves", () => {
    const m = loadSnapshot(base({}));
    const d = m.components.get("nat-1")?.data as NatGatewayData;
    expect(formatAddress(d.privateIp)).toBe("10.0.0.4");
    expect(d.eniId).toBe("eni-of-nat-1");
  });

  it("a private NAT gateway gets no public address even if one is listed (4.1)", () => {
    const m = loadSnapshot(base({ ConnectivityType: "private", NatGatewayAddresses: [{ PrivateIp: "10.0.0.50", PublicIp: "3.3.3.3" }] }));
    expect(m.publicIndex.size).toBe(0);
  });

  it("refuses a NAT gateway in an unknown subnet", () => {
    expect(() => loadSnapshot({ ...base({}), NatGateways: [{ NatGatewayId: "nat-1", SubnetId: "subnet-x" }] })).toThrow(/NatGateways\[0\]\.SubnetId/);
  });
});
