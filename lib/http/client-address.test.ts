import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address", () => {
  it("takes the entry added nearest to the server", () => {
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("198.51.100.1, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(["198.51.100.1", "203.0.113.9"])).toBe("203.0.113.9");
  });
  it("normalises IPv4-mapped IPv6", () => {
    expect(clientAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });
  it("is null when unknown or absurd", () => {
    expect(clientAddress(undefined)).toBeNull();
    expect(clientAddress("")).toBeNull();
    expect(clientAddress(" , ")).toBeNull();
    expect(clientAddress("x".repeat(100))).toBeNull();
  });
});
