/**
 * Source: AWS CLI Command Reference, `ec2 describe-network-acls` example output, and the VPC User Guide, "Control
 * subnet traffic with network ACLs" (custom network ACL rules): a custom network ACL of a VPC with an IPv6 CIDR
 * lists two `*` rules, RuleNumber 32767 for 0.0.0.0/0 and RuleNumber 32768 for ::/0, both deny, protocol -1.
 * Pasted as AWS prints it, the ACL loads, and IPv6 traffic no numbered rule allows is denied by the ::/0 `*` rule.
 */
import { describe, expect, it } from "vitest";
import { SnapshotError } from "../errors";
import { loadSnapshot } from "../index";
import { scenario } from "./harness";

const star = (egress: boolean) => [
  { CidrBlock: "0.0.0.0/0", Egress: egress, Protocol: "-1", RuleAction: "deny", RuleNumber: 32767 },
  { Egress: egress, Ipv6CidrBlock: "::/0", Protocol: "-1", RuleAction: "deny", RuleNumber: 32768 },
];

function snapshot(dbEntries: unknown[]) {
  return {
    Vpcs: [{ VpcId: "vpc-0d6a1b2c3d4e5f601", CidrBlock: "10.0.0.0/16", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18:1234:5600::/56", Ipv6CidrBlockState: { State: "associated" } }] }],
    Subnets: [
      { SubnetId: "subnet-0web00000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18:1234:5601::/64", Ipv6CidrBlockState: { State: "associated" } }] },
      { SubnetId: "subnet-0db000000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", CidrBlock: "10.0.2.0/24", AvailabilityZone: "us-east-1a", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18:1234:5602::/64", Ipv6CidrBlockState: { State: "associated" } }] },
    ],
    SecurityGroups: [
      {
        GroupId: "sg-0open00000000000001",
        GroupName: "open",
        VpcId: "vpc-0d6a1b2c3d4e5f601",
        IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "10.0.0.0/16" }], Ipv6Ranges: [{ CidrIpv6: "2600:1f18:1234:5600::/56" }], PrefixListIds: [], UserIdGroupPairs: [] }],
        IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }], Ipv6Ranges: [{ CidrIpv6: "::/0" }], PrefixListIds: [], UserIdGroupPairs: [] }],
      },
    ],
    NetworkAcls: [
      {
        NetworkAclId: "acl-0db000000000000001",
        VpcId: "vpc-0d6a1b2c3d4e5f601",
        IsDefault: false,
        Associations: [{ NetworkAclAssociationId: "aclassoc-0db00000000000001", NetworkAclId: "acl-0db000000000000001", SubnetId: "subnet-0db000000000000001" }],
        Entries: dbEntries,
      },
    ],
    NetworkInterfaces: [
      { NetworkInterfaceId: "eni-0web00000000000001", SubnetId: "subnet-0web00000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", PrivateIpAddress: "10.0.1.10", Ipv6Addresses: [{ Ipv6Address: "2600:1f18:1234:5601::10" }], Attachment: { InstanceId: "i-0web00000000000001", DeviceIndex: 0, Status: "attached" }, Groups: [{ GroupId: "sg-0open00000000000001", GroupName: "open" }] },
      { NetworkInterfaceId: "eni-0db000000000000001", SubnetId: "subnet-0db000000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", PrivateIpAddress: "10.0.2.10", Ipv6Addresses: [{ Ipv6Address: "2600:1f18:1234:5602::10" }], Attachment: { InstanceId: "i-0db000000000000001", DeviceIndex: 0, Status: "attached" }, Groups: [{ GroupId: "sg-0open00000000000001", GroupName: "open" }] },
    ],
    Reservations: [
      { ReservationId: "r-0web00000000000001", Instances: [{ InstanceId: "i-0web00000000000001", State: { Code: 16, Name: "running" }, SubnetId: "subnet-0web00000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", PrivateIpAddress: "10.0.1.10" }] },
      { ReservationId: "r-0db000000000000001", Instances: [{ InstanceId: "i-0db000000000000001", State: { Code: 16, Name: "running" }, SubnetId: "subnet-0db000000000000001", VpcId: "vpc-0d6a1b2c3d4e5f601", PrivateIpAddress: "10.0.2.10" }] },
    ],
  };
}

// The db subnet's ACL allows MySQL from the web subnet over IPv4 only, and the replies over IPv4 only.
const ipv4Only = [
  { CidrBlock: "10.0.1.0/24", Egress: false, PortRange: { From: 3306, To: 3306 }, Protocol: "6", RuleAction: "allow", RuleNumber: 100 },
  { CidrBlock: "10.0.1.0/24", Egress: true, PortRange: { From: 1024, To: 65535 }, Protocol: "6", RuleAction: "allow", RuleNumber: 100 },
  ...star(false),
  ...star(true),
];

describe("network ACL * rules of a VPC with IPv6, as describe-network-acls prints them (6.2)", () => {
  it("loads both * rules (32767 for 0.0.0.0/0, 32768 for ::/0) and applies its numbered rules over IPv4", () => {
    const { ask } = scenario(snapshot(ipv4Only));
    const v = ask({ Source: "i-0web00000000000001", Destination: "i-0db000000000000001", Protocol: "tcp", DestinationPort: 3306 });
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
  });

  it("denies IPv6 traffic no numbered rule allows with the ::/0 * rule, numbered 32768", () => {
    const { ask } = scenario(snapshot(ipv4Only));
    const v = ask({ Source: "i-0web00000000000001", Destination: "i-0db000000000000001", DestinationIp: "2600:1f18:1234:5602::10", Protocol: "tcp", DestinationPort: 3306 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    const rule = v.analysis.Explanations[0]?.AclRule;
    expect(rule).toMatchObject({ Cidr: "::/0", RuleAction: "deny", RuleNumber: 32768, Egress: false });
  });

  it("still refuses a numbered rule outside 1-32766 that is not a * rule", () => {
    const bad = [{ Egress: false, Ipv6CidrBlock: "2600:1f18:1234:5601::/64", Protocol: "-1", RuleAction: "allow", RuleNumber: 32768 }];
    expect(() => loadSnapshot(snapshot(bad))).toThrow(SnapshotError);
    try {
      loadSnapshot(snapshot(bad));
    } catch (error) {
      expect((error as SnapshotError).path).toBe("$.NetworkAcls[0].Entries[0].RuleNumber");
    }
  });
});
