/**
 * Blind scenario (written from AWS documentation before reading the engine): pl-pending.
 * Source: AWS PrivateLink Guide ("Accept or reject connection requests": an endpoint to a service with acceptance required stays pendingAcceptance until accepted) and RA code BAD_STATE (semantics 9.7, 13.3).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-pl-pending.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: pl-pending", () => {
  it("9.7 endpoint pendingAcceptance (AcceptanceRequired, not yet accepted): i-0bb2222222222222b -> vpce-0a1b2c3d4e5f6a7b3 tcp/443", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "vpce-0a1b2c3d4e5f6a7b3", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "sg-0bb0vpce00000001", "vpce-0a1b2c3d4e5f6a7b3"]);
    expect(v.back).toEqual([]);
  });
});
