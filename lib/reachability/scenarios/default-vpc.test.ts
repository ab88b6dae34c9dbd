/**
 * Source: Amazon VPC User Guide, "Default VPCs" (default VPC components): when AWS creates a default VPC it creates an
 * internet gateway, attaches it, and adds a route to the main route table that sends all traffic (0.0.0.0/0) to it,
 * so default subnets are public. A snapshot of a default VPC (describe-vpcs IsDefault true, the attached internet
 * gateway) that lists no route tables gets that main route table filled in with the route, as AWS created it.
 * Listed route tables are taken as they are (the route may have been removed, making the subnets private).
 *
 * Snapshot: default-vpc.json (realistic describe-* output, no RouteTables): default VPC 172.31.0.0/16, one default
 * subnet, an instance with a public IP whose default group allows ssh from anywhere.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./default-vpc.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const IGW = "igw-0def0000000000001";
const I = "i-0def0000000000001";

describe("scenario: a default VPC whose route tables are not listed", () => {
  it("the internet reaches the instance through the main route table's 0.0.0.0/0 -> internet gateway route", () => {
    const v = ask({ Source: IGW, Destination: I, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.back.slice(-3)).toEqual(["acl-default-vpc-0def0000000000001", "rtb-main-vpc-0def0000000000001", IGW]);
  });

  it("the instance reaches the internet", () => {
    const v = ask({ Source: I, Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(-2)).toEqual(["rtb-main-vpc-0def0000000000001", IGW]);
  });

  it("a VPC that is not the default one gets only local routes: NO_ROUTE_TO_DESTINATION", () => {
    const s = structuredClone(snapshot);
    s.Vpcs[0]!.IsDefault = false;
    const v = scenario(s).ask({ Source: I, Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("a listed main route table without the route is taken as it is (the route was removed)", () => {
    const s = { ...structuredClone(snapshot), RouteTables: [{ RouteTableId: "rtb-0def0000000000001", VpcId: "vpc-0def0000000000001", Associations: [{ Main: true, RouteTableAssociationId: "rtbassoc-0def01", RouteTableId: "rtb-0def0000000000001", AssociationState: { State: "associated" } }], Routes: [{ DestinationCidrBlock: "172.31.0.0/16", GatewayId: "local", Origin: "CreateRouteTable", State: "active" }], PropagatingVgws: [] }] };
    const v = scenario(s).ask({ Source: I, Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("a detached internet gateway adds no route", () => {
    const s = structuredClone(snapshot);
    s.InternetGateways[0]!.Attachments = [];
    const v = scenario(s).ask({ Source: I, Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });
});
