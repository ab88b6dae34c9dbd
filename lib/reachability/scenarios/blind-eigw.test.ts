/**
 * Blind scenario (written from AWS documentation before reading the engine): eigw.
 * Source: AWS VPC User Guide, "Enable outbound IPv6 traffic using an egress-only internet gateway" (egress-only-internet-gateway.md) and "Route tables" (0.0.0.0/0 does not match IPv6; semantics 3.1-3.3, 1.4). RA analyses IPv4 only, so these answers are the engine's own.
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-eigw.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: eigw", () => {
  it("3.1: i-0c11111111111111a -> 2607:f8b0:4004:c07::64 tcp/443", () => {
    const v = ask({"Source": "i-0c11111111111111a", "Destination": "2607:f8b0:4004:c07::64", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0c11111111111111a", "eni-c819f6e61fea7f7d2", "sg-0c0v6000000000001", "acl-0c0c0c0c0c0c0c001", "rtb-0c00000000000main", "eigw-0a1b2c3d4e5f60001"]);
    expect(v.back).toEqual(["eigw-0a1b2c3d4e5f60001", "acl-0c0c0c0c0c0c0c001", "sg-0c0v6000000000001", "eni-c819f6e61fea7f7d2", "i-0c11111111111111a"]);
  });
  it("3.3 inbound: eigw-0a1b2c3d4e5f60001 -> i-0c11111111111111a tcp/443", () => {
    const v = ask({"Source": "eigw-0a1b2c3d4e5f60001", "Destination": "i-0c11111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "2607:f8b0:4004:c07::64"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual(["eigw-0a1b2c3d4e5f60001"]);
    expect(v.back).toEqual([]);
  });
  it("1.4 ::/0 does not match IPv4: i-0c11111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0c11111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0c11111111111111a", "eni-c819f6e61fea7f7d2", "sg-0c0v6000000000001", "acl-0c0c0c0c0c0c0c001", "rtb-0c00000000000main"]);
    expect(v.back).toEqual([]);
  });
});
