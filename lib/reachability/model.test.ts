import { describe, expect, it } from "vitest";
import { SnapshotError } from "./errors";
import { loadSnapshot } from "./index";

const base = () => ({
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18::/56" }] }],
  Subnets: [
    { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" },
    { SubnetId: "subnet-b", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24", AvailabilityZone: "us-east-1b" },
  ],
});

function refused(json: unknown): SnapshotError {
  try {
    loadSnapshot(json);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("model", () => {
  it("fills in what AWS creates with a VPC: main route table with local routes, default NACL, default SG", () => {
    const m = loadSnapshot(base());
    const vpc = m.vpcs.get("vpc-1")!;
    expect(vpc.mainRouteTableId).toBe("rtb-main-vpc-1");
    expect(m.routeTables.get("rtb-main-vpc-1")!.routes.map((r) => `${r.destination.text}>${r.target.id}`)).toEqual(["10.0.0.0/16>local", "2600:1f18::/56>local"]);
    expect(m.subnets.get("subnet-a")!.routeTableId).toBe("rtb-main-vpc-1");
    const acl = m.networkAcls.get(vpc.defaultAclId)!;
    expect(acl.ingress[4].map((e) => e.ruleNumber)).toEqual([100]);
    expect(acl.ingress[6].map((e) => e.ruleNumber)).toEqual([101]);
    const sg = m.securityGroups.get(vpc.defaultSgId)!;
    expect(sg.ingress[0]?.groupId).toBe(sg.id);
    expect(sg.egress.map((r) => r.cidr?.text)).toEqual(["0.0.0.0/0", "::/0"]);
  });

  it("several IPv4 CIDRs via CidrBlockAssociationSet, each with a local route", () => {
    const s = base();
    (s.Vpcs[0] as Record<string, unknown>).CidrBlockAssociationSet = [{ CidrBlock: "10.0.0.0/16" }, { CidrBlock: "100.64.0.0/16", CidrBlockState: { State: "associated" } }];
    s.Subnets.push({ SubnetId: "subnet-c", VpcId: "vpc-1", CidrBlock: "100.64.1.0/24", AvailabilityZone: "us-east-1a" });
    const m = loadSnapshot(s);
    expect(m.vpcs.get("vpc-1")!.cidrs4.map((c) => c.text)).toEqual(["10.0.0.0/16", "100.64.0.0/16"]);
    expect(m.routeTables.get("rtb-main-vpc-1")!.routes.filter((r) => r.kind === "local")).toHaveLength(3);
  });

  it("the same interface in NetworkInterfaces and in Reservations is one interface", () => {
    const s = {
      ...base(),
      NetworkInterfaces: [{ NetworkInterfaceId: "eni-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", Attachment: { InstanceId: "i-1", Status: "attached", DeviceIndex: 0 } }],
      Reservations: [{ Instances: [{ InstanceId: "i-1", State: { Name: "running" }, NetworkInterfaces: [{ NetworkInterfaceId: "eni-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", Attachment: { DeviceIndex: 0, Status: "attached" } }] }] }],
    };
    const m = loadSnapshot(s);
    expect([...m.enis.keys()]).toEqual(["eni-1"]);
    expect(m.instances.get("i-1")!.eniIds).toEqual(["eni-1"]);
  });

  it("an interface listed only in NetworkInterfaces takes its instance's groups and public IP; no duplicate interface is made", () => {
    const s = {
      ...base(),
      SecurityGroups: [{ GroupId: "sg-web", GroupName: "web", VpcId: "vpc-1" }],
      NetworkInterfaces: [{ NetworkInterfaceId: "eni-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", Attachment: { InstanceId: "i-1", Status: "attached", DeviceIndex: 0 } }],
      Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", PublicIpAddress: "54.1.1.1", SecurityGroups: [{ GroupId: "sg-web" }] }] }],
    };
    const m = loadSnapshot(s);
    expect([...m.enis.keys()]).toEqual(["eni-1"]);
    expect(m.enis.get("eni-1")!.groupIds).toEqual(["sg-web"]);
    expect([...m.publicIndex.values()].map((v) => v.eni.id)).toEqual(["eni-1"]);
  });

  it("Elastic IPs map to the interface's private address", () => {
    const s = { ...base(), Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5" }] }], Addresses: [{ PublicIp: "54.1.2.3", InstanceId: "i-1", AllocationId: "eipalloc-1" }] };
    const m = loadSnapshot(s);
    expect([...m.publicIndex.values()].map((v) => v.eni.id)).toEqual(["eni-of-i-1"]);
  });

  it("refuses a subnet CIDR outside its VPC", () => {
    const s = base();
    s.Subnets[1]!.CidrBlock = "10.1.0.0/24";
    const e = refused(s);
    expect(e.path).toBe("$.Subnets[1].CidrBlock");
    expect(e.reason).toMatch(/outside VPC vpc-1/);
  });

  it("refuses overlapping subnets", () => {
    const s = base();
    s.Subnets[1]!.CidrBlock = "10.0.1.128/25";
    expect(refused(s).path).toBe("$.Subnets[1].CidrBlock");
  });

  it("refuses a route target that does not exist, but keeps a blackhole", () => {
    const route = { DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-gone" };
    const e = refused({ ...base(), RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Routes: [route] }] });
    expect(e.path).toBe("$.RouteTables[0].Routes[0].GatewayId");
    const m = loadSnapshot({ ...base(), RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Routes: [{ ...route, State: "blackhole" }] }] });
    expect(m.routeTables.get("rtb-1")!.routes[0]?.state).toBe("blackhole");
  });

  it("refuses NACL rule numbers outside 1-32766 but accepts the listed * rule", () => {
    const entry = (n: number, action = "allow") => ({ RuleNumber: n, Protocol: "-1", RuleAction: action, Egress: false, CidrBlock: "0.0.0.0/0" });
    expect(refused({ ...base(), NetworkAcls: [{ NetworkAclId: "acl-1", VpcId: "vpc-1", Entries: [entry(0)] }] }).path).toBe("$.NetworkAcls[0].Entries[0].RuleNumber");
    expect(refused({ ...base(), NetworkAcls: [{ NetworkAclId: "acl-1", VpcId: "vpc-1", Entries: [entry(32767)] }] }).path).toBe("$.NetworkAcls[0].Entries[0].RuleNumber");
    expect(() => loadSnapshot({ ...base(), NetworkAcls: [{ NetworkAclId: "acl-1", VpcId: "vpc-1", Entries: [entry(32767, "deny")] }] })).not.toThrow();
  });

  it("refuses a subnet associated with two route tables, and a second main route table", () => {
    const rt = (id: string, assoc: Record<string, unknown>) => ({ RouteTableId: id, VpcId: "vpc-1", Associations: [assoc] });
    expect(refused({ ...base(), RouteTables: [rt("rtb-1", { SubnetId: "subnet-a" }), rt("rtb-2", { SubnetId: "subnet-a" })] }).path).toBe("$.RouteTables[1].Associations[0].SubnetId");
    expect(refused({ ...base(), RouteTables: [rt("rtb-1", { Main: true }), rt("rtb-2", { Main: true })] }).path).toBe("$.RouteTables[1].Associations[0].Main");
  });

  it("refuses a route more specific than local unless it is a whole subnet to an ENI or NAT gateway (1.5)", () => {
    const s = {
      ...base(),
      NetworkInterfaces: [{ NetworkInterfaceId: "eni-fw", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.9", SourceDestCheck: false }],
      RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Routes: [{ DestinationCidrBlock: "10.0.2.0/24", NetworkInterfaceId: "eni-fw" }] }],
    };
    expect(() => loadSnapshot(s)).not.toThrow();
    s.RouteTables[0]!.Routes[0]!.DestinationCidrBlock = "10.0.2.0/25";
    expect(refused(s).path).toBe("$.RouteTables[0].Routes");
  });

  it("refuses duplicate ids", () => {
    const s = base();
    s.Subnets[1]!.SubnetId = "subnet-a";
    expect(refused(s).path).toBe("$.Subnets[1].SubnetId");
  });

  it("refuses an interface or instance id that another resource already uses, naming both places", () => {
    const eni = (id: string) => ({ NetworkInterfaceId: id, SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5" });
    const instance = (id: string, interfaces: unknown[] = []) => ({ InstanceId: id, State: { Name: "running" }, NetworkInterfaces: interfaces });
    // An interface with a subnet's id.
    let e = refused({ ...base(), NetworkInterfaces: [eni("subnet-b")] });
    expect(e.path).toBe("$.NetworkInterfaces[0].NetworkInterfaceId");
    expect(e.message).toContain("already used at $.Subnets[1].SubnetId");
    // An instance with the VPC's id.
    e = refused({ ...base(), Reservations: [{ Instances: [instance("vpc-1")] }] });
    expect(e.path).toBe("$.Reservations[0].Instances[0].InstanceId");
    expect(e.message).toContain("already used at $.Vpcs[0].VpcId");
    // Two instances with one id.
    e = refused({ ...base(), Reservations: [{ Instances: [instance("i-1")] }, { Instances: [instance("i-1")] }] });
    expect(e.path).toBe("$.Reservations[1].Instances[0].InstanceId");
    expect(e.message).toContain("already used at $.Reservations[0].Instances[0].InstanceId");
    // An interface, listed only inside an instance, with an instance's id.
    e = refused({ ...base(), Reservations: [{ Instances: [instance("i-1", [eni("i-1")])] }] });
    expect(e.path).toBe("$.Reservations[0].Instances[0].NetworkInterfaces[0].NetworkInterfaceId");
    expect(e.message).toContain("already used at $.Reservations[0].Instances[0].InstanceId");
    // An interface with the id of a component a family registers (a NAT gateway).
    e = refused({
      ...base(),
      NetworkInterfaces: [eni("nat-1")],
      NatGateways: [{ NatGatewayId: "nat-1", VpcId: "vpc-1", SubnetId: "subnet-b", State: "available", ConnectivityType: "private", NatGatewayAddresses: [{ PrivateIp: "10.0.2.9" }] }],
    });
    expect(e.path).toBe("$.NetworkInterfaces[0].NetworkInterfaceId");
    expect(e.message).toContain("already used at");
    // The same interface listed twice is one interface, not a duplicate.
    expect(() => loadSnapshot({ ...base(), NetworkInterfaces: [eni("eni-1")], Reservations: [{ Instances: [instance("i-1", [eni("eni-1")])] }] })).not.toThrow();
  });
});
