import { describe, expect, it } from "vitest";
import { QueryError, SnapshotError, jsonPath, quote, shorten } from "./errors";

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

  it("elide long quoted values, keeping their length", () => {
    expect(quote("10.0.0.0/33")).toBe('"10.0.0.0/33"');
    expect(quote("x".repeat(1000))).toBe(`"${"x".repeat(60)}"... (1000 characters)`);
    expect(shorten(`found ${JSON.stringify("y".repeat(5000))}`)).toBe(`found "${"y".repeat(60)}..." (5000 characters)`);
    const e = new SnapshotError("$.Subnets[0].CidrBlock", "an IPv4 CIDR", `found ${"z".repeat(100_000)}`);
    expect(e.message.length).toBeLessThan(300);
    expect(e.reason).toContain("(100000 characters)");
  });
});
