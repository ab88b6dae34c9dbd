/**
 * Source: Amazon VPC Peering Guide, "Peering configurations with partial access", routing for response traffic
 * (rule 7.7): VPC A is peered with B and C, whose CIDRs overlap; A routes 10.0.0.0/16 to B and 10.0.0.77/32 to C.
 * There is no unicast reverse-path forwarding: A's reply to B's 10.0.0.77 follows the longest prefix, to C.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./peering-partial-access.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: peering with overlapping peers (partial access)", () => {
  it("B's 10.0.0.78 reaches A and the reply returns through pcx-ab", () => {
    const v = ask({ Source: "i-b2", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.back).toContain("pcx-ab");
  });

  it("B's 10.0.0.77 reaches A, but A's reply goes to C by longest prefix match (7.7)", () => {
    const v = ask({ Source: "i-b", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward).toContain("pcx-ab");
    expect(v.back).toContain("pcx-ac");
    expect(v.back).not.toContain("pcx-ab");
    expect(v.codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
  });

  it("C's 10.0.0.77 is served (the /32 route wins)", () => {
    expect(ask({ Source: "i-c", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
  });
});
