import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";
import type { GatewayEndpointData } from "./gateway-endpoint";
import { scenario } from "./scenarios/harness";

const snap = (state = "available") => ({
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
  Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
  PrefixLists: [{ PrefixListId: "pl-ddb", PrefixListName: "com.amazonaws.us-east-1.dynamodb", Cidrs: ["3.218.180.0/22"] }],
  VpcEndpoints: [
    { VpcEndpointId: "vpce-ddb", VpcEndpointType: "Gateway", VpcId: "vpc-1", ServiceName: "com.amazonaws.us-east-1.dynamodb", State: state },
    { VpcEndpointId: "vpce-if", VpcEndpointType: "Interface", VpcId: "vpc-1", ServiceName: "com.amazonaws.us-east-1.sqs" },
  ],
  RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationPrefixListId: "pl-ddb", GatewayId: "vpce-ddb" }] }],
  Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.5" }] }],
});

describe("gateway-endpoint", () => {
  it("registers gateway endpoints only (interface endpoints belong to their own family)", () => {
    const m = loadSnapshot(snap());
    expect((m.components.get("vpce-ddb")?.data as GatewayEndpointData).serviceName).toBe("com.amazonaws.us-east-1.dynamodb");
    expect(m.components.get("vpce-if")?.family).not.toBe("gateway-endpoint");
  });

  it("as a destination, addresses the prefix list routed to it", () => {
    const v = scenario(snap()).ask({ Source: "i-1", Destination: "vpce-ddb", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses).toEqual(["3.218.180.1/32"]);
  });

  it("an endpoint that is not available blocks (BAD_STATE)", () => {
    expect(scenario(snap("pending")).ask({ Source: "i-1", Destination: "vpce-ddb", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["BAD_STATE"]);
  });
});
