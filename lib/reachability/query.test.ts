import { describe, expect, it } from "vitest";
import { QueryError } from "./errors";
import { DEFAULT_SOURCE_PORT, parseQuery } from "./query";

function refused(json: unknown): QueryError {
  try {
    parseQuery(json);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("query", () => {
  it("fills the default source port for tcp and udp", () => {
    expect(parseQuery({ Source: "i-1", Destination: "i-2", Protocol: "TCP", DestinationPort: "443" })).toEqual({ Source: "i-1", Destination: "i-2", Protocol: "tcp", DestinationPort: 443, SourcePort: DEFAULT_SOURCE_PORT });
    expect(parseQuery({ Source: "i-1", Destination: "i-2", Protocol: "icmp" })).toEqual({ Source: "i-1", Destination: "i-2", Protocol: "icmp" });
  });

  it("takes DestinationIp as the destination when Destination is absent", () => {
    expect(parseQuery({ Source: "i-1", DestinationIp: "8.8.8.8", Protocol: "udp", DestinationPort: 53 }).Destination).toBe("8.8.8.8");
  });

  it("names the faulty field", () => {
    expect(refused({ Destination: "i-2", Protocol: "tcp", DestinationPort: 1 }).field).toBe("Source");
    expect(refused({ Source: "i-1", Destination: "i-2", Protocol: "gre", DestinationPort: 1 }).field).toBe("Protocol");
    expect(refused({ Source: "i-1", Destination: "i-2", Protocol: "tcp" }).field).toBe("DestinationPort");
    expect(refused({ Source: "i-1", Destination: "i-2", Protocol: "tcp", DestinationPort: 70000 }).field).toBe("DestinationPort");
    expect(refused({ Source: "i-1", Destination: "i-2", Protocol: "tcp", DestinationPort: 1, SourceIp: "10.0.0" }).field).toBe("SourceIp");
    expect(refused(null).field).toBe("(query)");
  });
});
