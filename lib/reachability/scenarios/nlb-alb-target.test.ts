/**
 * Source: Elastic Load Balancing, Network Load Balancers, "Application Load Balancers as targets" (a target group
 * of type `alb` holds one ALB of the NLB's VPC; the ALB takes over the load balancing once traffic reaches it; an
 * `alb` target group's attributes keep their defaults) and "Edit target group attributes" (preserve_client_ip:
 * off by default only for ip targets with TCP/TLS, otherwise on; PrivateLink traffic is never preserved).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html
 * An internet-facing NLB with an Elastic IP per zone (static addresses) in front of two internal ALBs, whose
 * instance targets accept only their ALB's security group. The engine answered TARGET_ADDRESS_RESTRICTION
 * ("alb target type not modelled") where AWS delivers. Semantics 10.3, 10.6.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./nlb-alb-target.json";
import { scenario } from "./harness";

const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012";
const NLB = `${ARN}:loadbalancer/net/static-nlb/c463c745172b9e69`;
const ALB = `${ARN}:loadbalancer/app/inner-alb/7464df14ab397576`;
const ALB_VPC_ONLY = `${ARN}:loadbalancer/app/vpconly-alb/d88f44dc5ff410fa`;
const TG_ALB = `${ARN}:targetgroup/alb-tg/a701ed3fe561dc1e`;
const TG_ALB2 = `${ARN}:targetgroup/alb2-tg/4aaa5b6b2b82d457`;
const TG_WEB = `${ARN}:targetgroup/web-tg/a57e2f1be5e78356`;
const IGW = "igw-0a7a7a7a7a7a7a7a1";
const ACL = "acl-0a7a7a7a7a7a7a7a1";
const RTB_PUB = "rtb-0a7000000000pub001";
const NLB_NODE_A = "eni-of-static-nlb-subnet-0a7puba00000000a1";
const WEB_A = ["sg-0a7web0000000001", "eni-e7a11e60d5bd8c98c", "i-0a7weba00000000a1"];

const { ask } = scenario(snapshot);

describe("NLB with an Application Load Balancer as its target (alb target type)", () => {
  it("internet -> NLB tcp/80 -> ALB node in the same zone -> ALB listener -> instance; the reply returns through both", () => {
    const v = ask({ Source: IGW, Destination: "static-nlb", Protocol: "tcp", DestinationPort: 80, SourceIp: "198.51.100.7" });
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual([IGW, ACL, NLB, TG_ALB, NLB_NODE_A, ACL, RTB_PUB, ACL, "sg-0a7alb0000000001", ALB, TG_WEB, "eni-of-inner-alb-subnet-0a7appa00000000a2", "sg-0a7alb0000000001", ...WEB_A]);
    expect(v.back).toEqual([...WEB_A.slice().reverse(), "sg-0a7alb0000000001", ALB, "eni-of-inner-alb-subnet-0a7appa00000000a2", "sg-0a7alb0000000001", ACL, ACL, NLB, NLB_NODE_A, ACL, RTB_PUB, IGW]);
    // The ALB's listener sees the client's own address (client IP preservation is on for alb target groups).
    const albHop = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === ALB);
    expect(albHop?.InboundHeader?.SourceAddresses).toEqual(["198.51.100.7/32"]);
    expect(v.analysis.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toContain("ELBV2_SOURCE_ADDRESS_PRESERVATION");
  });

  it("the ALB's security group must admit the client's address: an ALB open to the VPC CIDR only refuses internet clients", () => {
    const v = ask({ Source: IGW, Destination: "static-nlb", Protocol: "tcp", DestinationPort: 8080, SourceIp: "198.51.100.7" });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual([IGW, ACL, NLB, TG_ALB2, NLB_NODE_A, ACL, RTB_PUB, ACL, "sg-0a7alb2000000001"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
  });

  it("a client in the VPC reaches both ALBs through the NLB", () => {
    for (const [port, alb] of [[80, ALB], [8080, ALB_VPC_ONLY]] as const) {
      const v = ask({ Source: "i-0a7clia00000000a1", Destination: "static-nlb", Protocol: "tcp", DestinationPort: port });
      expect(v.found).toBe(true);
      expect(v.forward).toEqual(expect.arrayContaining([NLB, alb, TG_WEB, "i-0a7weba00000000a1"]));
      expect(v.forward.indexOf(alb)).toBeGreaterThan(v.forward.indexOf(NLB));
      expect(v.back.at(-1)).toBe("i-0a7clia00000000a1");
    }
  });

  it("an instance behind the internal ALB is reached from the internet through the NLB in front of it (RA intermediate components, 0.3)", () => {
    for (const [instance, eni] of [["i-0a7weba00000000a1", "eni-e7a11e60d5bd8c98c"], ["i-0a7webb00000000b1", "eni-4877ec32bd484bdb1"]] as const) {
      const v = ask({ Source: IGW, Destination: instance, Protocol: "tcp", DestinationPort: 80, SourceIp: "198.51.100.7" });
      expect(v.found).toBe(true);
      expect(v.forward.slice(0, 4)).toEqual([IGW, ACL, NLB, TG_ALB]);
      expect(v.forward).toContain(ALB);
      expect(v.forward.slice(-2)).toEqual([eni, instance]);
      expect(v.back.at(-1)).toBe(IGW);
    }
  });

  it("an ALB of another type or VPC cannot be an alb target (TARGET_ADDRESS_RESTRICTION)", () => {
    const snap = JSON.parse(JSON.stringify(snapshot)) as { TargetGroups: { TargetGroupArn: string; TargetHealthDescriptions: { Target: { Id: string } }[] }[] };
    const group = snap.TargetGroups.find((g) => g.TargetGroupArn === TG_ALB);
    if (!group?.TargetHealthDescriptions[0]) throw new Error("fixture");
    group.TargetHealthDescriptions[0].Target.Id = NLB;
    const v = scenario(snap).ask({ Source: IGW, Destination: "static-nlb", Protocol: "tcp", DestinationPort: 80, SourceIp: "198.51.100.7" });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TARGET_ADDRESS_RESTRICTION"]);
  });
});
