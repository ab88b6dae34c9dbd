import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery, SnapshotError } from "./index";
import type { VpnConnectionData, VpnGatewayData } from "./vpn";

/** One VPC with a VGW and a static VPN to 172.16.0.0/16, plus a TGW-attached VPC routed to the VGW's VPC. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- AWS JSON fixtures, edited freely per test
function base(): Record<string, any> {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "az1" }],
    RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], PropagatingVgws: [{ GatewayId: "vgw-1" }] }],
    SecurityGroups: [{ GroupId: "sg-1", GroupName: "sg-1", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "172.16.0.0/12" }] }] }],
    Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.10", SecurityGroups: [{ GroupId: "sg-1" }] }] }],
    VpnGateways: [{ VpnGatewayId: "vgw-1", State: "available", VpcAttachments: [{ VpcId: "vpc-1", State: "attached" }] }],
    CustomerGateways: [{ CustomerGatewayId: "cgw-1", IpAddress: "203.0.113.1" }],
    VpnConnections: [{ VpnConnectionId: "vpn-1", CustomerGatewayId: "cgw-1", VpnGatewayId: "vgw-1", State: "available", Options: { StaticRoutesOnly: true },
      Routes: [{ DestinationCidrBlock: "172.16.0.0/16", State: "available" }], VgwTelemetry: [{ Status: "UP" }, { Status: "DOWN" }] }],
  };
}
const ask = (s: unknown, q: Record<string, unknown>) => {
  const a = analyze(loadSnapshot(s), parseQuery({ Protocol: "tcp", DestinationPort: 22, ...q }));
  return { found: a.NetworkPathFound, codes: a.Explanations.map((e) => e.ExplanationCode), forward: a.ForwardPathComponents.map((c) => c.Component.Id), back: a.ReturnPathComponents.map((c) => c.Component.Id), a };
};
const out = { Source: "i-1", Destination: "cgw-1", DestinationIp: "172.16.0.20" };
const inbound = { Source: "cgw-1", SourceIp: "172.16.0.20", Destination: "i-1" };

describe("vpn: load", () => {
  it("registers gateways, connections and customer gateways with their links", () => {
    const m = loadSnapshot(base());
    expect((m.components.get("vgw-1")?.data as VpnGatewayData).connectionIds).toEqual(["vpn-1"]);
    expect((m.components.get("vpn-1")?.data as VpnConnectionData).tunnelUp).toBe(true);
  });

  it("route propagation adds each static route of the VGW's connections once (11.2)", () => {
    const s = base();
    s.RouteTables[0].Routes = [{ DestinationCidrBlock: "172.16.0.0/16", GatewayId: "vgw-1", Origin: "EnableVgwRoutePropagation", State: "active" }];
    const routes = loadSnapshot(s).routeTables.get("rtb-1")!.routes.filter((r) => r.target.id === "vgw-1");
    expect(routes.map((r) => `${r.destination.text}:${r.kind}`)).toEqual(["172.16.0.0/16:propagated"]);
  });

  it("a connection with static routes and no Options is static-routes-only", () => {
    const s = base();
    delete s.VpnConnections[0].Options;
    expect((loadSnapshot(s).components.get("vpn-1")?.data as VpnConnectionData).staticRoutesOnly).toBe(true);
  });

  it("infers the attachment from the route tables when VpcAttachments is left out", () => {
    const s = base();
    delete s.VpnGateways[0].VpcAttachments;
    expect((loadSnapshot(s).components.get("vgw-1")?.data as VpnGatewayData).vpcId).toBe("vpc-1");
  });

  it("refuses a connection to an unknown gateway and a propagating gateway that does not exist", () => {
    const s = base();
    s.VpnConnections[0].VpnGatewayId = "vgw-gone";
    expect(() => loadSnapshot(s)).toThrow(/VpnConnections\[0\]\.VpnGatewayId/);
    const t = base();
    t.RouteTables[0].PropagatingVgws = [{ GatewayId: "vgw-gone" }];
    expect(() => loadSnapshot(t)).toThrow(SnapshotError);
  });
});

describe("vpn: traffic", () => {
  it("VPC to on-premises and back through the VGW and the connection", () => {
    const v = ask(base(), out);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-1", "eni-of-i-1", "sg-1", "acl-default-vpc-1", "rtb-1", "vgw-1", "vpn-1", "cgw-1"]);
    expect(v.back).toEqual(["cgw-1", "vpn-1", "vgw-1", "acl-default-vpc-1", "sg-1", "eni-of-i-1", "i-1"]);
  });

  it("on-premises to the VPC from a customer gateway, a VPN connection or the VGW itself", () => {
    expect(ask(base(), inbound).found).toBe(true);
    expect(ask(base(), { ...inbound, Source: "vpn-1" }).found).toBe(true);
    const v = ask(base(), { ...inbound, Source: "vgw-1" });
    expect(v.found).toBe(true);
    expect(v.forward[0]).toBe("vgw-1");
  });

  it("a static route beats the propagated one: the VPC route table decides (1.8)", () => {
    const s = base();
    s.RouteTables[0].Routes = [{ DestinationCidrBlock: "172.16.0.0/16", NetworkInterfaceId: "eni-of-i-1" }];
    expect(ask(s, out).forward).not.toContain("vgw-1");
  });

  it("the connection or the VGW in a bad state blocks (BAD_STATE_VPN, BAD_STATE, BAD_STATE_ATTACHMENT)", () => {
    const down = base();
    down.VpnConnections[0].VgwTelemetry = [{ Status: "DOWN" }, { Status: "DOWN" }];
    expect(ask(down, out).codes).toEqual(["BAD_STATE_VPN"]);
    expect(ask(down, inbound).codes).toEqual(["BAD_STATE_VPN"]);
    const deleted = base();
    deleted.VpnConnections[0].State = "deleted";
    expect(ask(deleted, inbound).codes).toEqual(["BAD_STATE_VPN"]);
    const vgw = base();
    vgw.VpnGateways[0].State = "pending";
    expect(ask(vgw, out).codes).toEqual(["BAD_STATE"]);
    const detached = base();
    detached.VpnGateways[0].VpcAttachments = [{ VpcId: "vpc-1", State: "detached" }];
    detached.RouteTables[0].Routes = [{ DestinationCidrBlock: "172.16.0.0/16", GatewayId: "vgw-1" }];
    delete detached.RouteTables[0].PropagatingVgws;
    expect(ask(detached, out).codes).toEqual(["BAD_STATE_ATTACHMENT"]);
  });

  it("no route at the VGW for a prefix the connection does not announce", () => {
    const s = base();
    s.RouteTables[0].Routes = [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "vgw-1" }];
    expect(ask(s, { Source: "i-1", Destination: "192.168.1.1" }).codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("a BGP connection announces prefixes the snapshot cannot show: the VGW sends everything to it", () => {
    const s = base();
    s.VpnConnections[0].Options.StaticRoutesOnly = false;
    s.VpnConnections[0].Routes = [];
    s.RouteTables[0].Routes = [{ DestinationCidrBlock: "192.168.0.0/16", GatewayId: "vgw-1", Origin: "EnableVgwRoutePropagation" }];
    expect(ask(s, { Source: "i-1", Destination: "192.168.1.1" }).found).toBe(true);
  });

  it("the VGW carries only traffic of interfaces of its VPC: no transit from a transit gateway (11.4)", () => {
    const s = base();
    s.Vpcs.push({ VpcId: "vpc-2", CidrBlock: "10.9.0.0/16" });
    s.Subnets.push({ SubnetId: "subnet-2", VpcId: "vpc-2", CidrBlock: "10.9.1.0/24", AvailabilityZone: "az1" });
    s.SecurityGroups.push({ GroupId: "sg-2", GroupName: "sg-2", VpcId: "vpc-2" });
    s.Reservations[0].Instances.push({ InstanceId: "i-2", SubnetId: "subnet-2", PrivateIpAddress: "10.9.1.10", SecurityGroups: [{ GroupId: "sg-2" }] });
    s.RouteTables.push({ RouteTableId: "rtb-2", VpcId: "vpc-2", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", TransitGatewayId: "tgw-1" }] });
    s.RouteTables[0].Routes = [{ DestinationCidrBlock: "10.9.0.0/16", TransitGatewayId: "tgw-1" }];
    s.TransitGateways = [{ TransitGatewayId: "tgw-1" }];
    s.TransitGatewayVpcAttachments = [
      { TransitGatewayAttachmentId: "att-1", TransitGatewayId: "tgw-1", VpcId: "vpc-1", SubnetIds: ["subnet-1"] },
      { TransitGatewayAttachmentId: "att-2", TransitGatewayId: "tgw-1", VpcId: "vpc-2", SubnetIds: ["subnet-2"] },
    ];
    s.TransitGatewayRouteTables = [{ TransitGatewayRouteTableId: "rtb-t", TransitGatewayId: "tgw-1", Associations: [{ TransitGatewayAttachmentId: "att-1" }, { TransitGatewayAttachmentId: "att-2" }],
      Propagations: [{ TransitGatewayAttachmentId: "att-2" }], Routes: [{ DestinationCidrBlock: "172.16.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-1" }] }] }];
    const v = ask(s, { Source: "i-2", Destination: "172.16.0.20" });
    expect(v.codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS"]);
    expect(v.forward.slice(-4)).toEqual(["att-1", "acl-default-vpc-1", "rtb-1", "vgw-1"]);
  });

  it("from on-premises only to an interface with an available attachment (11.4)", () => {
    const s = base();
    s.NetworkInterfaces = [{ NetworkInterfaceId: "eni-spare", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.50", Groups: [{ GroupId: "sg-1" }] }];
    expect(ask(s, { ...inbound, Destination: "eni-spare" }).codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
  });

  it("a gateway route table on the VGW sends inbound traffic to an appliance first (11.6, 1.12)", () => {
    const s = base();
    s.Subnets.push({ SubnetId: "subnet-fw", VpcId: "vpc-1", CidrBlock: "10.0.9.0/24", AvailabilityZone: "az1" });
    s.NetworkInterfaces = [{ NetworkInterfaceId: "eni-fw", SubnetId: "subnet-fw", PrivateIpAddress: "10.0.9.10", SourceDestCheck: false, Groups: [{ GroupId: "sg-fw" }], Attachment: { InstanceId: "i-fw", Status: "attached", DeviceIndex: 0 } }];
    s.SecurityGroups.push({ GroupId: "sg-fw", GroupName: "sg-fw", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] });
    s.Reservations[0].Instances.push({ InstanceId: "i-fw", SubnetId: "subnet-fw", SourceDestCheck: false, NetworkInterfaces: [{ NetworkInterfaceId: "eni-fw", Attachment: { DeviceIndex: 0, Status: "attached" } }] });
    s.RouteTables.push({ RouteTableId: "rtb-edge", VpcId: "vpc-1", Associations: [{ GatewayId: "vgw-1" }], Routes: [{ DestinationCidrBlock: "10.0.1.0/24", NetworkInterfaceId: "eni-fw" }] });
    const v = ask(s, inbound);
    expect(v.forward.slice(0, 5)).toEqual(["cgw-1", "vpn-1", "vgw-1", "rtb-edge", "acl-default-vpc-1"]);
    expect(v.forward).toContain("eni-fw");
    expect(v.forward.at(-1)).toBe("i-1");
  });

  it("IPv6 is not carried by a VGW", () => {
    const s = base();
    s.Vpcs[0].Ipv6CidrBlockAssociationSet = [{ Ipv6CidrBlock: "2001:db8::/56" }];
    s.RouteTables[0].Routes = [{ DestinationIpv6CidrBlock: "2001:db8:ff::/48", GatewayId: "vgw-1" }];
    s.Subnets[0].Ipv6CidrBlockAssociationSet = [{ Ipv6CidrBlock: "2001:db8::/64" }];
    s.Reservations[0].Instances[0].Ipv6Address = "2001:db8::10";
    s.SecurityGroups[0].IpPermissionsEgress = [{ IpProtocol: "-1", Ipv6Ranges: [{ CidrIpv6: "::/0" }] }];
    expect(ask(s, { Source: "i-1", Destination: "2001:db8:ff::1" }).codes).toEqual(["PROTOCOL_RESTRICTION"]);
  });
});
