/**
 * Source: Elastic Load Balancing, Network Load Balancers, "Edit target group attributes" (client IP preservation:
 * on for instance targets, off by default for ip targets with TCP/TLS, `preserve_client_ip.enabled`) and
 * "Cross-zone load balancing" (off by default for an NLB, `load_balancing.cross_zone.enabled`); RA explanation
 * codes ELBV2_SOURCE_ADDRESS_PRESERVATION, REMAP_EPHEMERAL_PORT, ELB_NOT_CROSSZONE, ELBV2_NO_TARGETS_IN_AZ.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html
 * An internet-facing NLB with an Elastic IP per zone; targets in private subnets with no route to the internet.
 * Semantics 10.2-10.4, 10.6.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./nlb-client-ip.json";
import { scenario } from "./harness";

const NLB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/game-nlb/1a2b3c4d5e6f7a8b";
const TG_INSTANCES = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/game-instances/0000000000000001";
const ACL = "acl-default-vpc-game";

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(snapshot)) as Json;
const { ask } = scenario(snapshot);
const q = (port: number, extra: Json = {}) => ({ Source: "igw-game", Destination: "game-nlb", Protocol: "tcp", DestinationPort: port, ...extra });
const details = (v: ReturnType<typeof ask>) => (v.analysis.AdditionalDetails ?? []).map((d) => d.AdditionalDetailType);

describe("scenario: NLB client IP preservation", () => {
  it("instance targets keep the client's address; the reply goes back through the NLB although the target's subnet has no internet route", () => {
    const v = ask(q(7777));
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-game", ACL, NLB, TG_INSTANCES, "eni-of-game-nlb-subnet-pub-a", ACL, "rtb-public", ACL, "sg-game-public", "eni-of-i-game-a", "i-game-a"]);
    expect(v.back).toEqual(["i-game-a", "eni-of-i-game-a", "sg-game-public", ACL, ACL, NLB, "eni-of-game-nlb-subnet-pub-a", ACL, "rtb-public", "igw-game"]);
    const igw = v.analysis.ForwardPathComponents[0];
    expect(igw?.InboundHeader?.DestinationAddresses).toEqual(["3.80.1.10/32"]); // the EIP of eipalloc-game-a
    expect(igw?.OutboundHeader?.DestinationAddresses).toEqual(["10.20.1.50/32"]);
    const target = v.analysis.ForwardPathComponents.at(-1);
    expect(target?.InboundHeader?.SourceAddresses).toEqual(["198.51.100.10/32"]);
    expect(details(v)).toEqual(["ELBV2_SOURCE_ADDRESS_PRESERVATION"]);
  });

  it("ip targets (TCP) see the NLB node's private address by default: a VPC-only security group admits them", () => {
    const v = ask(q(8000));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["sg-game-vpc-only", "eni-of-i-game-b", "i-game-b"]);
    expect(v.forward).toContain("eni-of-game-nlb-subnet-pub-b"); // the only zone with a target (cross-zone is off)
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.SourceAddresses).toEqual(["10.20.2.50/32"]);
    expect(details(v)).toEqual(["REMAP_EPHEMERAL_PORT", "TARGET_PORT_RESTRICTION"]); // listener 8000, target 7777
  });

  it("with preserve_client_ip.enabled the same target's VPC-only security group rejects the client", () => {
    const v = ask(q(9000));
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward.at(-1)).toBe("sg-game-vpc-only");
    expect(details(v)).toEqual(["ELBV2_SOURCE_ADDRESS_PRESERVATION", "TARGET_PORT_RESTRICTION"]);
  });

  it("the target subnet's network ACL must allow the client both ways when its address is preserved", () => {
    const inbound = clone();
    inbound.NetworkAcls = [
      {
        NetworkAclId: "acl-app-a", VpcId: "vpc-game", IsDefault: false, Associations: [{ SubnetId: "subnet-app-a" }],
        Entries: [
          { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: false, CidrBlock: "10.20.0.0/16" },
          { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: true, CidrBlock: "0.0.0.0/0" },
        ],
      },
    ];
    const v = scenario(inbound).ask(q(7777));
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward.at(-1)).toBe("acl-app-a");

    const outbound = clone();
    outbound.NetworkAcls = [
      {
        NetworkAclId: "acl-app-a", VpcId: "vpc-game", IsDefault: false, Associations: [{ SubnetId: "subnet-app-a" }],
        Entries: [
          { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: false, CidrBlock: "0.0.0.0/0" },
          { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: true, CidrBlock: "10.20.0.0/16" },
        ],
      },
    ];
    const r = scenario(outbound).ask(q(7777));
    expect(r.found).toBe(false);
    expect(r.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(r.analysis.Explanations[0]?.Direction).toBe("egress");
    expect(r.back).toEqual(["i-game-a", "eni-of-i-game-a", "sg-game-public", "acl-app-a"]);
  });
});

describe("scenario: NLB cross-zone load balancing", () => {
  it("off (the NLB default): the node in a zone with no target cannot reach the target in the other zone", () => {
    const v = ask(q(7777, { DestinationIp: "3.80.2.10" }));
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ELB_NOT_CROSSZONE"]);
    expect(v.forward).toEqual(["igw-game", ACL, NLB]);
    expect(details(v)).toEqual(["ELBV2_NO_TARGETS_IN_AZ"]);
  });

  it("off: without a DestinationIp the client is sent to a node that has a target (DNS answers only those)", () => {
    expect(ask(q(7777)).forward).toContain("eni-of-game-nlb-subnet-pub-a");
  });

  it("on: the node in the other zone reaches the target", () => {
    const s = clone();
    ((s.LoadBalancers as Json[])[0] as Json).Attributes = [{ Key: "load_balancing.cross_zone.enabled", Value: "true" }];
    const v = scenario(s).ask(q(7777, { DestinationIp: "3.80.2.10" }));
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eni-of-game-nlb-subnet-pub-b");
    expect(v.forward.at(-1)).toBe("i-game-a");
  });

  it("a target group attribute overrides the load balancer's setting", () => {
    const s = clone();
    ((s.TargetGroups as Json[])[0] as Json).Attributes = [{ Key: "load_balancing.cross_zone.enabled", Value: "true" }];
    expect(scenario(s).ask(q(7777, { DestinationIp: "3.80.2.10" })).found).toBe(true);
  });
});

describe("scenario: NLB listeners", () => {
  it("udp to a TCP listener port: ELBV2_LISTENERS_MISMATCH", () => {
    const v = ask({ ...q(7777), Protocol: "udp" });
    expect(v.codes).toEqual(["ELBV2_LISTENERS_MISMATCH"]);
    expect(v.forward).toEqual(["igw-game", ACL, NLB]);
  });

  it("an NLB does not answer ping", () => {
    expect(ask({ Source: "igw-game", Destination: "game-nlb", Protocol: "icmp" }).codes).toEqual(["ELBV2_LISTENERS_MISMATCH"]);
  });
});
