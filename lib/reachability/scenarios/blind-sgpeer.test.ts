/**
 * Blind scenario (written from AWS documentation before reading the engine): sgpeer.
 * Source: AWS VPC Peering Guide, "Update your security groups to reference peer security groups" (same-Region peering; semantics 5.8).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-sgpeer.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: sgpeer", () => {
  it("5.8 SG reference across same-Region peering: i-0f21111111111111a -> i-0f22222222222222a tcp/5432", () => {
    const v = ask({"Source": "i-0f21111111111111a", "Destination": "i-0f22222222222222a", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f21111111111111a", "eni-d28333ab8ff16a121", "sg-0f20app000000001", "acl-0f20a00000000001", "rtb-0f200000000000a01", "pcx-0f20f20f20f20f201", "acl-0f20b00000000001", "sg-0f20db0000000001", "eni-f23c3eb18bd0f3bf7", "i-0f22222222222222a"]);
    expect(v.back).toEqual(["i-0f22222222222222a", "eni-f23c3eb18bd0f3bf7", "sg-0f20db0000000001", "acl-0f20b00000000001", "rtb-0f200000000000b01", "pcx-0f20f20f20f20f201", "acl-0f20a00000000001", "sg-0f20app000000001", "eni-d28333ab8ff16a121", "i-0f21111111111111a"]);
  });
  it("5.8 not a member: i-0f21111111111111b -> i-0f22222222222222a tcp/5432", () => {
    const v = ask({"Source": "i-0f21111111111111b", "Destination": "i-0f22222222222222a", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0f21111111111111b", "eni-278ba06464b4a1d5f", "sg-0f20oth000000001", "acl-0f20a00000000001", "rtb-0f200000000000a01", "pcx-0f20f20f20f20f201", "acl-0f20b00000000001", "sg-0f20db0000000001"]);
    expect(v.back).toEqual([]);
  });
});
