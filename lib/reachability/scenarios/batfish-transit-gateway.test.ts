/**
 * Source: Batfish AwsConfigurationTransitGatewayTest (test-transit-gateway configs: ids and addresses reproduced):
 * VPCs A and B on a transit gateway; A's subnet A2 is in an AZ without an attachment subnet. testFromA2toB: dies at
 * A2's subnet router; testFromBtoA2: per semantics 8.12 (Batfish HEAD) delivery into A does not depend on A2's route
 * table, so the request arrives and the reply fails (our tcp query checks the reply). AWS TGW guide "Availability
 * Zones" for TGW_ROUTE_AZ_RESTRICTION.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./batfish-transit-gateway.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const A = "i-06ba034d88c84ef07";
const A2 = "i-075e846ed41670385";
const B = "i-0b14080af811fda3d";
const TGW = "tgw-044be4464fcc69aff";
const ATT_A = "tgw-attach-08e9f6ad7c05d5a4d";

describe("scenario: Batfish transit gateway test", () => {
  it("testFromAtoB / testFromBtoA: A and B reach each other through the transit gateway", () => {
    const ab = ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 22 });
    expect(ab.found).toBe(true);
    expect(ab.forward).toContain(TGW);
    expect(ask({ Source: B, Destination: A, Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
  });

  it("testFromA2toB: A2's AZ has no attachment subnet, so its traffic cannot reach the transit gateway (8.2)", () => {
    const v = ask({ Source: A2, Destination: B, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    expect(v.forward).not.toContain(TGW);
    expect(v.forward.at(-1)).toBe(ATT_A);
    expect(v.analysis.Explanations[0]?.AvailabilityZones).toEqual(["us-east-2b"]);
  });

  it("testFromBtoA2: the request arrives at A2 without consulting A2's route table; the reply fails (8.12)", () => {
    const v = ask({ Source: B, Destination: A2, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward.at(-1)).toBe(A2);
    expect(v.forward).toContain(ATT_A);
    expect(v.back.at(-1)).toBe(ATT_A);
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    expect(v.analysis.AdditionalDetails ?? []).toEqual([]);
  });

  it("NACLs around the attachment (6.11): from B into A2 the attachment subnet's NACL outbound and A2's inbound apply", () => {
    const v = ask({ Source: B, Destination: A2, Protocol: "tcp", DestinationPort: 22 });
    const i = v.forward.indexOf(ATT_A);
    expect(v.forward.slice(i + 1, i + 3)).toEqual(["acl-default-vpc-0404e08ceddf7f650", "acl-default-vpc-0404e08ceddf7f650"]);
    expect(v.analysis.ForwardPathComponents[i + 1]?.AclRule?.Egress).toBe(true);
    expect(v.analysis.ForwardPathComponents[i + 2]?.AclRule?.Egress).toBe(false);
  });
});
