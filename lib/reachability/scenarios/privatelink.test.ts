/**
 * Source: the AWS PrivateLink design "consumer VPC -> interface endpoint -> Network Load Balancer in the provider
 * VPC" (AWS whitepaper "Securely Access Services Over AWS PrivateLink"; AWS PrivateLink guide, "Share your
 * services through AWS PrivateLink" and "Access a service through an interface endpoint"): the consumer and the
 * provider use the same CIDR (10.0.0.0/16), which PrivateLink allows because no routes are exchanged; the
 * service requires acceptance; a second service is offered in one zone only. RA codes BAD_STATE,
 * VPCE_SERVICE_NOT_INSTALLED_IN_AZ, VPCE_INTRA_VPC_TRAFFIC, NO_PATH. Semantics 9.5-9.7.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./privatelink.json";
import { scenario } from "./harness";

const NLB = "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/service-nlb/0f1e2d3c4b5a6978";
const TG = "arn:aws:elasticloadbalancing:us-east-1:444455556666:targetgroup/service-tg/1111222233334444";
const SERVICE = "vpce-svc-0a1b2c3d4e5f60718";
const ACL = "acl-default-vpc-consumer";

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(snapshot)) as Json;
const { ask } = scenario(snapshot);
const tcp443 = { Protocol: "tcp", DestinationPort: 443 };

describe("scenario: PrivateLink, consumer VPC -> endpoint -> NLB in the provider VPC", () => {
  it("consumer -> endpoint interface -> NLB node in the endpoint's zone -> target, and the reply back the same way", () => {
    const v = ask({ Source: "i-consumer-a", Destination: "vpce-0consumer1", ...tcp443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-consumer-a", "eni-of-i-consumer-a", "sg-consumer-app", "sg-endpoint", "vpce-0consumer1", NLB, TG, "eni-of-service-nlb-subnet-provider-a", "sg-service", "eni-of-i-service-a", "i-service-a"]);
    expect(v.back).toEqual(["i-service-a", "eni-of-i-service-a", "sg-service", NLB, "vpce-0consumer1", "eni-0endpoint1a", "sg-endpoint", "sg-consumer-app", "eni-of-i-consumer-a", "i-consumer-a"]);
    // The provider's target sees the NLB node's private address, never the consumer's (same 10.0.1.10 on both sides).
    expect(v.analysis.ForwardPathComponents.at(-1)?.InboundHeader?.SourceAddresses).toEqual(["10.0.1.100/32"]);
    const endpoint = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "vpce-0consumer1");
    expect(endpoint?.InboundHeader?.DestinationAddresses).toEqual(["10.0.1.4/32"]);
    expect(endpoint?.ServiceName).toBe("com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718");
  });

  it("the endpoint service may be the Destination (by ServiceId or ServiceName); a client in another subnet crosses its NACLs", () => {
    const v = ask({ Source: "i-consumer-b", Destination: SERVICE, ...tcp443 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(0, 8)).toEqual(["i-consumer-b", "eni-of-i-consumer-b", "sg-consumer-app", ACL, "rtb-main-vpc-consumer", ACL, "sg-endpoint", "vpce-0consumer1"]);
    expect(ask({ Source: "i-consumer-b", Destination: "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718", ...tcp443 }).found).toBe(true);
  });

  it("the endpoint's security group must allow the client", () => {
    const s = clone();
    ((s.SecurityGroups as Json[]).find((g) => g.GroupId === "sg-endpoint") as Json).IpPermissions = [{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: "10.0.0.0/16" }] }];
    const v = scenario(s).ask({ Source: "i-consumer-a", Destination: "vpce-0consumer1", ...tcp443 });
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward.at(-1)).toBe("sg-endpoint");
  });

  it("the NLB's listener must accept the port used on the endpoint", () => {
    const s = clone();
    ((s.SecurityGroups as Json[]).find((g) => g.GroupId === "sg-endpoint") as Json).IpPermissions = [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "10.0.0.0/16" }] }];
    const v = scenario(s).ask({ Source: "i-consumer-a", Destination: "vpce-0consumer1", Protocol: "tcp", DestinationPort: 8443 });
    expect(v.codes).toEqual(["ELBV2_LISTENER_PORT_RESTRICTION"]);
    expect(v.forward.slice(-2)).toEqual(["vpce-0consumer1", NLB]);
  });

  it("an endpoint whose connection the provider has not accepted (AcceptanceRequired): BAD_STATE", () => {
    const v = ask({ Source: "i-consumer-b", Destination: "vpce-0pending", ...tcp443 });
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.analysis.Explanations[0]?.State).toBe("pendingAcceptance");
    expect(v.forward.at(-1)).toBe("vpce-0pending");
  });

  it("an endpoint interface in a zone the service is not offered in: VPCE_SERVICE_NOT_INSTALLED_IN_AZ", () => {
    const v = ask({ Source: "i-consumer-b", Destination: "vpce-0zone-b", ...tcp443 });
    expect(v.codes).toEqual(["VPCE_SERVICE_NOT_INSTALLED_IN_AZ"]);
    expect(v.analysis.Explanations[0]?.AvailabilityZones).toEqual(["us-east-1b"]);
  });

  it("one way: the endpoint cannot start connections in its own VPC, the service cannot start any", () => {
    expect(ask({ Source: "vpce-0consumer1", Destination: "i-consumer-b", ...tcp443 }).codes).toEqual(["VPCE_INTRA_VPC_TRAFFIC"]);
    expect(ask({ Source: SERVICE, Destination: "i-consumer-a", ...tcp443 }).codes).toEqual(["NO_PATH"]);
    // The provider's instances cannot reach the consumer's endpoint address: it is not in their VPC.
    expect(ask({ Source: "i-service-a", Destination: "vpce-0consumer1", ...tcp443 }).found).toBe(false);
  });

  it("a provider instance as the destination is reached through the consumer's endpoint (intermediate components)", () => {
    const v = ask({ Source: "i-consumer-b", Destination: "i-service-a", ...tcp443 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("vpce-0consumer1");
    expect(v.forward).toContain(NLB);
    expect(v.forward.at(-1)).toBe("i-service-a");
    // The other target, in the zone where the consumer has no endpoint interface, is not reachable (cross-zone off).
    expect(ask({ Source: "i-consumer-b", Destination: "i-service-b", ...tcp443 }).found).toBe(false);
  });

  it("from the endpoint to its own service (RA: a VPC endpoint as source)", () => {
    const v = ask({ Source: "vpce-0consumer1", Destination: SERVICE, ...tcp443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["vpce-0consumer1", NLB, TG, "eni-of-service-nlb-subnet-provider-a", "sg-service", "eni-of-i-service-a", "i-service-a"]);
    expect(v.back).toEqual(["i-service-a", "eni-of-i-service-a", "sg-service", NLB, "vpce-0consumer1"]);
  });
});
