/**
 * Source: Elastic Load Balancing, Network Load Balancers, "Edit target group attributes": client IP preservation is
 * on (and cannot be turned off) for UDP and TCP_UDP target groups, off by default for ip targets with TCP/TLS; "when
 * client IP preservation is enabled, the traffic must flow directly from the Network Load Balancer to the target. The
 * target must be located in the same VPC as the Network Load Balancer or in a peered VPC in the same region."
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html
 * An internal NLB whose ip targets (AvailabilityZone all) are in a VPC reached through a transit gateway. The engine
 * delivered the UDP flow (the NLB took the target's reply back at its interface). Semantics 10.3, 10.6.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./nlb-tgw-ip-target.json";
import { scenario } from "./harness";

const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012";
const NLB = `${ARN}:loadbalancer/net/shared-nlb/ac935c3e513cd55d`;
const TG_UDP = `${ARN}:targetgroup/dns-tg/35d853ea920b5e66`;
const TG_TCP = `${ARN}:targetgroup/app-tg/c996cad2093c6d66`;
const CLIENT = ["i-0b1clia00000000a1", "eni-8f7a91d5edb1e7060", "sg-0b1cli0000000001"];
const TGW_PATH = ["acl-0b1b1b1b1b1b1b1b1", "rtb-0b10000000000main1", "acl-0b1b1b1b1b1b1b1b1", "tgw-attach-0b1b1b1b1b1b1b1b1", "tgw-0b0b0b0b0b0b0b0b1", "tgw-rtb-0b0b0b0b0b0b0b0b1", "tgw-attach-0b2b2b2b2b2b2b2b1"];
const TARGET = ["sg-0b2svc0000000001", "eni-7a342a04c4adae368", "i-0b2svca00000000a1"];

const { ask } = scenario(snapshot);

describe("NLB ip targets behind a transit gateway and client IP preservation", () => {
  it("TCP (preservation off by default for ip targets): reached through the transit gateway from the NLB's address", () => {
    const v = ask({ Source: CLIENT[0], Destination: "shared-nlb", Protocol: "tcp", DestinationPort: 8080 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([...CLIENT, NLB, TG_TCP, "eni-of-shared-nlb-subnet-0b1appa00000000a1", ...TGW_PATH, ...TARGET]);
  });

  it("UDP (preservation always on): the target is neither in the NLB's VPC nor peered with it (ELBV2_SOURCE_ADDRESS_PRESERVATION)", () => {
    const v = ask({ Source: CLIENT[0], Destination: "shared-nlb", Protocol: "udp", DestinationPort: 53 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ELBV2_SOURCE_ADDRESS_PRESERVATION"]);
    expect(v.forward).toEqual([...CLIENT, NLB]);
    expect(v.analysis.Explanations[0]?.LoadBalancerTargetGroups?.map((g) => g.Id)).toEqual([TG_UDP]);
  });

  it("UDP to the same target through an active peering connection instead is delivered", () => {
    const snap = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown> & { RouteTables: { VpcId: string; Routes: Record<string, unknown>[] }[] };
    const pcx = "pcx-0b0b0b0b0b0b0b0b1";
    snap.VpcPeeringConnections = [{
      VpcPeeringConnectionId: pcx, Status: { Code: "active", Message: "Active" },
      RequesterVpcInfo: { VpcId: "vpc-0b1b2c3d4e5f6a701", CidrBlock: "10.20.0.0/16", OwnerId: "123456789012", Region: "us-east-1" },
      AccepterVpcInfo: { VpcId: "vpc-0b2b2c3d4e5f6a702", CidrBlock: "10.30.0.0/16", OwnerId: "123456789012", Region: "us-east-1" },
    }];
    for (const t of snap.RouteTables) {
      for (const r of t.Routes) {
        if (r.TransitGatewayId) {
          delete r.TransitGatewayId;
          r.VpcPeeringConnectionId = pcx;
        }
      }
    }
    const v = scenario(snap).ask({ Source: CLIENT[0], Destination: "shared-nlb", Protocol: "udp", DestinationPort: 53 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain(pcx);
    expect(v.forward.at(-1)).toBe("i-0b2svca00000000a1");
  });
});
