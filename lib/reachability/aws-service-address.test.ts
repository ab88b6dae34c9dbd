import { describe, expect, it } from "vitest";
import { parseAddress } from "./cidr";
import { loadSnapshot } from "./index";
import { isAwsServiceAddress } from "./aws-service-address";
import { scenario } from "./scenarios/harness";

const snap = {
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
  Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
  NetworkAcls: [{ NetworkAclId: "acl-closed", VpcId: "vpc-1", IsDefault: true, Entries: [], Associations: [{ SubnetId: "subnet-1" }] }],
  SecurityGroups: [{ GroupId: "sg-closed", GroupName: "closed", VpcId: "vpc-1", IpPermissions: [], IpPermissionsEgress: [] }],
  Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.5", SecurityGroups: [{ GroupId: "sg-closed" }] }] }],
};

describe("aws-service-address (6.8)", () => {
  it("recognises the fixed and VPC-relative service addresses", () => {
    const m = loadSnapshot(snap);
    const eni = m.enis.get("eni-of-i-1")!;
    for (const a of ["169.254.169.254", "169.254.169.253", "169.254.169.123", "10.0.0.2", "10.0.1.1", "fd00:ec2::254"]) expect(isAwsServiceAddress(m, eni, parseAddress(a)!), a).toBe(true);
    for (const a of ["10.0.0.3", "10.0.1.2", "8.8.8.8"]) expect(isAwsServiceAddress(m, eni, parseAddress(a)!), a).toBe(false);
  });

  it("instance metadata and Amazon DNS are reachable through a closed NACL and SG", () => {
    const s = scenario(snap);
    const imds = s.ask({ Source: "i-1", Destination: "169.254.169.254", Protocol: "tcp", DestinationPort: 80 });
    expect(imds.found).toBe(true);
    expect(imds.forward).toEqual(["i-1", "eni-of-i-1"]);
    expect(imds.back).toEqual(["eni-of-i-1", "i-1"]);
    expect(s.ask({ Source: "i-1", Destination: "10.0.0.2", Protocol: "udp", DestinationPort: 53 }).found).toBe(true);
    expect(s.ask({ Source: "i-1", Destination: "8.8.8.8", Protocol: "udp", DestinationPort: 53 }).codes).toEqual(["SG_HAS_NO_RULES"]);
  });
});
