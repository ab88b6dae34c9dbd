/**
 * Source: Elastic Load Balancing, "Security groups for your Application Load Balancer", recommended rules for an
 * internet-facing load balancer with instance targets (inbound 0.0.0.0/0 on the listener port; outbound to the
 * instance security group on the instance listener port and on the health check port) and for an internal one
 * (inbound from the VPC CIDR), with the variants that break them:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html
 * Also ELBv2 CreateLoadBalancer "Scheme" (internet-facing nodes have public addresses, internal ones only private).
 * Semantics 10.1-10.5, 10.7.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./alb-internet-facing.json";
import { scenario } from "./harness";

const ALB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/50dc6c495c0c9188";
const INTERNAL = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/internal-alb/7a1e2f3b4c5d6e7f";
const TG = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-tg/73e2d6bc24d8a067";
const ACL = "acl-default-vpc-shop";

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(snapshot)) as Json;
const group = (s: Json, id: string): Json => (s.SecurityGroups as Json[]).find((g) => g.GroupId === id) as Json;

const { ask } = scenario(snapshot);
const fromInternet = (port = 80) => ({ Source: "igw-shop", Destination: "web-alb", Protocol: "tcp", DestinationPort: port });

describe("scenario: internet-facing ALB with AWS's recommended security group rules", () => {
  it("internet -> ALB node (public IP) -> listener 80 -> target group -> instance on 8080, and back through the same node", () => {
    const v = ask(fromInternet());
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb", ALB, TG, "eni-of-web-alb-subnet-pub-a", "sg-alb", ACL, "rtb-public", ACL, "sg-web", "eni-of-i-web-a", "i-web-a"]);
    expect(v.back).toEqual(["i-web-a", "eni-of-i-web-a", "sg-web", ACL, "rtb-private", ACL, "sg-alb", ALB, "eni-of-web-alb-subnet-pub-a", "sg-alb", ACL, "rtb-public", "igw-shop"]);
    const [igw] = v.analysis.ForwardPathComponents;
    expect(igw?.OutboundHeader?.DestinationAddresses).toEqual(["10.0.1.4/32"]); // the node's private address
    const lb = v.analysis.ForwardPathComponents[3];
    expect(lb?.Component.Name).toBe("web-alb");
    expect(lb?.ElasticLoadBalancerListener).toMatchObject({ LoadBalancerPort: 80, InstancePort: 8080 });
    // The ALB opens its own connection: source is the node, destination the target on its registered port.
    expect(lb?.OutboundHeader?.SourceAddresses).toEqual(["10.0.1.4/32"]);
    expect(lb?.OutboundHeader?.DestinationAddresses).toEqual(["10.0.11.10/32"]);
    expect(lb?.OutboundHeader?.DestinationPortRanges).toEqual([{ From: 8080, To: 8080 }]);
    // The reply leaves the ALB translated back: from the node's listener port to the client.
    const back = v.analysis.ReturnPathComponents.find((c) => c.Component.Id === ALB);
    expect(back?.OutboundHeader?.SourcePortRanges).toEqual([{ From: 80, To: 80 }]);
    expect(back?.OutboundHeader?.DestinationAddresses).toEqual(["198.51.100.10/32"]);
    expect(v.analysis.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toEqual(["REMAP_EPHEMERAL_PORT", "TARGET_PORT_RESTRICTION"]);
  });

  it("from the internet, a node in a subnet that routes back to the internet gateway is chosen", () => {
    const s = clone();
    const tables = s.RouteTables as Json[];
    // Move subnet-pub-a to the private route table: its node could not answer the internet.
    ((tables[1] as Json).Associations as Json[]).splice(0, 1);
    const v = scenario(s).ask(fromInternet());
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eni-of-web-alb-subnet-pub-b");
    // Forced through the node in the private subnet (its public address, created from 198.18.0.0/15), the reply
    // finds no route to the internet.
    const a = scenario(s).ask({ ...fromInternet(), DestinationIp: "198.18.0.1" });
    expect(a.found).toBe(false);
    expect(a.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(a.back.length).toBeGreaterThan(0);
  });

  it("the load balancer may be named by its ARN as well as its name", () => {
    const v = ask({ ...fromInternet(), Destination: ALB });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(ask(fromInternet()).forward);
  });

  it("no inbound rule on the listener port: blocked at the ALB's security group", () => {
    const s = clone();
    group(s, "sg-alb").IpPermissions = [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }];
    const v = scenario(s).ask(fromInternet());
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
  });

  it("no outbound rule to the instances on the instance port: blocked leaving the ALB node", () => {
    const s = clone();
    group(s, "sg-alb").IpPermissionsEgress = [{ IpProtocol: "tcp", FromPort: 8081, ToPort: 8081, UserIdGroupPairs: [{ GroupId: "sg-web" }] }];
    const v = scenario(s).ask(fromInternet());
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb", ALB, TG, "eni-of-web-alb-subnet-pub-a", "sg-alb"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("egress");
  });

  it("instances that allow the listener port instead of their registered port: blocked at the target", () => {
    const s = clone();
    group(s, "sg-web").IpPermissions = [{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: "sg-alb" }] }];
    const v = scenario(s).ask(fromInternet());
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward.at(-1)).toBe("sg-web");
    expect(v.analysis.AdditionalDetails?.map((d) => d.AdditionalDetailType)).toContain("TARGET_PORT_RESTRICTION");
  });

  it("instances that allow the internet but not the ALB's group still work (the ALB's source is its node, a member of sg-alb)", () => {
    const s = clone();
    group(s, "sg-web").IpPermissions = [{ IpProtocol: "tcp", FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }];
    expect(scenario(s).ask(fromInternet()).found).toBe(true);
  });

  it("a port with no listener: ELBV2_LISTENER_PORT_RESTRICTION at the load balancer", () => {
    const s = clone();
    group(s, "sg-alb").IpPermissions = [{ IpProtocol: "tcp", FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }];
    const v = scenario(s).ask(fromInternet(443));
    expect(v.codes).toEqual(["ELBV2_LISTENER_PORT_RESTRICTION"]);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb", ALB]);
  });

  it("ping: the ALB answers when its security group allows ICMP, and forwards nothing", () => {
    expect(ask({ Source: "igw-shop", Destination: "web-alb", Protocol: "icmp" }).codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    const s = clone();
    (group(s, "sg-alb").IpPermissions as Json[]).push({ IpProtocol: "icmp", FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: "0.0.0.0/0" }] });
    const v = scenario(s).ask({ Source: "igw-shop", Destination: "web-alb", Protocol: "icmp" });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb", ALB]);
    expect(v.back).toEqual([ALB, "eni-of-web-alb-subnet-pub-a", "sg-alb", ACL, "rtb-public", "igw-shop"]);
  });

  it("a client inside the VPC reaches the internet-facing ALB at the node in its own zone (private address)", () => {
    const v = ask({ Source: "i-client-b", Destination: "web-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eni-of-web-alb-subnet-pub-b");
    expect(v.forward.at(-1)).toBe("i-web-b"); // the node's own zone first; target health is ignored (i-web-b is unhealthy)
  });
});

describe("scenario: an instance as the destination, reached through the ALB in front of it (RA: intermediate components)", () => {
  it("internet -> i-web-a (no public IP) on the listener port: the path goes through the ALB", () => {
    const v = ask({ Source: "igw-shop", Destination: "i-web-a", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-shop", ACL, "sg-alb", ALB, TG, "eni-of-web-alb-subnet-pub-a", "sg-alb", ACL, "rtb-public", ACL, "sg-web", "eni-of-i-web-a", "i-web-a"]);
    expect(v.back.at(-1)).toBe("igw-shop");
  });

  it("the other target is reached the same way; a port with no listener leaves the direct path's answer", () => {
    expect(ask({ Source: "igw-shop", Destination: "i-web-b", Protocol: "tcp", DestinationPort: 80 }).forward.at(-1)).toBe("i-web-b");
    expect(ask({ Source: "igw-shop", Destination: "i-web-a", Protocol: "tcp", DestinationPort: 8080 }).codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
  });

  it("a DestinationIp fixes the address: no detour through the load balancer", () => {
    expect(ask({ Source: "igw-shop", Destination: "i-web-a", DestinationIp: "10.0.11.10", Protocol: "tcp", DestinationPort: 80 }).found).toBe(false);
  });
});

describe("scenario: internal ALB (scheme internal)", () => {
  it("is not reachable from the internet: its nodes have no public address", () => {
    const v = ask({ Source: "igw-shop", Destination: "internal-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
  });

  it("is reachable from a client in the VPC, through the node in the client's zone", () => {
    const v = ask({ Source: "i-client-b", Destination: INTERNAL, Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-client-b", "eni-of-i-client-b", "sg-client", "sg-internal-alb", INTERNAL, TG, "eni-of-internal-alb-subnet-app-b", "sg-internal-alb", "sg-web", "eni-of-i-web-b", "i-web-b"]);
    expect(v.back).toEqual(["i-web-b", "eni-of-i-web-b", "sg-web", "sg-internal-alb", INTERNAL, "eni-of-internal-alb-subnet-app-b", "sg-internal-alb", "sg-client", "eni-of-i-client-b", "i-client-b"]);
  });

  it("a DestinationIp picks the node", () => {
    const v = ask({ Source: "i-client-b", Destination: "internal-alb", DestinationIp: "10.0.11.4", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eni-of-internal-alb-subnet-app-a");
    expect(v.forward.at(-1)).toBe("i-web-a");
  });
});
