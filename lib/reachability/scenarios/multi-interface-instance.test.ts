/**
 * Source: Amazon EC2 User Guide, "Elastic network interfaces" (an instance can have several network interfaces, each
 * in its own subnet of the same AZ with its own private address and security groups; traffic addressed to any of
 * them reaches the instance) and RA "How Reachability Analyzer works" (when several reachable paths exist between a
 * source and a destination, RA displays one: the shortest). Semantics 0.3.
 *
 * Snapshot: blind-states.json (realistic describe-* output). i-0d5multi0000000001 has a primary interface in the
 * web group (tcp/443 only) and a second interface (DeviceIndex 1) in the management group (ssh from the jump host).
 * Open item 1 of /work/notes/engine-discrepancies.md.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-states.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const JUMP = "i-0d5jump00000000001";
const MULTI = "i-0d5multi0000000001";

describe("scenario: an instance with two network interfaces as the destination", () => {
  it("ssh is admitted only by the second interface's group: the path goes to that interface (0.3)", () => {
    const v = ask({ Source: JUMP, Destination: MULTI, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["sg-0d50mgmt00000001", "eni-0d5multi00000002", MULTI]);
    expect(v.back.slice(0, 3)).toEqual([MULTI, "eni-0d5multi00000002", "sg-0d50mgmt00000001"]);
  });

  it("no interface admits the port: the primary interface's answer stands", () => {
    const v = ask({ Source: JUMP, Destination: MULTI, Protocol: "tcp", DestinationPort: 3389 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("a DestinationIp fixes the interface: the primary's address is not the management one", () => {
    const v = ask({ Source: JUMP, Destination: MULTI, DestinationIp: "10.200.0.10", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
  });
});
