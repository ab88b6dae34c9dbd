/** Route targets the engine does not model (Cloud WAN core network, carrier gateway, Outposts local gateway). */
import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery } from "./index";

function snapshot(route: Record<string, string>, extra: Record<string, string>[] = []) {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
    RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "192.168.0.0/16", State: "active", ...route }, ...extra] }],
    Reservations: [{ Instances: [{ InstanceId: "i-1", State: { Name: "running" }, SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.10" }] }],
  };
}

describe("unmodelled route targets", () => {
  it.each([
    ["CoreNetworkArn", "arn:aws:networkmanager::111122223333:core-network/core-network-0abc"],
    ["CarrierGatewayId", "cagw-0abc"],
    ["LocalGatewayId", "lgw-0abc"],
  ])("a route to a %s loads; traffic it sends there is UNSUPPORTED_COMPONENT", (field, id) => {
    const model = loadSnapshot(snapshot({ [field]: id }));
    const a = analyze(model, parseQuery({ Source: "i-1", Destination: "192.168.1.1", Protocol: "tcp", DestinationPort: 443 }));
    expect(a.NetworkPathFound).toBe(false);
    expect(a.Explanations.map((e) => e.ExplanationCode)).toEqual(["UNSUPPORTED_COMPONENT"]);
    expect(a.ForwardPathComponents.at(-1)?.Component.Id).toBe(id);
  });

  it("the same target named by two routes is one component", () => {
    const s = snapshot({ LocalGatewayId: "lgw-1" }, [{ DestinationCidrBlock: "172.16.0.0/12", State: "active", LocalGatewayId: "lgw-1" }]);
    expect(() => loadSnapshot(s)).not.toThrow();
  });

  it("other unknown targets are still refused (a missing describe section, not an unmodelled resource)", () => {
    expect(() => loadSnapshot(snapshot({ NatGatewayId: "nat-missing" }))).toThrow(/route target nat-missing does not exist/);
  });
});
