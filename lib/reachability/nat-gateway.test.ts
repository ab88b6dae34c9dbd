import { describe, expect, it } from "vitest";
import { formatAddress } from "./cidr";
import { analyze, loadSnapshot, parseQuery } from "./index";
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

  it("a regional NAT gateway (AvailabilityMode regional, no subnet: VPC User Guide, Regional NAT gateways) loads; a route to it stops there with UNSUPPORTED_COMPONENT (it refused the snapshot: 'SubnetId missing')", () => {
    const s = {
      Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
      Subnets: [{ SubnetId: "subnet-app", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
      NatGateways: [{ NatGatewayId: "nat-regional", VpcId: "vpc-1", AvailabilityMode: "regional", State: "available", ConnectivityType: "public", NatGatewayAddresses: [] }],
      RouteTables: [{ RouteTableId: "rtb-app", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", NatGatewayId: "nat-regional", State: "active" }] }],
      Reservations: [{ Instances: [{ InstanceId: "i-1", State: { Name: "running" }, SubnetId: "subnet-app", PrivateIpAddress: "10.0.1.10" }] }],
    };
    const a = analyze(loadSnapshot(s), parseQuery({ Source: "i-1", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }));
    expect(a.NetworkPathFound).toBe(false);
    expect(a.Explanations.map((e) => e.ExplanationCode)).toEqual(["UNSUPPORTED_COMPONENT"]);
    expect(a.ForwardPathComponents.at(-1)?.Component.Id).toBe("nat-regional");
    expect(() => loadSnapshot({ ...s, NatGateways: [{ NatGatewayId: "nat-regional", VpcId: "vpc-1" }] })).toThrow(/NatGateways\[0\]\.SubnetId/);
  });
});
