/**
 * Source: Elastic Load Balancing, Application Load Balancers, "Target groups" (target type ip: addresses from the
 * target group's VPC, RFC 1918 or RFC 6598, including on-premises resources reached over AWS Direct Connect or
 * Site-to-Site VPN, registered with AvailabilityZone "all"; publicly routable addresses cannot be registered), and
 * the same for Network Load Balancers (ip targets with TCP: client IP preservation off by default).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html
 * A hybrid ALB and NLB whose only target is a server on premises, behind a static VPN on the VPC's virtual
 * private gateway. With client IP preservation on, "the traffic must flow directly from the Network Load Balancer to
 * the target", which must be in the NLB's VPC or a peered VPC (NLB "Edit target group attributes", requirements).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html
 * The engine answered NO_POSSIBLE_DESTINATION at the VPN connection (the packet left AWS for an
 * address the load balancer had chosen, while the leg waited for the load balancer itself). Semantics 10.3, 11.2.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./lb-onprem-ip-targets.json";
import { scenario } from "./harness";

const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012";
const ALB = `${ARN}:loadbalancer/app/onprem-alb/04017ba88d589186`;
const NLB = `${ARN}:loadbalancer/net/onprem-nlb/774f5700c2d9ea73`;
const TG_ALB = `${ARN}:targetgroup/onprem-tg/c2f4a78bf09bfcf5`;
const TG_NLB = `${ARN}:targetgroup/onprem-nlb-tg/c7cef140c1cb7560`;
const CLIENT = ["i-0e0clia00000000a1", "eni-784dd4dbdeaa8e2e2", "sg-0e0cli0000000001"];
const VPN = ["acl-0e0e0e0e0e0e0e0e1", "rtb-0e0000000000main01", "vgw-0e0e0e0e0e0e0e0e1", "vpn-0e0e0e0e0e0e0e0e1", "cgw-0e0e0e0e0e0e0e0e1"];
const ALB_NODE_A = "eni-of-onprem-alb-subnet-0e0appa00000000a2";
const ALB_SG = "sg-0e0alb3000000001";

const { ask } = scenario(snapshot);

describe("load balancers with IP targets on premises (over a Site-to-Site VPN)", () => {
  it("client -> ALB tcp/80 -> on-premises 192.168.50.10:8080 over the VPN; the reply comes back through the ALB", () => {
    const v = ask({ Source: "i-0e0clia00000000a1", Destination: "onprem-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual([...CLIENT, ALB_SG, ALB, TG_ALB, ALB_NODE_A, ALB_SG, ...VPN]);
    expect(v.back).toEqual([...VPN.slice().reverse().slice(0, 3), "acl-0e0e0e0e0e0e0e0e1", ALB_SG, ALB, ALB_NODE_A, ALB_SG, ...CLIENT.slice().reverse()]);
    const last = v.analysis.ForwardPathComponents.at(-1);
    expect(last?.OutboundHeader?.DestinationAddresses ?? last?.InboundHeader?.DestinationAddresses).toEqual(["192.168.50.10/32"]);
  });

  it("client -> NLB tcp/8080 -> the same on-premises target (the NLB's own address as source)", () => {
    const v = ask({ Source: "i-0e0clia00000000a1", Destination: "onprem-nlb", Protocol: "tcp", DestinationPort: 8080 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([...CLIENT, NLB, TG_NLB, "eni-of-onprem-nlb-subnet-0e0appa00000000a2", ...VPN]);
    expect(v.analysis.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toContain("REMAP_EPHEMERAL_PORT");
  });

  it("an NLB that keeps the client's address cannot use the on-premises target (ELBV2_SOURCE_ADDRESS_PRESERVATION)", () => {
    const snap = JSON.parse(JSON.stringify(snapshot)) as { TargetGroups: { TargetGroupArn: string; Attributes?: { Key: string; Value: string }[] }[] };
    const group = snap.TargetGroups.find((g) => g.TargetGroupArn === TG_NLB);
    if (!group) throw new Error("fixture");
    group.Attributes = [{ Key: "preserve_client_ip.enabled", Value: "true" }];
    const v = scenario(snap).ask({ Source: "i-0e0clia00000000a1", Destination: "onprem-nlb", Protocol: "tcp", DestinationPort: 8080 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ELBV2_SOURCE_ADDRESS_PRESERVATION"]);
    expect(v.forward).toEqual([...CLIENT, NLB]);
  });

  it("an on-premises client reaches the ALB over the same VPN", () => {
    const v = ask({ Source: "vpn-0e0e0e0e0e0e0e0e1", Destination: "onprem-alb", Protocol: "tcp", DestinationPort: 80, SourceIp: "192.168.50.20" });
    expect(v.found).toBe(true);
  });

  it("with both tunnels DOWN the target is cut off (BAD_STATE_VPN), not reached", () => {
    const snap = JSON.parse(JSON.stringify(snapshot)) as { VpnConnections: { VgwTelemetry: { Status: string }[] }[] };
    for (const t of snap.VpnConnections[0]?.VgwTelemetry ?? []) t.Status = "DOWN";
    const v = scenario(snap).ask({ Source: "i-0e0clia00000000a1", Destination: "onprem-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
  });

  it("an address the load balancer did not choose still reaches nobody when it leaves AWS", () => {
    const v = ask({ Source: "i-0e0clia00000000a1", Destination: "onprem-alb", Protocol: "tcp", DestinationPort: 80, DestinationIp: "192.168.50.99" });
    expect(v.found).toBe(false);
  });
});
