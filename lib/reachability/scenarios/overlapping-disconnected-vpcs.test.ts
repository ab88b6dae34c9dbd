/**
 * Source: Reachability Analyzer User Guide, "How Reachability Analyzer works" (source and destination must be in
 * the same VPC or in VPCs connected through a peering connection or a transit gateway) and "Explanation codes"
 * (DISCONNECTED_VPCS: the VPCs are not connected by any supported resource); Amazon VPC User Guide, "VPC CIDR
 * blocks" (VPCs that are not connected may use the same CIDR) and VPC Peering Guide (7.2, 7.3).
 * VPC A (10.1.0.0/16) is peered with B (10.2.0.0/16); VPC D reuses A's CIDR 10.1.0.0/16 and is joined to nothing.
 * D's instance has the same private address as A's. A packet for D's address stays in the sender's own VPC (or
 * crosses the peering into A) and meets A's instance, never D's: D is disconnected, whatever holds its address.
 * describe-* output as the AWS CLI prints it.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./overlapping-disconnected-vpcs.json";
import { scenario } from "./harness";

/** The same snapshot with D's instance listed first (the order of describe output means nothing). */
function dFirst(): unknown {
  const copy = JSON.parse(JSON.stringify(snapshot)) as { Reservations: { Instances: { InstanceId: string }[] }[] };
  const r = copy.Reservations[0];
  if (r) r.Instances.sort((x, y) => (x.InstanceId === "i-0ddddddddddddddd1" ? -1 : y.InstanceId === "i-0ddddddddddddddd1" ? 1 : 0));
  return copy;
}

const { ask } = scenario(snapshot);
const A = "i-0aaaaaaaaaaaaaaa1";
const B = "i-0bbbbbbbbbbbbbbb1";
const D = "i-0ddddddddddddddd1";

describe("scenario: overlapping CIDRs in VPCs joined by nothing", () => {
  it("A -> D (same address as A's own instance, D's VPC not connected): DISCONNECTED_VPCS", () => {
    const v = ask({ Source: A, Destination: D, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["DISCONNECTED_VPCS"]);
    const e = v.analysis.Explanations[0];
    expect(e?.SourceVpc?.Id).toBe("vpc-0a1a1a1a1a1a1a1a1");
    expect(e?.DestinationVpc?.Id).toBe("vpc-0d4d4d4d4d4d4d4d4");
  });

  it("B -> D (B's peering route for 10.1.0.0/16 leads to A, not to D): DISCONNECTED_VPCS", () => {
    const v = ask({ Source: B, Destination: D, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["DISCONNECTED_VPCS"]);
  });

  it("B -> A across the peering still works, and so does the bare address 10.1.1.10 (A's instance answers)", () => {
    expect(ask({ Source: B, Destination: A, Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
    const v = ask({ Source: B, Destination: "10.1.1.10", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("pcx-0ab0ab0ab0ab0ab0a");
    expect(v.forward.at(-1)).toBe(A);
  });

  it("a bare address held in two VPCs is answered by the holder routing reaches, whatever the listing order (was DISCONNECTED_VPCS / NO_POSSIBLE_DESTINATION with D listed first)", () => {
    const v = scenario(dFirst()).ask({ Source: B, Destination: "10.1.1.10", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe(A);
    expect(scenario(dFirst()).ask({ Source: B, Destination: D, Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["DISCONNECTED_VPCS"]);
  });
});
