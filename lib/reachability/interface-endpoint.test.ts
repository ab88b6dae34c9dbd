/**
 * Interface endpoints (semantics 9.5-9.8): one interface per subnet with the endpoint's groups (the VPC's
 * default group when none), at most one per zone, AWS services end at the endpoint, the endpoint starts
 * nothing, states other than available block.
 */
import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";
import type { InterfaceEndpointData } from "./interface-endpoint";
import { scenario } from "./scenarios/harness";

type Json = Record<string, unknown>;
function snap(endpoint: Json = {}, extra: Json = {}): Json {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [
      { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" },
      { SubnetId: "subnet-b", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24", AvailabilityZone: "us-east-1b" },
      { SubnetId: "subnet-a2", VpcId: "vpc-1", CidrBlock: "10.0.3.0/24", AvailabilityZone: "us-east-1a" },
    ],
    SecurityGroups: [{ GroupId: "sg-vpce", GroupName: "vpce", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "10.0.0.0/16" }] }] }],
    Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-b", PrivateIpAddress: "10.0.2.10" }] }],
    VpcEndpoints: [{ VpcEndpointId: "vpce-ssm", VpcEndpointType: "Interface", VpcId: "vpc-1", ServiceName: "com.amazonaws.us-east-1.ssm", State: "available", SubnetIds: ["subnet-a", "subnet-b"], Groups: [{ GroupId: "sg-vpce" }], ...endpoint }],
    ...extra,
  };
}
const q = (extra: Json = {}) => ({ Source: "i-1", Destination: "vpce-ssm", Protocol: "tcp", DestinationPort: 443, ...extra });

describe("interface endpoint interfaces (9.5)", () => {
  it("creates one interface per subnet, deterministically, with the endpoint's groups", () => {
    const model = loadSnapshot(snap());
    const d = model.components.get("vpce-ssm")?.data as InterfaceEndpointData;
    expect(d.interfaces.map((i) => [i.eniId, i.az])).toEqual([
      ["eni-of-vpce-ssm-subnet-a", "us-east-1a"],
      ["eni-of-vpce-ssm-subnet-b", "us-east-1b"],
    ]);
    expect(model.enis.get("eni-of-vpce-ssm-subnet-a")?.groupIds).toEqual(["sg-vpce"]);
    expect(model.enis.get("eni-of-vpce-ssm-subnet-a")?.ownerId).toBe("vpce-ssm");
  });

  it("uses NetworkInterfaceIds for created interfaces, and the VPC's default group when none is given", () => {
    const model = loadSnapshot(snap({ SubnetIds: ["subnet-a"], NetworkInterfaceIds: ["eni-0abc"], Groups: [] }));
    expect(model.enis.get("eni-0abc")?.groupIds).toEqual(["sg-default-vpc-1"]);
  });

  it("refuses two subnets in one Availability Zone", () => {
    expect(() => loadSnapshot(snap({ SubnetIds: ["subnet-a", "subnet-a2"] }))).toThrow(/one subnet per Availability Zone/);
  });
});

describe("interface endpoint traffic", () => {
  it("an AWS service's endpoint ends the path; the reply leaves by the interface the client reached (its own zone's)", () => {
    const v = scenario(snap()).ask(q());
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-1", "eni-of-i-1", "sg-default-vpc-1", "sg-vpce", "vpce-ssm"]);
    expect(v.back).toEqual(["vpce-ssm", "eni-of-vpce-ssm-subnet-b", "sg-vpce", "sg-default-vpc-1", "eni-of-i-1", "i-1"]);
  });

  it("its security groups decide what reaches it", () => {
    expect(scenario(snap()).ask(q({ DestinationPort: 22 })).codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("an endpoint that is not available: BAD_STATE", () => {
    const v = scenario(snap({ State: "pending" })).ask(q());
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.analysis.Explanations[0]?.State).toBe("pending");
  });

  it("as a source it starts nothing in its VPC (VPCE_INTRA_VPC_TRAFFIC) nor elsewhere (NO_PATH)", () => {
    const { ask } = scenario(snap());
    expect(ask({ Source: "vpce-ssm", Destination: "i-1", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["VPCE_INTRA_VPC_TRAFFIC"]);
    expect(ask({ Source: "vpce-ssm", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["NO_PATH"]);
  });

  it("the interface's address as a bare destination reaches the endpoint", () => {
    const v = scenario(snap()).ask(q({ Destination: "10.0.1.4" }));
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("vpce-ssm");
  });
});
