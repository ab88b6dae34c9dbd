/**
 * Endpoint services (semantics 9.7): registered by ServiceId with the ServiceName as alias, published behind a
 * Network Load Balancer of the snapshot, one way (9.6).
 */
import { describe, expect, it } from "vitest";
import { endpointServiceFor } from "./endpoint-service";
import { loadSnapshot } from "./index";

type Json = Record<string, unknown>;
const NLB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/svc/1";
function snap(service: Json = {}, lb: Json = {}): Json {
  return {
    Vpcs: [{ VpcId: "vpc-p", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-p", VpcId: "vpc-p", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" }],
    LoadBalancers: [{ LoadBalancerArn: NLB, LoadBalancerName: "svc", Type: "network", Scheme: "internal", AvailabilityZones: [{ SubnetId: "subnet-p" }], ...lb }],
    VpcEndpointServiceConfigurations: [{ ServiceId: "vpce-svc-1", ServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-1", NetworkLoadBalancerArns: [NLB], AcceptanceRequired: true, AvailabilityZones: ["us-east-1a"], ...service }],
  };
}

describe("endpoint service", () => {
  it("is found by ServiceId and by ServiceName", () => {
    const model = loadSnapshot(snap());
    expect(endpointServiceFor(model, "vpce-svc-1")?.acceptanceRequired).toBe(true);
    expect(endpointServiceFor(model, "com.amazonaws.vpce.us-east-1.vpce-svc-1")?.nlbArns).toEqual([NLB]);
    expect(model.components.get("com.amazonaws.vpce.us-east-1.vpce-svc-1")?.id).toBe("vpce-svc-1");
  });

  it("refuses a load balancer that is not in the snapshot, or that is not a Network Load Balancer", () => {
    expect(() => loadSnapshot(snap({ NetworkLoadBalancerArns: ["arn:missing"] }))).toThrow(/NetworkLoadBalancerArns\[0\]/);
    expect(() => loadSnapshot(snap({}, { Type: "application" }))).toThrow(/Network Load Balancer/);
  });
});
