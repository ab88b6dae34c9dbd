/**
 * Blind scenario (written from AWS documentation before reading the engine): peering.
 * Source: AWS VPC Peering Guide (vpc-peering-routing.md, invalid-peering-configurations.md: routes needed on both sides, no transitive peering, no edge-to-edge routing, a route to a pending-acceptance peering is blackhole) and RA codes PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, BAD_STATE_ROUTE, NO_ROUTE_TO_DESTINATION (semantics 7.1-7.6).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-peering.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: peering", () => {
  it("7.1: i-01a1a1a1a1a1a1a1a -> i-02b2b2b2b2b2b2b2b tcp/443", () => {
    const v = ask({"Source": "i-01a1a1a1a1a1a1a1a", "Destination": "i-02b2b2b2b2b2b2b2b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "sg-01a1a1a1a1a1a1a1a", "acl-01a1a1a1a1a1a1a1a", "rtb-0a0a0a0a0a0a0a0a1", "pcx-0ab0ab0ab0ab0ab01", "acl-02b2b2b2b2b2b2b2b", "sg-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "i-02b2b2b2b2b2b2b2b"]);
    expect(v.back).toEqual(["i-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "sg-02b2b2b2b2b2b2b2b", "acl-02b2b2b2b2b2b2b2b", "rtb-0b0b0b0b0b0b0b0b1", "pcx-0ab0ab0ab0ab0ab01", "acl-01a1a1a1a1a1a1a1a", "sg-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "i-01a1a1a1a1a1a1a1a"]);
  });
  it("7.1 reverse: i-02b2b2b2b2b2b2b2b -> i-01a1a1a1a1a1a1a1a tcp/443", () => {
    const v = ask({"Source": "i-02b2b2b2b2b2b2b2b", "Destination": "i-01a1a1a1a1a1a1a1a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "sg-02b2b2b2b2b2b2b2b", "acl-02b2b2b2b2b2b2b2b", "rtb-0b0b0b0b0b0b0b0b1", "pcx-0ab0ab0ab0ab0ab01", "acl-01a1a1a1a1a1a1a1a", "sg-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "i-01a1a1a1a1a1a1a1a"]);
    expect(v.back).toEqual(["i-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "sg-01a1a1a1a1a1a1a1a", "acl-01a1a1a1a1a1a1a1a", "rtb-0a0a0a0a0a0a0a0a1", "pcx-0ab0ab0ab0ab0ab01", "acl-02b2b2b2b2b2b2b2b", "sg-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "i-02b2b2b2b2b2b2b2b"]);
  });
  it("7.1 one-sided: return has no route (forward delivered): i-01a1a1a1a1a1a1a1a -> i-03c3c3c3c3c3c3c3c tcp/443", () => {
    const v = ask({"Source": "i-01a1a1a1a1a1a1a1a", "Destination": "i-03c3c3c3c3c3c3c3c", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "sg-01a1a1a1a1a1a1a1a", "acl-01a1a1a1a1a1a1a1a", "rtb-0a0a0a0a0a0a0a0a1", "pcx-0ac0ac0ac0ac0ac01", "acl-03c3c3c3c3c3c3c3c", "sg-03c3c3c3c3c3c3c3c", "eni-f9d95c7ba213ebbb6", "i-03c3c3c3c3c3c3c3c"]);
    expect(v.back).toEqual(["i-03c3c3c3c3c3c3c3c", "eni-f9d95c7ba213ebbb6", "sg-03c3c3c3c3c3c3c3c", "acl-03c3c3c3c3c3c3c3c", "rtb-0c0c0c0c0c0c0c0c1"]);
  });
  it("7.3 transitive: i-02b2b2b2b2b2b2b2b -> i-03c3c3c3c3c3c3c3c tcp/443", () => {
    const v = ask({"Source": "i-02b2b2b2b2b2b2b2b", "Destination": "i-03c3c3c3c3c3c3c3c", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward).toEqual(["i-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "sg-02b2b2b2b2b2b2b2b", "acl-02b2b2b2b2b2b2b2b", "rtb-0b0b0b0b0b0b0b0b1", "pcx-0ab0ab0ab0ab0ab01"]);
    expect(v.back).toEqual([]);
  });
  it("7.4/7.5 edge via peer IGW: i-02b2b2b2b2b2b2b2b -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-02b2b2b2b2b2b2b2b", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward).toEqual(["i-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "sg-02b2b2b2b2b2b2b2b", "acl-02b2b2b2b2b2b2b2b", "rtb-0b0b0b0b0b0b0b0b1", "pcx-0ab0ab0ab0ab0ab01"]);
    expect(v.back).toEqual([]);
  });
  it("7.6 pending-acceptance: i-01a1a1a1a1a1a1a1a -> i-04d4d4d4d4d4d4d4d tcp/443", () => {
    const v = ask({"Source": "i-01a1a1a1a1a1a1a1a", "Destination": "i-04d4d4d4d4d4d4d4d", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_ROUTE"]);
    expect(v.forward).toEqual(["i-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "sg-01a1a1a1a1a1a1a1a", "acl-01a1a1a1a1a1a1a1a", "rtb-0a0a0a0a0a0a0a0a1"]);
    expect(v.back).toEqual([]);
  });
  it("one-sided from C: i-03c3c3c3c3c3c3c3c -> i-01a1a1a1a1a1a1a1a tcp/443", () => {
    const v = ask({"Source": "i-03c3c3c3c3c3c3c3c", "Destination": "i-01a1a1a1a1a1a1a1a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-03c3c3c3c3c3c3c3c", "eni-f9d95c7ba213ebbb6", "sg-03c3c3c3c3c3c3c3c", "acl-03c3c3c3c3c3c3c3c", "rtb-0c0c0c0c0c0c0c0c1"]);
    expect(v.back).toEqual([]);
  });
  it("RA source: a peering connection (traffic from the requester VPC into B): pcx-0ab0ab0ab0ab0ab01 -> i-02b2b2b2b2b2b2b2b tcp/443", () => {
    const v = ask({"Source": "pcx-0ab0ab0ab0ab0ab01", "Destination": "i-02b2b2b2b2b2b2b2b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["pcx-0ab0ab0ab0ab0ab01", "acl-02b2b2b2b2b2b2b2b", "sg-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "i-02b2b2b2b2b2b2b2b"]);
    expect(v.back).toEqual(["i-02b2b2b2b2b2b2b2b", "eni-1b31038188fbaef76", "sg-02b2b2b2b2b2b2b2b", "acl-02b2b2b2b2b2b2b2b", "rtb-0b0b0b0b0b0b0b0b1", "pcx-0ab0ab0ab0ab0ab01"]);
  });
  it("RA source: a peering connection (traffic from B into A): pcx-0ab0ab0ab0ab0ab01 -> i-01a1a1a1a1a1a1a1a tcp/443", () => {
    const v = ask({"Source": "pcx-0ab0ab0ab0ab0ab01", "Destination": "i-01a1a1a1a1a1a1a1a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["pcx-0ab0ab0ab0ab0ab01", "acl-01a1a1a1a1a1a1a1a", "sg-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "i-01a1a1a1a1a1a1a1a"]);
    expect(v.back).toEqual(["i-01a1a1a1a1a1a1a1a", "eni-7c2675662346280af", "sg-01a1a1a1a1a1a1a1a", "acl-01a1a1a1a1a1a1a1a", "rtb-0a0a0a0a0a0a0a0a1", "pcx-0ab0ab0ab0ab0ab01"]);
  });
  it("peering source, C has no route back: pcx-0ac0ac0ac0ac0ac01 -> i-03c3c3c3c3c3c3c3c tcp/443", () => {
    const v = ask({"Source": "pcx-0ac0ac0ac0ac0ac01", "Destination": "i-03c3c3c3c3c3c3c3c", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["pcx-0ac0ac0ac0ac0ac01", "acl-03c3c3c3c3c3c3c3c", "sg-03c3c3c3c3c3c3c3c", "eni-f9d95c7ba213ebbb6", "i-03c3c3c3c3c3c3c3c"]);
    expect(v.back).toEqual(["i-03c3c3c3c3c3c3c3c", "eni-f9d95c7ba213ebbb6", "sg-03c3c3c3c3c3c3c3c", "acl-03c3c3c3c3c3c3c3c", "rtb-0c0c0c0c0c0c0c0c1"]);
  });
});
