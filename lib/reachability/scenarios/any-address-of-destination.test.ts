/**
 * Source: Reachability Analyzer, "How Reachability Analyzer works": "If there are multiple reachable paths between a
 * source and a destination, Reachability Analyzer identifies and displays the shortest path"
 * (https://docs.aws.amazon.com/vpc/latest/reachability/how-reachability-analyzer-works.html). A load balancer's DNS
 * name resolves to every node's address (Elastic Load Balancing, "How Elastic Load Balancing works": the DNS name
 * resolves to the IP addresses of the load balancer nodes), and an interface endpoint's regional DNS name to every
 * interface (AWS PrivateLink, "Access an AWS service using an interface VPC endpoint", DNS names). So a destination
 * that is a load balancer or an interface endpoint is reachable when any of its addresses is; the engine tries the
 * client's zone first, then the others (semantics 0.3, 9.5, 10.1). A query that fixes DestinationIp asks about
 * that address only. Scenarios: alb-internet-facing.json and privatelink.json, each with one change.
 */
import { describe, expect, it } from "vitest";
import albSnapshot from "./alb-internet-facing.json";
import privatelinkSnapshot from "./privatelink.json";
import { formatAddress } from "../index";
import { scenario } from "./harness";

type Json = Record<string, unknown>;
const clone = (s: unknown): Json => JSON.parse(JSON.stringify(s)) as Json;

describe("a destination with several addresses is reachable when any of them is", () => {
  // web-alb has nodes in subnet-pub-a and subnet-pub-b; a network ACL on subnet-pub-a denies everything inbound.
  const alb = clone(albSnapshot);
  alb.NetworkAcls = [
    {
      NetworkAclId: "acl-pub-a-closed",
      VpcId: "vpc-shop",
      IsDefault: false,
      Associations: [{ SubnetId: "subnet-pub-a", NetworkAclId: "acl-pub-a-closed" }],
      Entries: [
        { RuleNumber: 100, Protocol: "-1", RuleAction: "deny", Egress: false, CidrBlock: "0.0.0.0/0" },
        { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: true, CidrBlock: "0.0.0.0/0" },
      ],
    },
  ];

  it("internet -> internet-facing ALB whose first node's subnet refuses the traffic: reached through the other node", () => {
    const { ask } = scenario(alb);
    const v = ask({ Source: "igw-shop", Destination: "web-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eni-of-web-alb-subnet-pub-b");
    expect(v.forward).not.toContain("eni-of-web-alb-subnet-pub-a");
    expect(v.forward).not.toContain("acl-pub-a-closed");
  });

  it("both nodes' subnets refuse it: the first node's refusal is the answer", () => {
    const closed = clone(alb);
    const acl = (closed.NetworkAcls as Json[])[0] as Json;
    acl.Associations = [
      { SubnetId: "subnet-pub-a", NetworkAclId: "acl-pub-a-closed" },
      { SubnetId: "subnet-pub-b", NetworkAclId: "acl-pub-a-closed" },
    ];
    const { ask } = scenario(closed);
    const v = ask({ Source: "igw-shop", Destination: "web-alb", Protocol: "tcp", DestinationPort: 80 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.analysis.Explanations[0]?.Subnet?.Id).toBe("subnet-pub-a");
  });

  // vpce-0consumer1 gets a second interface (subnet-consumer-b); the service's NLB (cross-zone off, the default for
  // a Network Load Balancer) keeps one target, in us-east-1a.
  const pl = clone(privatelinkSnapshot);
  const endpoint = (pl.VpcEndpoints as Json[]).find((e) => e.VpcEndpointId === "vpce-0consumer1") as Json;
  endpoint.SubnetIds = ["subnet-consumer-a", "subnet-consumer-b"];
  const group = (pl.TargetGroups as Json[])[0] as Json;
  group.TargetHealthDescriptions = [{ Target: { Id: "i-service-a", Port: 443 } }];

  it("PrivateLink: a client in the zone whose NLB node has no target reaches the service through the endpoint's other interface", () => {
    const { ask, model } = scenario(pl);
    const v = ask({ Source: "i-consumer-b", Destination: "vpce-0consumer1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    // Addressed to the endpoint's us-east-1a interface, then the NLB node in us-east-1a, which has the target.
    const zoneA = model.enis.get("eni-0endpoint1a")?.privateIps[0];
    expect(zoneA).toBeDefined();
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses).toEqual([`${formatAddress(zoneA as NonNullable<typeof zoneA>)}/32`]);
    expect(v.forward).toContain("eni-of-service-nlb-subnet-provider-a");
    expect(v.forward.at(-1)).toBe("i-service-a");
    // The same client, asking about the interface in its own zone only: the NLB node there has no target it may use.
    const zoneB = [...model.enis.values()].find((e) => e.ownerId === "vpce-0consumer1" && e.subnetId === "subnet-consumer-b");
    expect(zoneB).toBeDefined();
    const ip = zoneB?.privateIps[0];
    const pinned = ask({ Source: "i-consumer-b", Destination: "vpce-0consumer1", DestinationIp: ip ? formatAddress(ip) : "", Protocol: "tcp", DestinationPort: 443 });
    expect(pinned.found).toBe(false);
    expect(pinned.codes).toEqual(["ELB_NOT_CROSSZONE"]);
  });
});
