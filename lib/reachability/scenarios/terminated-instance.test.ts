/**
 * Source: Amazon EC2 User Guide, "Instance lifecycle" (a terminated instance stays visible in describe-instances
 * for a while, with State {Code: 48, Name: terminated}, no network interfaces and no subnet) and RA explanation
 * codes (BAD_STATE: the component is not in a functional state; UNASSOCIATED_COMPONENT: not associated with a VPC).
 * Snapshot: ipv6-only-subnet.json (describe-* output that lists i-0term000000000001 as AWS prints a terminated
 * instance, next to the stopped i-0stop000000000001).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./ipv6-only-subnet.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: a terminated instance as a query end", () => {
  it("as the source: BAD_STATE with its state (was UNASSOCIATED_COMPONENT, 'no IPv4 address in a VPC')", () => {
    const v = ask({ Source: "i-0term000000000001", Destination: "i-0web0000000000001", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.analysis.Explanations[0]?.Component?.Id).toBe("i-0term000000000001");
    expect(v.analysis.Explanations[0]?.State).toBe("terminated");
  });

  it("as the destination: BAD_STATE", () => {
    const v = ask({ Source: "i-0web0000000000001", Destination: "i-0term000000000001", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
  });

  it("a stopped instance keeps its interface: BAD_STATE at the instance (unchanged)", () => {
    expect(ask({ Source: "i-0stop000000000001", Destination: "i-0web0000000000001", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["BAD_STATE"]);
  });
});
