/**
 * Source: Batfish `AwsConfigurationLoadBalancerTest` and its snapshot `test-load-balancer` (batfish/batfish,
 * projects/batfish/src/test/.../representation/aws): an internal NLB `test-lb` with nodes in us-east-2a and
 * us-east-2b (their interfaces described `ELB net/test-lb/...`), cross-zone on, TCP listener 80 forwarding to port
 * 22 of two instance targets, and a jump host in a third subnet. The snapshot's per-call files
 * (LoadBalancerTargetHealth, LoadBalancerAttributes) are nested here as the contract asks. Security group rules
 * are not in the test's text and are written here to admit the flows it expects. Semantics 10.2-10.4, 10.6.
 *
 * Difference in the choice of target: Batfish's trace to the us-east-2b node happens to reach the us-east-2a
 * server ("because of deterministic processing of transformations"); this engine prefers a target in the node's
 * own zone (documented tie-break), and both servers are reachable, as Batfish's reachability test asserts.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./batfish-load-balancer.json";
import { scenario } from "./harness";

const LB = "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba";
const TG = "arn:aws:elasticloadbalancing:us-east-2:554773406868:targetgroup/test-lb-tg/8e891d8fcdf8ece8";
const ACL = "acl-default-vpc-015b20578b48c1349";
const RTB = "rtb-main-vpc-015b20578b48c1349";
const CLIENT = "i-0c8ce8bbdd98cc4e8";
const S1 = "i-055b0db7be365202c"; // us-east-2b
const S2 = "i-0f4af951d61a19245"; // us-east-2a
const NODE1 = "10.1.1.237"; // us-east-2b
const NODE2 = "10.1.20.123"; // us-east-2a

const { ask } = scenario(snapshot);

describe("scenario: Batfish AwsConfigurationLoadBalancerTest", () => {
  it("testClientToLbTrace: client -> first LB IP on the listened port, both directions", () => {
    const v = ask({ Source: CLIENT, Destination: NODE1, Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([CLIENT, "eni-038def4bc4303c3e6", "sg-0a74e5595da78724d", ACL, RTB, ACL, LB, TG, "eni-01f261dccaba46564", "sg-09dabbcbd3f44ebcf", "eni-0a4486d9ba39d5e3e", S1]);
    // The NLB keeps the client's address (instance targets) and takes the reply back through the same node.
    expect(v.back).toEqual([S1, "eni-0a4486d9ba39d5e3e", "sg-09dabbcbd3f44ebcf", LB, "eni-01f261dccaba46564", ACL, RTB, ACL, "sg-0a74e5595da78724d", "eni-038def4bc4303c3e6", CLIENT]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.SourceAddresses).toEqual(["10.1.250.112/32"]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.DestinationPortRanges).toEqual([{ From: 22, To: 22 }]);
  });

  it("testClientToLbTrace: client -> second LB IP reaches the server in the node's subnet (no NACL or route table between them)", () => {
    const v = ask({ Source: CLIENT, Destination: NODE2, Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(6)).toEqual([LB, TG, "eni-0c82d6f7254ae6695", "sg-09dabbcbd3f44ebcf", "eni-02e730a1b02dbc756", S2]);
    expect(v.back.slice(0, 5)).toEqual([S2, "eni-02e730a1b02dbc756", "sg-09dabbcbd3f44ebcf", LB, "eni-0c82d6f7254ae6695"]);
  });

  it("testClientToServerReachability: both servers are reachable through the load balancer", () => {
    const reached = [NODE1, NODE2].map((ip) => ask({ Source: CLIENT, Destination: "test-lb", DestinationIp: ip, Protocol: "tcp", DestinationPort: 80 }).forward.at(-1));
    expect(reached.sort()).toEqual([S1, S2].sort());
  });

  it("testClientToLb_nonListenedPort: denied at the load balancer node", () => {
    for (const ip of [NODE1, NODE2]) {
      const v = ask({ Source: CLIENT, Destination: ip, Protocol: "tcp", DestinationPort: 81 });
      expect(v.found).toBe(false);
      expect(v.codes).toEqual(["ELBV2_LISTENER_PORT_RESTRICTION"]);
      expect(v.forward).toEqual([CLIENT, "eni-038def4bc4303c3e6", "sg-0a74e5595da78724d", ACL, RTB, ACL, LB]);
    }
  });

  it("the nodes are the described interfaces, not created ones", () => {
    const v = ask({ Source: CLIENT, Destination: "test-lb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward.some((id) => id.startsWith("eni-of-"))).toBe(false);
  });
});

describe("scenario: a target that is its own client (NLB client IP preservation, no NAT loopback)", () => {
  it("the other target is used; with client IP preservation a target never reaches itself", () => {
    const v = ask({ Source: S1, Destination: NODE1, Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe(S2);
  });

  it("when it is the only target: ELBV2_SOURCE_ADDRESS_PRESERVATION", () => {
    const s = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
    const tg = (s.TargetGroups as Record<string, unknown>[])[0] as Record<string, unknown>;
    tg.TargetHealthDescriptions = [{ Target: { Id: S1, Port: 22 } }];
    const v = scenario(s).ask({ Source: S1, Destination: "test-lb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.codes).toEqual(["ELBV2_SOURCE_ADDRESS_PRESERVATION"]);
    expect(v.forward.at(-1)).toBe(LB);
  });
});
