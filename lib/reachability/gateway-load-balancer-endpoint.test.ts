/**
 * Gateway Load Balancer endpoints (semantics 13.4, 1.12): the AWS inspection design "internet gateway -> GWLB
 * endpoint -> application subnet" (VPC User Guide, gateway route tables / "Inspect traffic with a Gateway Load
 * Balancer"): the gateway route table sends the application subnet's CIDR to the endpoint, the endpoint subnet's
 * table sends 0.0.0.0/0 to the internet gateway, the application subnet's table sends 0.0.0.0/0 to the endpoint.
 * Forwarding through the GWLB is not analysed (PATH_THROUGH_GWLB_NOT_CHECKED), as RA does.
 */
import { describe, expect, it } from "vitest";
import { scenario } from "./scenarios/harness";

type Json = Record<string, unknown>;
function snap(state = "available"): Json {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [
      { SubnetId: "subnet-gwlbe", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" },
      { SubnetId: "subnet-app", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24", AvailabilityZone: "us-east-1a" },
    ],
    InternetGateways: [{ InternetGatewayId: "igw-1", Attachments: [{ VpcId: "vpc-1", State: "available" }] }],
    VpcEndpoints: [{ VpcEndpointId: "vpce-gwlb", VpcEndpointType: "GatewayLoadBalancer", VpcId: "vpc-1", State: state, SubnetIds: ["subnet-gwlbe"], ServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-inspect" }],
    RouteTables: [
      { RouteTableId: "rtb-edge", VpcId: "vpc-1", Associations: [{ GatewayId: "igw-1" }], Routes: [{ DestinationCidrBlock: "10.0.2.0/24", GatewayId: "vpce-gwlb" }] },
      { RouteTableId: "rtb-gwlbe", VpcId: "vpc-1", Associations: [{ SubnetId: "subnet-gwlbe" }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-1" }] },
      { RouteTableId: "rtb-app", VpcId: "vpc-1", Associations: [{ Main: true }, { SubnetId: "subnet-app" }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "vpce-gwlb" }] },
    ],
    SecurityGroups: [{ GroupId: "sg-web", GroupName: "web", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }],
    Reservations: [{ Instances: [{ InstanceId: "i-web", SubnetId: "subnet-app", PrivateIpAddress: "10.0.2.10", PublicIpAddress: "203.0.113.20", SecurityGroups: [{ GroupId: "sg-web" }] }] }],
  };
}
const q = { Source: "igw-1", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 };

describe("Gateway Load Balancer endpoint", () => {
  it("internet -> edge route table -> GWLB endpoint -> application instance, and back through the endpoint", () => {
    const v = scenario(snap()).ask(q);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-1", "rtb-edge", "acl-default-vpc-1", "vpce-gwlb", "acl-default-vpc-1", "rtb-gwlbe", "acl-default-vpc-1", "sg-web", "eni-of-i-web", "i-web"]);
    expect(v.back).toEqual(["i-web", "eni-of-i-web", "sg-web", "acl-default-vpc-1", "rtb-app", "acl-default-vpc-1", "vpce-gwlb", "acl-default-vpc-1", "rtb-gwlbe", "igw-1"]);
    expect(v.analysis.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toEqual(["PATH_THROUGH_GWLB_NOT_CHECKED"]);
  });

  it("an endpoint that is not available: BAD_STATE", () => {
    const v = scenario(snap("pendingAcceptance")).ask(q);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward.at(-1)).toBe("vpce-gwlb");
  });
});
