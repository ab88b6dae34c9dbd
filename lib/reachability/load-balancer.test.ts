/**
 * The load balancer family: how nodes are found or created (AvailabilityZones[].LoadBalancerAddresses, described
 * interfaces, deterministic creation), scheme (10.1), refusals, target resolution (10.3), NLB security groups with
 * client IP preservation (10.6), lambda/unknown targets (TARGET_ADDRESS_RESTRICTION), redirect listeners.
 */
import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";
import { loadBalancerIndex, resolveTargets } from "./load-balancer";
import { scenario } from "./scenarios/harness";

type Json = Record<string, unknown>;
const LB_ARN = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/api/1";
const TG_ARN = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/api/1";

function base(lb: Json = {}, tg: Json = {}, extra: Json = {}): Json {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [
      { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" },
      { SubnetId: "subnet-b", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24", AvailabilityZone: "us-east-1b" },
    ],
    SecurityGroups: [
      { GroupId: "sg-nlb", GroupName: "nlb", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "10.0.0.0/16" }] }] },
      { GroupId: "sg-app", GroupName: "app", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "tcp", FromPort: 8443, ToPort: 8443, UserIdGroupPairs: [{ GroupId: "sg-nlb" }] }] },
      { GroupId: "sg-client", GroupName: "client", VpcId: "vpc-1", IpPermissions: [] },
    ],
    Reservations: [
      {
        Instances: [
          { InstanceId: "i-app", SubnetId: "subnet-b", PrivateIpAddress: "10.0.2.10", SecurityGroups: [{ GroupId: "sg-app" }] },
          { InstanceId: "i-client", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.10", SecurityGroups: [{ GroupId: "sg-client" }] },
        ],
      },
    ],
    LoadBalancers: [
      { LoadBalancerArn: LB_ARN, LoadBalancerName: "api", Type: "network", Scheme: "internal", AvailabilityZones: [{ ZoneName: "us-east-1a", SubnetId: "subnet-a" }, { ZoneName: "us-east-1b", SubnetId: "subnet-b" }], SecurityGroups: ["sg-nlb"], ...lb },
    ],
    Listeners: [{ LoadBalancerArn: LB_ARN, Protocol: "TCP", Port: 443, DefaultActions: [{ Type: "forward", TargetGroupArn: TG_ARN }] }],
    TargetGroups: [{ TargetGroupArn: TG_ARN, TargetGroupName: "api", Protocol: "TCP", Port: 8443, TargetType: "instance", VpcId: "vpc-1", TargetHealthDescriptions: [{ Target: { Id: "i-app" } }], ...tg }],
    ...extra,
  };
}

const ask = (s: Json, q: Json = {}) => scenario(s).ask({ Source: "i-client", Destination: "api", Protocol: "tcp", DestinationPort: 443, ...q });

