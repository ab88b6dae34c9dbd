/**
 * Source: Amazon VPC Peering Guide: "VPC peering basics", "Update your route tables for a VPC peering
 * connection" (routes on both sides; pending-acceptance routes are blackholes), "Unsupported VPC peering
 * configurations" (overlapping CIDRs, transitive peering, edge-to-edge routing through a gateway) and "Peering
 * configurations with partial access" (reply routed by longest prefix match); Batfish
 * AwsConfigurationVpcPeeringTest (route for part of the peer CIDR, delivery in the peer VPC).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./vpc-peering.json";
import { scenario } from "./harness";
import { loadSnapshot, SnapshotError } from "../index";

const { ask } = scenario(snapshot);

describe("scenario: VPC peering", () => {
  it("B reaches A over the peering connection with routes on both sides (7.1)", () => {
    const v = ask({ Source: "i-b", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-b", "eni-of-i-b", "sg-b", "acl-default-vpc-b", "rtb-b", "pcx-ab", "acl-default-vpc-a", "sg-a", "eni-of-i-a", "i-a"]);
    expect(v.back).toEqual(["i-a", "eni-of-i-a", "sg-a", "acl-default-vpc-a", "rtb-a", "pcx-ab", "acl-default-vpc-b", "sg-b", "eni-of-i-b", "i-b"]);
  });

  it("a security group rule can reference a group of the peer VPC (5.8), matched by private IP (5.6)", () => {
    expect(ask({ Source: "i-b", Destination: "i-a", Protocol: "tcp", DestinationPort: 5432 }).found).toBe(true);
  });

  it("peering is not transitive (7.3): B cannot reach C through A", () => {
    const v = ask({ Source: "i-b", Destination: "i-c", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward.at(-1)).toBe("pcx-ab");
  });

  it("no edge-to-edge routing (7.4, 7.5): B cannot use A's internet gateway", () => {
    expect(ask({ Source: "i-b", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
  });

  it("a missing route back blocks the reply (7.1): forward delivered, return blocked", () => {
    const v = ask({ Source: "i-a", Destination: "i-c", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward.at(-1)).toBe("i-c");
    expect(v.back).toEqual(["i-c", "eni-of-i-c", "sg-c", "acl-default-vpc-c", "rtb-c"]);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("a route to a peering connection pending acceptance is a blackhole (7.6)", () => {
    expect(ask({ Source: "i-a", Destination: "i-d", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["BAD_STATE_ROUTE"]);
    const s = structuredClone(snapshot);
    s.RouteTables[0]!.Routes[2]!.State = "active";
    expect(scenario(s).ask({ Source: "i-a", Destination: "i-d", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["BAD_STATE_ROUTE"]);
  });

  it("a peering connection between overlapping CIDRs is refused at load (7.2)", () => {
    const s = structuredClone(snapshot);
    s.Vpcs[2]!.CidrBlock = "10.0.0.0/8";
    s.Subnets[2]!.CidrBlock = "10.1.0.0/24";
    expect(() => loadSnapshot(s)).toThrow(SnapshotError);
    try {
      loadSnapshot(s);
    } catch (error) {
      expect((error as SnapshotError).path).toBe("$.VpcPeeringConnections[1].AccepterVpcInfo");
    }
  });

  it("a route for only part of the peer CIDR leaves the rest unroutable (7.9)", () => {
    const s = structuredClone(snapshot);
    s.RouteTables[1]!.Routes = [{ ...s.RouteTables[1]!.Routes[0]!, DestinationCidrBlock: "10.0.1.0/24" }];
    const v = scenario(s).ask({ Source: "i-b", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward.at(-1)).toBe("rtb-b");
  });

  it("the peering connection itself can be the destination", () => {
    const v = ask({ Source: "i-a", Destination: "pcx-ab", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("pcx-ab");
  });
});
