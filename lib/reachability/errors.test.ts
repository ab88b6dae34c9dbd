import { describe, expect, it } from "vitest";
import { QueryError, SnapshotError, jsonPath } from "./errors";

describe("errors", () => {
  it("formats JSON paths", () => {
    expect(jsonPath(["Subnets", 2, "CidrBlock"])).toBe("$.Subnets[2].CidrBlock");
    expect(jsonPath(["a b"])).toBe('$["a b"]');
  });

  it("carry path/field, expected and reason", () => {
    const s = new SnapshotError("$.Vpcs[0]", "x", "y");
    expect(s).toBeInstanceOf(Error);
    expect(s.message).toBe("Snapshot refused at $.Vpcs[0]: expected x; y");
    expect(new QueryError("Protocol", "tcp", "found gre").field).toBe("Protocol");
  });
});