describe("load balancer nodes", () => {
  it("creates one node per zone, deterministically, in the zone's subnet", () => {
    const model = loadSnapshot(base());
    const lb = loadBalancerIndex(model)?.loadBalancers.get(LB_ARN);
    expect(lb?.nodes.map((n) => [n.az, n.eniId])).toEqual([
      ["us-east-1a", "eni-of-api-subnet-a"],
      ["us-east-1b", "eni-of-api-subnet-b"],
    ]);
    // The first free address after the four AWS reserves.
    expect(model.enis.get("eni-of-api-subnet-a")?.privateIps.map((a) => a.value)).toEqual([0x0a000104n]);
    expect(model.enis.get("eni-of-api-subnet-a")?.groupIds).toEqual(["sg-nlb"]);
    expect(model.components.get("api")?.id).toBe(LB_ARN);
  });

  it("takes the node addresses from LoadBalancerAddresses", () => {
    const model = loadSnapshot(base({ AvailabilityZones: [{ ZoneName: "us-east-1a", SubnetId: "subnet-a", LoadBalancerAddresses: [{ PrivateIPv4Address: "10.0.1.77" }] }] }));
    expect(model.enis.get("eni-of-api-subnet-a")?.privateIps[0]?.value).toBe(0x0a00014dn);
  });

  it("uses the interface whose Description names the load balancer", () => {
    const model = loadSnapshot(base({}, {}, { NetworkInterfaces: [{ NetworkInterfaceId: "eni-node-a", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.200", Description: "ELB net/api/1", InterfaceType: "network_load_balancer", Groups: [] }] }));
    const lb = loadBalancerIndex(model)?.loadBalancers.get(LB_ARN);
    expect(lb?.nodes[0]?.eniId).toBe("eni-node-a");
    expect(model.enis.get("eni-node-a")?.ownerId).toBe(LB_ARN);
  });

  it("internet-facing nodes get a public address, internal ones none (10.1)", () => {
    const internal = loadSnapshot(base());
    expect(internal.enis.get("eni-of-api-subnet-a")?.publicIps.size).toBe(0);
    const facing = loadSnapshot(base({ Scheme: "internet-facing" }));
    expect(facing.enis.get("eni-of-api-subnet-a")?.publicIps.size).toBe(1);
  });

  it("refuses a listener forwarding to a target group that is not in the snapshot, and a subnet that is not", () => {
    const s = base();
    (s.Listeners as Json[]).push({ LoadBalancerArn: LB_ARN, Protocol: "TCP", Port: 80, DefaultActions: [{ Type: "forward", TargetGroupArn: "arn:missing" }] });
    expect(() => loadSnapshot(s)).toThrow(/Listeners\[1\]\.DefaultActions\[0\]/);
    expect(() => loadSnapshot(base({ AvailabilityZones: [{ SubnetId: "subnet-zz" }] }))).toThrow(/subnet-zz/);
  });
});

describe("load balancer traffic", () => {
  it("NLB with security groups and client IP preservation: a target rule referencing the NLB's group admits the client", () => {
    const v = ask(base());
    expect(v.found).toBe(true);
    // Cross-zone is off and the only target is in us-east-1b: the client is sent to that zone's node.
    expect(v.forward).toEqual(["i-client", "eni-of-i-client", "sg-client", "acl-default-vpc-1", "rtb-main-vpc-1", "acl-default-vpc-1", "sg-nlb", LB_ARN, TG_ARN, "eni-of-api-subnet-b", "sg-nlb", "sg-app", "eni-of-i-app", "i-app"]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.SourceAddresses).toEqual(["10.0.1.10/32"]);
  });

  it("NLB security groups filter clients on the listener port", () => {
    const s = base();
    ((s.SecurityGroups as Json[])[0] as Json).IpPermissions = [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "192.168.0.0/16" }] }];
    expect(ask(s).codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("an NLB without security groups filters nothing itself", () => {
    const s = base({ SecurityGroups: [] });
    const v = ask(s);
    expect(v.forward).not.toContain("sg-nlb");
    // Without the NLB's group, the target's rule referencing it no longer matches the preserved client address.
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("a target that is not in the snapshot, or a publicly routable IP target: TARGET_ADDRESS_RESTRICTION", () => {
    expect(ask(base({}, { TargetHealthDescriptions: [{ Target: { Id: "i-gone" } }] })).codes).toEqual(["TARGET_ADDRESS_RESTRICTION"]);
    expect(ask(base({}, { TargetType: "ip", TargetHealthDescriptions: [{ Target: { Id: "8.8.8.8", Port: 443 } }] })).codes).toEqual(["TARGET_ADDRESS_RESTRICTION"]);
  });

  it("an alb target stands for the ALB's nodes (one per zone, its private address, the target port); an NLB of the same VPC or a missing ALB cannot be one", () => {
    const ALB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/2";
    const alb = { LoadBalancerArn: ALB, LoadBalancerName: "web", Type: "application", Scheme: "internal", AvailabilityZones: [{ ZoneName: "us-east-1a", SubnetId: "subnet-a", LoadBalancerAddresses: [{ PrivateIPv4Address: "10.0.1.50" }] }, { ZoneName: "us-east-1b", SubnetId: "subnet-b", LoadBalancerAddresses: [{ PrivateIPv4Address: "10.0.2.50" }] }], SecurityGroups: ["sg-nlb"] };
    const snap = base({}, { TargetType: "alb", Port: 80, TargetHealthDescriptions: [{ Target: { Id: ALB, Port: 80 } }] });
    (snap.LoadBalancers as Json[]).push(alb);
    const model = loadSnapshot(snap);
    const index = loadBalancerIndex(model);
    const nlb = index?.loadBalancers.get(LB_ARN);
    const group = index?.targetGroups.get(TG_ARN);
    if (!nlb || !group || !group.targets[0]) throw new Error("fixture");
    const targets = resolveTargets(model, nlb, group, group.targets[0]);
    expect(targets.map((t) => [t.az, t.port, t.loadBalancerArn, t.problem])).toEqual([["us-east-1a", 80, ALB, undefined], ["us-east-1b", 80, ALB, undefined]]);
    expect(targets.map((t) => t.address?.value)).toEqual([0x0a000132n, 0x0a000232n]);
    expect(resolveTargets(model, nlb, group, { id: LB_ARN, port: 80 })[0]?.problem).toBe("address");
    expect(resolveTargets(model, nlb, group, { id: "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/gone/3", port: 80 })[0]?.problem).toBe("address");
  });

  it("a target group with no port and targets without one: TARGET_PORT_RESTRICTION", () => {
    expect(ask(base({}, { Port: null })).codes).toEqual(["TARGET_PORT_RESTRICTION"]);
  });

  it("no registered target: ELBV2_LISTENER_HAS_NO_TG; a target group of the wrong protocol: ELBV2_LISTENER_REQUIRES_TG_ACCEPT", () => {
    expect(ask(base({}, { TargetHealthDescriptions: [] })).codes).toEqual(["ELBV2_LISTENER_HAS_NO_TG"]);
    const s = base({}, { Protocol: "UDP" });
    expect(ask(s).codes).toEqual(["ELBV2_LISTENER_REQUIRES_TG_ACCEPT"]);
  });

  it("targets only in a zone the load balancer does not have enabled: ELB_INSTALLED_AZ_RESTRICTION", () => {
    const s = base({ AvailabilityZones: [{ ZoneName: "us-east-1a", SubnetId: "subnet-a" }], Attributes: [{ Key: "load_balancing.cross_zone.enabled", Value: "true" }] });
    const v = ask(s);
    expect(v.codes).toEqual(["ELB_INSTALLED_AZ_RESTRICTION"]);
    expect(v.analysis.Explanations[0]?.AvailabilityZones).toEqual(["us-east-1a"]);
  });

  it("a load balancer that is not active: BAD_STATE", () => {
    expect(ask(base({ State: { Code: "provisioning" } })).codes).toEqual(["BAD_STATE"]);
  });

  it("a redirect listener answers at the load balancer", () => {
    const s = base({ Type: "application" });
    s.Listeners = [{ LoadBalancerArn: LB_ARN, Protocol: "HTTP", Port: 443, DefaultActions: [{ Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443" } }] }];
    const v = ask(s);
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe(LB_ARN);
  });

  it("weighted forward: every target group with weight > 0 is a candidate, in order", () => {
    const s = base();
    (s.TargetGroups as Json[]).push({ TargetGroupArn: "arn:tg-empty", TargetGroupName: "empty", Protocol: "TCP", Port: 8443, TargetType: "instance", VpcId: "vpc-1", TargetHealthDescriptions: [] });
    s.Listeners = [{ LoadBalancerArn: LB_ARN, Protocol: "TCP", Port: 443, DefaultActions: [{ Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: "arn:tg-empty", Weight: 1 }, { TargetGroupArn: TG_ARN, Weight: 1 }] } }] }];
    expect(ask(s).found).toBe(true);
  });

  it("the same query gives byte-identical output", () => {
    const a = JSON.stringify(ask(base()).analysis);
    const b = JSON.stringify(ask(base()).analysis);
    expect(a).toBe(b);
  });
});

describe("load balancer: Lambda targets", () => {
  it("an ALB forwarding to a Lambda target group answers the client itself (the path ends at the load balancer)", () => {
    const s = base({ Type: "application" }, { TargetType: "lambda", Protocol: null, Port: null, TargetHealthDescriptions: [{ Target: { Id: "arn:aws:lambda:us-east-1:1:function:api" } }] });
    s.Listeners = [{ LoadBalancerArn: LB_ARN, Protocol: "HTTP", Port: 443, DefaultActions: [{ Type: "forward", TargetGroupArn: TG_ARN }] }];
    const v = ask(s);
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe(LB_ARN);
  });
});

describe("load balancer: listener rules (describe-rules nested as Rules)", () => {
  it("a rule forwarding to a target group makes its targets reachable even when the default action is a fixed response", () => {
    const s = base({ Type: "application" });
    s.Listeners = [
      {
        LoadBalancerArn: LB_ARN, Protocol: "HTTP", Port: 443,
        DefaultActions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404" } }],
        Rules: [
          { Priority: "default", IsDefault: true, Actions: [{ Type: "fixed-response" }] },
          { Priority: "10", IsDefault: false, Conditions: [{ Field: "path-pattern", Values: ["/api/*"] }], Actions: [{ Type: "forward", TargetGroupArn: TG_ARN }] },
        ],
      },
    ];
    (s.SecurityGroups as Json[])[1] = { GroupId: "sg-app", GroupName: "app", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "tcp", FromPort: 8443, ToPort: 8443, IpRanges: [{ CidrIp: "10.0.0.0/16" }] }] };
    const v = ask(s);
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("i-app");
  });
});
