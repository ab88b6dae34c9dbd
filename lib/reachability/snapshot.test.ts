import { describe, expect, it } from "vitest";
import { SnapshotError } from "./errors";
import { parseSnapshot } from "./snapshot";

function refusal(json: unknown): SnapshotError {
  try {
    parseSnapshot(json);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("snapshot", () => {
  it("accepts and ignores unknown fields and keys", () => {
    const s = parseSnapshot({ Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16", DhcpOptionsId: "dopt-1" }], ResponseMetadata: {} });
    expect((s.Vpcs as { VpcId: string }[])[0]?.VpcId).toBe("vpc-1");
    expect(s.Subnets).toEqual([]);
  });

  it("refuses a wrong shape with the JSON path and what was expected", () => {
    const e = refusal({ Subnets: [{ SubnetId: "subnet-1", VpcId: 7 }] });
    expect(e.path).toBe("$.Subnets[0].VpcId");
    expect(e.expected).toBe("a string");
  });

  it("refuses a missing required field", () => {
    expect(refusal({ Vpcs: [{ CidrBlock: "10.0.0.0/16" }] }).path).toBe("$.Vpcs[0].VpcId");
  });

  it("refuses what is not an object", () => {
    expect(refusal([]).path).toBe("$");
    expect(refusal("x").path).toBe("$");
  });
});
