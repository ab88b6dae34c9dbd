import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";
import type { EgressOnlyInternetGatewayData } from "./egress-only-internet-gateway";
import { scenario } from "./scenarios/harness";

const snap = (attachments?: unknown) => ({
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18::/56" }] }],
  Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18:0:1::/64" }] }],
  EgressOnlyInternetGateways: [{ EgressOnlyInternetGatewayId: "eigw-1", ...(attachments === undefined ? {} : { Attachments: attachments }) }],
  RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationIpv6CidrBlock: "::/0", EgressOnlyInternetGatewayId: "eigw-1" }] }],
  Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.5", Ipv6Address: "2600:1f18:0:1::5" }] }],
});

describe("egress-only-internet-gateway", () => {
  it("infers the attachment of a concise snapshot from the routes", () => {
    expect((loadSnapshot(snap()).components.get("eigw-1")?.data as EgressOnlyInternetGatewayData).vpcIds).toEqual(["vpc-1"]);
  });

  it("a bare IPv6 internet address is reached through it (3.2)", () => {
    const v = scenario(snap()).ask({ Source: "i-1", Destination: "2606:4700::1111", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("eigw-1");
  });

  it("detached: BAD_STATE_ATTACHMENT", () => {
    expect(scenario(snap([])).ask({ Source: "i-1", Destination: "eigw-1", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["BAD_STATE_ATTACHMENT"]);
  });
});
