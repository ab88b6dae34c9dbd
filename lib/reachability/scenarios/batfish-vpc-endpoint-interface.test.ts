/**
 * Source: Batfish `AwsConfigurationVpcEndpointInterfaceTest` and its snapshot `test-vpc-endpoint-interface`
 * (setup.tf): one VPC, two subnets with an instance each, an interface endpoint for CloudTrail in one subnet
 * (10.1.101.97) whose security group allows 443; a NACL allowing all. Plus semantics 9.8: the endpoint is
 * reachable across a peering connection (unlike a gateway endpoint, 9.3), and 9.6: the endpoint starts nothing.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./batfish-vpc-endpoint-interface.json";
import { scenario } from "./harness";

const VPCE = "vpce-083c683a6be29b889";
const SG = "sg-0973207c61f3466e1";
const ACL = "acl-testing-general";
const IN_SUBNET = "i-0a0fbd0cfa774970f";
const OTHER_SUBNET = "i-0eb6eb395a0d09117";

type Json = Record<string, unknown>;
const { ask } = scenario(snapshot);

describe("scenario: Batfish AwsConfigurationVpcEndpointInterfaceTest", () => {
  it("testFromSubnetEndpoint: same subnet, no NACL or route table; the path ends at the endpoint (an AWS service)", () => {
    const v = ask({ Source: IN_SUBNET, Destination: "10.1.101.97", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([IN_SUBNET, `eni-of-${IN_SUBNET}`, SG, SG, VPCE]);
    expect(v.back).toEqual([VPCE, "eni-0084b734451ba23ca", SG, SG, `eni-of-${IN_SUBNET}`, IN_SUBNET]);
  });

  it("testFromSubnetNonEndpoint: across subnets, both NACLs and the route table", () => {
    const v = ask({ Source: OTHER_SUBNET, Destination: VPCE, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([OTHER_SUBNET, `eni-of-${OTHER_SUBNET}`, SG, ACL, "rtb-testing-igw", ACL, SG, VPCE]);
    expect(v.back).toEqual([VPCE, "eni-0084b734451ba23ca", SG, ACL, "rtb-testing-igw", ACL, SG, `eni-of-${OTHER_SUBNET}`, OTHER_SUBNET]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.DestinationAddresses).toEqual(["10.1.101.97/32"]);
  });

  it("the endpoint's security group decides (only 22 and 443 are open)", () => {
    const v = ask({ Source: OTHER_SUBNET, Destination: VPCE, Protocol: "tcp", DestinationPort: 80 });
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward.at(-1)).toBe(SG);
  });

  it("9.6: the endpoint cannot start a connection to an instance of its VPC", () => {
    expect(ask({ Source: VPCE, Destination: IN_SUBNET, Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["VPCE_INTRA_VPC_TRAFFIC"]);
  });

  it("9.8: a client in a peered VPC reaches the interface endpoint", () => {
    const s = JSON.parse(JSON.stringify(snapshot)) as Json;
    (s.Vpcs as Json[]).push({ VpcId: "vpc-peer", CidrBlock: "10.2.0.0/16" });
    (s.Subnets as Json[]).push({ SubnetId: "subnet-peer", VpcId: "vpc-peer", CidrBlock: "10.2.1.0/24", AvailabilityZone: "us-east-1b" });
    s.VpcPeeringConnections = [{ VpcPeeringConnectionId: "pcx-peer", Status: { Code: "active" }, RequesterVpcInfo: { VpcId: "vpc-peer" }, AccepterVpcInfo: { VpcId: "vpc-072d45b801aeffef2" } }];
    (s.RouteTables as Json[]).push({ RouteTableId: "rtb-peer", VpcId: "vpc-peer", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "10.1.0.0/16", VpcPeeringConnectionId: "pcx-peer" }] });
    ((s.RouteTables as Json[])[1]?.Routes as Json[]).push({ DestinationCidrBlock: "10.2.0.0/16", VpcPeeringConnectionId: "pcx-peer" });
    (s.Reservations as Json[]).push({ Instances: [{ InstanceId: "i-peer", SubnetId: "subnet-peer", PrivateIpAddress: "10.2.1.10" }] });
    const v = scenario(s).ask({ Source: "i-peer", Destination: VPCE, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("pcx-peer");
    expect(v.forward.at(-1)).toBe(VPCE);
  });
});
