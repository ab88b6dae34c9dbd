import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery, SnapshotError } from "./index";
import type { TransitGatewayAttachmentData } from "./transit-gateway";
import type { TgwRouteTable } from "./transit-gateway-route-table";

/** Two VPCs on tgw-1; A has subnets in two AZs (the attachment in a1 only), B one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- AWS JSON fixtures, edited freely per test
function base(): Record<string, any> {
  const sg = (id: string, vpc: string) => ({ GroupId: id, GroupName: id, VpcId: vpc, IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "10.0.0.0/8" }] }] });
  return {
    Vpcs: [
      { VpcId: "vpc-a", CidrBlock: "10.1.0.0/16", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2001:db8:1::/56" }] },
      { VpcId: "vpc-b", CidrBlock: "10.2.0.0/16" },
    ],
    Subnets: [
      { SubnetId: "subnet-a1", VpcId: "vpc-a", CidrBlock: "10.1.1.0/24", AvailabilityZone: "az1" },
      { SubnetId: "subnet-a-tgw", VpcId: "vpc-a", CidrBlock: "10.1.0.0/28", AvailabilityZone: "az1" },
      { SubnetId: "subnet-b1", VpcId: "vpc-b", CidrBlock: "10.2.1.0/24", AvailabilityZone: "az1" },
    ],
    RouteTables: [
      { RouteTableId: "rtb-a", VpcId: "vpc-a", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "10.0.0.0/8", TransitGatewayId: "tgw-1" }] },
      { RouteTableId: "rtb-b", VpcId: "vpc-b", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "10.0.0.0/8", TransitGatewayId: "tgw-1" }] },
    ],
    SecurityGroups: [sg("sg-a", "vpc-a"), sg("sg-b", "vpc-b")],
    Reservations: [{ Instances: [
      { InstanceId: "i-a", SubnetId: "subnet-a1", PrivateIpAddress: "10.1.1.10", SecurityGroups: [{ GroupId: "sg-a" }] },
      { InstanceId: "i-b", SubnetId: "subnet-b1", PrivateIpAddress: "10.2.1.10", SecurityGroups: [{ GroupId: "sg-b" }] },
    ] }],
    TransitGateways: [{ TransitGatewayId: "tgw-1", State: "available" }],
    TransitGatewayVpcAttachments: [
      { TransitGatewayAttachmentId: "att-a", TransitGatewayId: "tgw-1", VpcId: "vpc-a", SubnetIds: ["subnet-a-tgw"] },
      { TransitGatewayAttachmentId: "att-b", TransitGatewayId: "tgw-1", VpcId: "vpc-b", SubnetIds: ["subnet-b1"] },
    ],
    TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: "rtb-t", TransitGatewayId: "tgw-1",
      Associations: [{ TransitGatewayAttachmentId: "att-a" }, { TransitGatewayAttachmentId: "att-b" }],
      Propagations: [{ TransitGatewayAttachmentId: "att-a" }, { TransitGatewayAttachmentId: "att-b" }] }],
  };
}
const ask = (s: unknown, q: Record<string, unknown>) => {
  const a = analyze(loadSnapshot(s), parseQuery({ Protocol: "tcp", DestinationPort: 22, ...q }));
  return { found: a.NetworkPathFound, codes: a.Explanations.map((e) => e.ExplanationCode), forward: a.ForwardPathComponents.map((c) => c.Component.Id), back: a.ReturnPathComponents.map((c) => c.Component.Id), a };
};
const routesOf = (s: unknown, id = "rtb-t") => (loadSnapshot(s).components.get(id)?.data as TgwRouteTable).routes.map((r) => `${r.destination.text}>${r.attachmentId ?? "blackhole"}:${r.out.RouteOrigin}`);

describe("transit-gateway: load", () => {
  it("derives propagated routes from Propagations: each VPC attachment's CIDRs, IPv6 too (8.6)", () => {
    expect(routesOf(base())).toEqual(["10.1.0.0/16>att-a:propagated", "2001:db8:1::/56>att-a:propagated", "10.2.0.0/16>att-b:propagated"]);
  });

  it("takes routes listed with Type propagated as given, without duplicating the derived ones", () => {
    const s = base();
    s.TransitGatewayRouteTables[0].Routes = [
      { DestinationCidrBlock: "10.2.0.0/16", Type: "propagated", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-b", ResourceId: "vpc-b", ResourceType: "vpc" }] },
      { DestinationCidrBlock: "10.9.0.0/16", Type: "propagated", State: "active", TransitGatewayAttachments: [{ ResourceId: "vpc-b" }] },
    ];
    expect(routesOf(s)).toEqual(["10.2.0.0/16>att-b:propagated", "10.9.0.0/16>att-b:propagated", "10.1.0.0/16>att-a:propagated", "2001:db8:1::/56>att-a:propagated"]);
  });

  it("an identical CIDR is not propagated for a second VPC (8.11)", () => {
    const s = base();
    s.Vpcs.push({ VpcId: "vpc-dup", CidrBlock: "10.2.0.0/16" });
    s.Subnets.push({ SubnetId: "subnet-dup", VpcId: "vpc-dup", CidrBlock: "10.2.0.0/24", AvailabilityZone: "az1" });
    s.TransitGatewayVpcAttachments.push({ TransitGatewayAttachmentId: "att-dup", TransitGatewayId: "tgw-1", VpcId: "vpc-dup", SubnetIds: ["subnet-dup"] });
    s.TransitGatewayRouteTables[0].Propagations.push({ TransitGatewayAttachmentId: "att-dup" });
    expect(routesOf(s).filter((r) => r.startsWith("10.2.0.0/16"))).toEqual(["10.2.0.0/16>att-b:propagated"]);
  });

  it("fills in AWS's default association and propagation when the snapshot says nothing about them", () => {
    const s = base();
    s.TransitGatewayRouteTables = [{ TransitGatewayRouteTableId: "rtb-t", TransitGatewayId: "tgw-1", DefaultAssociationRouteTable: true, DefaultPropagationRouteTable: true }];
    expect(routesOf(s)).toHaveLength(3);
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).found).toBe(true);
    s.TransitGateways[0].Options = { DefaultRouteTableAssociation: "disable", DefaultRouteTablePropagation: "disable" };
    expect(routesOf(s)).toHaveLength(0);
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).codes).toEqual(["TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"]);
  });

  it("a transit gateway whose route tables are not listed gets AWS's default route table (all associated and propagating)", () => {
    const s = base();
    delete s.TransitGatewayRouteTables;
    expect(routesOf(s, "tgw-rtb-default-tgw-1")).toHaveLength(3);
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("tgw-rtb-default-tgw-1");
    s.TransitGateways[0].Options = { DefaultRouteTableAssociation: "enable", AssociationDefaultRouteTableId: "tgw-rtb-0abc" };
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).forward).toContain("tgw-rtb-0abc");
    s.TransitGateways[0].Options = { DefaultRouteTableAssociation: "disable", DefaultRouteTablePropagation: "disable" };
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).codes).toEqual(["TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"]);
  });

  it("reads the association from describe-transit-gateway-attachments too", () => {
    const s = base();
    s.TransitGatewayRouteTables[0].Associations = [{ TransitGatewayAttachmentId: "att-b" }];
    s.TransitGatewayAttachments = [{ TransitGatewayAttachmentId: "att-a", TransitGatewayId: "tgw-1", ResourceType: "vpc", ResourceId: "vpc-a", State: "available", Association: { TransitGatewayRouteTableId: "rtb-t", State: "associated" } }];
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).found).toBe(true);
  });

  it("refuses what AWS cannot hold, with the JSON path", () => {
    const twoInOneAz = base();
    twoInOneAz.TransitGatewayVpcAttachments[0].SubnetIds = ["subnet-a-tgw", "subnet-a1"];
    expect(() => loadSnapshot(twoInOneAz)).toThrow(/one subnet per Availability Zone/);
    const wrongVpc = base();
    wrongVpc.TransitGatewayVpcAttachments[0].SubnetIds = ["subnet-b1"];
    expect(() => loadSnapshot(wrongVpc)).toThrow(SnapshotError);
    const unknownAttachment = base();
    unknownAttachment.TransitGatewayRouteTables[0].Routes = [{ DestinationCidrBlock: "10.5.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-gone" }] }];
    expect(() => loadSnapshot(unknownAttachment)).toThrow(/TransitGatewayRouteTables\[0\]\.Routes\[0\]/);
    const twoTables = base();
    twoTables.TransitGatewayRouteTables.push({ TransitGatewayRouteTableId: "rtb-t2", TransitGatewayId: "tgw-1", Associations: [{ TransitGatewayAttachmentId: "att-a" }] });
    expect(() => loadSnapshot(twoTables)).toThrow(/one route table per attachment/);
    const noTgw = base();
    noTgw.TransitGateways = [];
    expect(() => loadSnapshot(noTgw)).toThrow(SnapshotError);
  });

  it("synthesizes the attachment AWS creates for a VPN connection on a transit gateway", () => {
    const s = base();
    s.VpnConnections = [{ VpnConnectionId: "vpn-1", TransitGatewayId: "tgw-1", State: "available" }];
    const a = loadSnapshot(s).components.get("tgw-attach-of-vpn-1")?.data as TransitGatewayAttachmentData;
    expect(a.resourceType).toBe("vpn");
  });
});

describe("transit-gateway: routing", () => {
  it("VPC to VPC: attachment, transit gateway, route table, attachment; NACLs as 6.11 (different subnets)", () => {
    const v = ask(base(), { Source: "i-a", Destination: "i-b" });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-a", "eni-of-i-a", "sg-a", "acl-default-vpc-a", "rtb-a", "acl-default-vpc-a", "att-a", "tgw-1", "rtb-t", "att-b", "sg-b", "eni-of-i-b", "i-b"]);
    // The reply: B's instance shares the attachment subnet (in and out), A's attachment subnet NACL outbound, then A's subnet inbound.
    expect(v.back).toEqual(["i-b", "eni-of-i-b", "sg-b", "acl-default-vpc-b", "rtb-b", "acl-default-vpc-b", "att-b", "tgw-1", "rtb-t", "att-a", "acl-default-vpc-a", "acl-default-vpc-a", "sg-a", "eni-of-i-a", "i-a"]);
  });

  it("the attachment subnet's NACL: inbound toward the transit gateway, outbound from it (6.11)", () => {
    const s = base();
    s.NetworkAcls = [
      { NetworkAclId: "acl-a-tgw", VpcId: "vpc-a", IsDefault: false, Associations: [{ SubnetId: "subnet-a-tgw" }], Entries: [
        { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: false, CidrBlock: "0.0.0.0/0" },
        { RuleNumber: 100, Protocol: "-1", RuleAction: "deny", Egress: true, CidrBlock: "0.0.0.0/0" },
      ] },
      { NetworkAclId: "acl-a-default", VpcId: "vpc-a", IsDefault: true },
    ];
    // A to B: A's subnet outbound, the TGW subnet inbound (allowed) -> forward delivered; B's reply enters A through
    // the TGW subnet, whose outbound denies.
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.forward.slice(3, 7)).toEqual(["acl-a-default", "rtb-a", "acl-a-tgw", "att-a"]);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.back.at(-1)).toBe("acl-a-tgw");
    expect(v.a.Explanations[0]?.Direction).toBe("egress");
  });

  it("from an AZ without an attachment subnet: TGW_ROUTE_AZ_RESTRICTION (8.2)", () => {
    const s = base();
    s.Subnets.push({ SubnetId: "subnet-a2", VpcId: "vpc-a", CidrBlock: "10.1.2.0/24", AvailabilityZone: "az2" });
    s.Reservations[0].Instances.push({ InstanceId: "i-a2", SubnetId: "subnet-a2", PrivateIpAddress: "10.1.2.10", SecurityGroups: [{ GroupId: "sg-a" }] });
    expect(ask(s, { Source: "i-a2", Destination: "i-b" }).codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    // 8.12: into A2 the request is delivered, its reply cannot leave.
    const back = ask(s, { Source: "i-b", Destination: "i-a2" });
    expect(back.forward.at(-1)).toBe("i-a2");
    expect(back.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
  });

  it("into a VPC whose attachment has no subnet in the flow's AZ: another AZ's attachment subnet (8.3)", () => {
    const s = base();
    s.Subnets.push({ SubnetId: "subnet-b-tgw2", VpcId: "vpc-b", CidrBlock: "10.2.9.0/28", AvailabilityZone: "az2" });
    s.TransitGatewayVpcAttachments[1].SubnetIds = ["subnet-b-tgw2"];
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    const i = v.forward.indexOf("att-b");
    expect(v.a.ForwardPathComponents[i]?.Subnet?.Id).toBe("subnet-b-tgw2");
    expect(v.forward.slice(i + 1, i + 3)).toEqual(["acl-default-vpc-b", "acl-default-vpc-b"]);
    // The reply starts in az1, where B's attachment has no subnet.
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
  });

  it("peering attachments carry traffic between two transit gateways, each side with its own route table (8.10)", () => {
    const s = base();
    s.TransitGateways.push({ TransitGatewayId: "tgw-2", State: "available" });
    s.TransitGatewayVpcAttachments[1].TransitGatewayId = "tgw-2";
    s.RouteTables[1].Routes = [{ DestinationCidrBlock: "10.0.0.0/8", TransitGatewayId: "tgw-2" }];
    s.TransitGatewayAttachments = [
      { TransitGatewayAttachmentId: "att-peer", TransitGatewayId: "tgw-1", ResourceType: "peering", ResourceId: "tgw-2", State: "available" },
      { TransitGatewayAttachmentId: "att-peer", TransitGatewayId: "tgw-2", ResourceType: "peering", ResourceId: "tgw-1", State: "available" },
    ];
    const peer = (id: string) => ({ DestinationCidrBlock: id, Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-peer" }] });
    s.TransitGatewayRouteTables = [
      { TransitGatewayRouteTableId: "rtb-t1", TransitGatewayId: "tgw-1", Associations: [{ TransitGatewayAttachmentId: "att-a" }, { TransitGatewayAttachmentId: "att-peer" }], Propagations: [{ TransitGatewayAttachmentId: "att-a" }], Routes: [peer("10.2.0.0/16")] },
      { TransitGatewayRouteTableId: "rtb-t2", TransitGatewayId: "tgw-2", Associations: [{ TransitGatewayAttachmentId: "att-b" }, { TransitGatewayAttachmentId: "att-peer" }], Propagations: [{ TransitGatewayAttachmentId: "att-b" }], Routes: [peer("10.1.0.0/16")] },
    ];
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-a", "eni-of-i-a", "sg-a", "acl-default-vpc-a", "rtb-a", "acl-default-vpc-a", "att-a", "tgw-1", "rtb-t1", "att-peer", "tgw-2", "rtb-t2", "att-b", "sg-b", "eni-of-i-b", "i-b"]);
  });

  it("blackhole routes: static without attachment, or State blackhole (8.8)", () => {
    const s = base();
    s.TransitGatewayRouteTables[0].Routes = [{ DestinationCidrBlock: "10.2.1.0/24", Type: "static", State: "blackhole" }];
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.codes).toEqual(["TGW_RTB_BAD_STATE_ROUTE"]);
    expect(v.forward.at(-1)).toBe("rtb-t");
    expect(v.a.ForwardPathComponents.at(-1)?.TransitGatewayRouteTableRoute).toMatchObject({ DestinationCidr: "10.2.1.0/24", State: "blackhole", RouteOrigin: "static" });
  });

  it("a static route beats the propagated one for the same CIDR (8.9)", () => {
    const s = base();
    s.Vpcs.push({ VpcId: "vpc-c", CidrBlock: "10.3.0.0/16" });
    s.Subnets.push({ SubnetId: "subnet-c", VpcId: "vpc-c", CidrBlock: "10.3.0.0/24", AvailabilityZone: "az1" });
    s.TransitGatewayVpcAttachments.push({ TransitGatewayAttachmentId: "att-c", TransitGatewayId: "tgw-1", VpcId: "vpc-c", SubnetIds: ["subnet-c"] });
    s.TransitGatewayRouteTables[0].Associations.push({ TransitGatewayAttachmentId: "att-c" });
    s.TransitGatewayRouteTables[0].Routes = [{ DestinationCidrBlock: "10.2.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-c" }] }];
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.forward).toContain("att-c");
    // Not an address of vpc-c: the attachment subnet's route table decides (here: the main table, local only).
    expect(v.forward.at(-1)).toBe("rtb-main-vpc-c");
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("an attachment that is not available: BAD_STATE_ATTACHMENT; it propagates nothing", () => {
    const s = base();
    s.TransitGatewayVpcAttachments[1].State = "pendingAcceptance";
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(ask(s, { Source: "i-b", Destination: "i-a" }).codes).toEqual(["BAD_STATE_ATTACHMENT"]);
    s.TransitGatewayRouteTables[0].Routes = [{ DestinationCidrBlock: "10.2.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-b" }] }];
    const v = ask(s, { Source: "i-a", Destination: "i-b" });
    expect(v.codes).toEqual(["BAD_STATE_ATTACHMENT"]);
    expect(v.forward.at(-1)).toBe("att-b");
  });

  it("a transit gateway that is not available: BAD_STATE", () => {
    const s = base();
    s.TransitGateways[0].State = "deleting";
    expect(ask(s, { Source: "i-a", Destination: "i-b" }).codes).toEqual(["BAD_STATE"]);
  });

  it("joins its VPCs for DISCONNECTED_VPCS: without a transit gateway both ways there is no route", () => {
    const s = base();
    const model = loadSnapshot(s);
    const tgw = model.components.get("tgw-1")!;
    expect(model.families.get(tgw.family)?.connects?.(tgw, "vpc-a", "vpc-b")).toBe(true);
    expect(model.families.get(tgw.family)?.connects?.(tgw, "vpc-a", "vpc-x")).toBe(false);
  });

  it("an interface endpoint reached through the transit gateway without a route back: RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY", () => {
    const s = base();
    s.SecurityGroups.push({ GroupId: "sg-vpce", GroupName: "vpce", VpcId: "vpc-b", IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "10.0.0.0/8" }] }] });
    s.VpcEndpoints = [{ VpcEndpointId: "vpce-ssm", VpcEndpointType: "Interface", VpcId: "vpc-b", ServiceName: "com.amazonaws.us-east-1.ssm", State: "available", SubnetIds: ["subnet-b1"], Groups: [{ GroupId: "sg-vpce" }] }];
    const ok = ask(s, { Source: "i-a", Destination: "vpce-ssm", DestinationPort: 443 });
    expect(ok.found).toBe(true);
    expect(ok.a.AdditionalDetails).toBeUndefined();
    s.RouteTables[1].Routes = [];
    const v = ask(s, { Source: "i-a", Destination: "vpce-ssm", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.a.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toEqual(["RESPONSE_RTB_HAS_NO_ROUTE_TO_TRANSIT_GATEWAY"]);
  });

  it("does not report UNIDIRECTIONAL_PATH_ANALYSIS_ONLY: the reply is analysed (contract §2, departure from RA 0.5)", () => {
    expect(ask(base(), { Source: "i-a", Destination: "i-b" }).a.AdditionalDetails).toBeUndefined();
  });

  it("the transit gateway itself as a source: it enters through the attachment whose network holds SourceIp", () => {
    const v = ask(base(), { Source: "tgw-1", SourceIp: "10.2.1.99", Destination: "i-a" });
    expect(v.forward.slice(0, 3)).toEqual(["tgw-1", "rtb-t", "att-a"]);
    expect(v.found).toBe(true);
    expect(v.back.at(-1)).toBe("tgw-1");
    expect(ask(base(), { Source: "tgw-1", SourceIp: "192.168.0.1", Destination: "i-a" }).codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
  });

  it("an attachment can be the destination (with DestinationIp) and the source (with SourceIp)", () => {
    const s = base();
    s.TransitGatewayRouteTables[0].Routes = [{ DestinationCidrBlock: "10.50.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ TransitGatewayAttachmentId: "att-b" }] }];
    const to = ask(s, { Source: "i-a", Destination: "att-b", DestinationIp: "10.50.0.1" });
    expect(to.forward.slice(-3)).toEqual(["tgw-1", "rtb-t", "att-b"]);
    const from = ask(s, { Source: "att-b", SourceIp: "10.50.0.1", Destination: "i-a" });
    expect(from.forward.slice(0, 3)).toEqual(["att-b", "tgw-1", "rtb-t"]);
    expect(from.found).toBe(true);
  });
});
