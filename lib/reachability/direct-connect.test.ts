import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery, SnapshotError } from "./index";
import { directConnectCandidates } from "./direct-connect";

/** A VPC with a VGW reached by a private VIF directly, and a public VIF; an instance with a public IP behind an IGW. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- AWS JSON fixtures, edited freely per test
function base(): Record<string, any> {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "az1" }],
    InternetGateways: [{ InternetGatewayId: "igw-1", Attachments: [{ VpcId: "vpc-1", State: "available" }] }],
    RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "172.16.0.0/16", GatewayId: "vgw-1" }, { DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-1" }] }],
    SecurityGroups: [{ GroupId: "sg-1", GroupName: "sg-1", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }],
    Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.10", PublicIpAddress: "54.1.1.1", SecurityGroups: [{ GroupId: "sg-1" }] }] }],
    VpnGateways: [{ VpnGatewayId: "vgw-1", State: "available", VpcAttachments: [{ VpcId: "vpc-1", State: "attached" }] }],
    virtualInterfaces: [
      { virtualInterfaceId: "dxvif-priv", virtualInterfaceType: "private", virtualInterfaceState: "available", virtualGatewayId: "vgw-1" },
      { virtualInterfaceId: "dxvif-pub", virtualInterfaceType: "public", virtualInterfaceState: "available", routeFilterPrefixes: [{ cidr: "203.0.113.0/24" }] },
    ],
  };
}
const ask = (s: unknown, q: Record<string, unknown>) => {
  const a = analyze(loadSnapshot(s), parseQuery({ Protocol: "tcp", DestinationPort: 443, ...q }));
  return { found: a.NetworkPathFound, codes: a.Explanations.map((e) => e.ExplanationCode), forward: a.ForwardPathComponents.map((c) => c.Component.Id), back: a.ReturnPathComponents.map((c) => c.Component.Id), a };
};

describe("direct-connect", () => {
  it("a private VIF on a VGW is a path to on-premises for that VGW", () => {
    const m = loadSnapshot(base());
    expect(directConnectCandidates(m, "vgw-1").map((c) => c.id)).toEqual(["dxvif-priv"]);
  });

  it("private VIF to the VPC through the VGW and back (12.1)", () => {
    const v = ask(base(), { Source: "dxvif-priv", SourceIp: "172.16.1.1", Destination: "i-1" });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["dxvif-priv", "vgw-1", "acl-default-vpc-1", "sg-1", "eni-of-i-1", "i-1"]);
    expect(v.back).toEqual(["i-1", "eni-of-i-1", "sg-1", "acl-default-vpc-1", "rtb-1", "vgw-1", "dxvif-priv"]);
  });

  it("a VIF that is not available is BAD_STATE, both as source and on the way out", () => {
    const s = base();
    s.virtualInterfaces[0].virtualInterfaceState = "down";
    expect(ask(s, { Source: "dxvif-priv", SourceIp: "172.16.1.1", Destination: "i-1" }).codes).toEqual(["BAD_STATE"]);
    expect(ask(s, { Source: "i-1", Destination: "dxvif-priv", DestinationIp: "172.16.1.1" }).codes).toEqual(["BAD_STATE"]);
  });

  it("a DX gateway that is not available is BAD_STATE", () => {
    const s = base();
    s.virtualInterfaces[0] = { virtualInterfaceId: "dxvif-priv", virtualInterfaceType: "private", virtualInterfaceState: "available", directConnectGatewayId: "dxgw-1" };
    s.directConnectGateways = [{ directConnectGatewayId: "dxgw-1", directConnectGatewayState: "deleting", directConnectGatewayAssociations: [{ associatedGateway: { id: "vgw-1", type: "virtualPrivateGateway" }, associationState: "associated" }] }];
    expect(ask(s, { Source: "dxvif-priv", SourceIp: "172.16.1.1", Destination: "i-1" }).codes).toEqual(["BAD_STATE"]);
  });

  it("associations may also come from the top-level directConnectGatewayAssociations key; allowed prefixes apply (12.2)", () => {
    const s = base();
    s.virtualInterfaces[0] = { virtualInterfaceId: "dxvif-priv", virtualInterfaceType: "private", virtualInterfaceState: "available", directConnectGatewayId: "dxgw-1" };
    s.directConnectGateways = [{ directConnectGatewayId: "dxgw-1", directConnectGatewayState: "available" }];
    s.directConnectGatewayAssociations = [{ directConnectGatewayId: "dxgw-1", associatedGateway: { id: "vgw-1", type: "virtualPrivateGateway" }, associationState: "associated", allowedPrefixesToDirectConnectGateway: [{ cidr: "10.0.2.0/24" }] }];
    expect(ask(s, { Source: "dxvif-priv", SourceIp: "172.16.1.1", Destination: "i-1" }).codes).toEqual(["DXGW_ALLOWED_PREFIXES_RESTRICTION"]);
    s.directConnectGatewayAssociations[0].allowedPrefixesToDirectConnectGateway = [{ cidr: "10.0.0.0/16" }];
    expect(ask(s, { Source: "dxvif-priv", SourceIp: "172.16.1.1", Destination: "i-1" }).found).toBe(true);
  });

  it("a public VIF reaches public AWS addresses only (12.1)", () => {
    const v = ask(base(), { Source: "dxvif-pub", SourceIp: "203.0.113.9", Destination: "i-1" });
    expect(v.forward.slice(0, 2)).toEqual(["dxvif-pub", "igw-1"]);
    expect(v.forward.at(-1)).toBe("i-1");
    expect(v.found).toBe(true);
    expect(v.a.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toEqual(["UNIDIRECTIONAL_PATH_ANALYSIS_ONLY"]);
    expect(ask(base(), { Source: "dxvif-pub", SourceIp: "203.0.113.9", Destination: "10.0.1.10" }).codes).toEqual(["DX_PUBLIC_VIF_PUBLIC_ADDRESS_ONLY"]);
  });

  it("refuses a VIF on an unknown VGW, a transit VIF without a DX gateway, an association to an unknown gateway", () => {
    const a = base();
    a.virtualInterfaces[0].virtualGatewayId = "vgw-gone";
    expect(() => loadSnapshot(a)).toThrow(/virtualInterfaces\[0\]\.virtualGatewayId/);
    const b = base();
    b.virtualInterfaces.push({ virtualInterfaceId: "dxvif-t", virtualInterfaceType: "transit" });
    expect(() => loadSnapshot(b)).toThrow(SnapshotError);
    const c = base();
    c.directConnectGateways = [{ directConnectGatewayId: "dxgw-1", directConnectGatewayAssociations: [{ associatedGateway: { id: "tgw-gone", type: "transitGateway" } }] }];
    expect(() => loadSnapshot(c)).toThrow(SnapshotError);
  });
});
