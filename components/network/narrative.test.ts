import { describe, expect, it } from "vitest";
import { analyze, parseQuery } from "@/lib/reachability";
import { narrate } from "./narrative";
import { loadTestNetwork } from "./test-networks";

describe("narrate", () => {
  const { model } = loadTestNetwork("lesson-public-private");
  const run = (Source: string, Destination: string, DestinationPort: number) =>
    narrate(model, analyze(model, parseQuery({ Source, Destination, Protocol: "tcp", DestinationPort })));

  it("tells a blocked request hop by hop and ends with the blocking NACL rule", () => {
    const lines = run("i-web", "i-db", 5432);
    expect(lines[0]?.text).toBe("i-web sends tcp 10.0.1.10:50000 → 10.0.4.10:5432.");
    expect(lines.map((l) => l.n)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.some((l) => l.text.startsWith("Security group sg-web outbound rule allows all traffic to 0.0.0.0/0"))).toBe(true);
    const last = lines[lines.length - 1];
    expect(last?.status).toBe("blocked");
    expect(last?.text).toMatch(/^Network ACL acl-db inbound rule \* DENY: blocked\./);
  });

  it("tells the reply of a reachable connection, with NAT translation", () => {
    const lines = run("i-app", "8.8.8.8", 443);
    const texts = lines.map((l) => l.text);
    expect(texts.some((t) => t.startsWith("NAT gateway nat-main translates tcp 10.0.2.10:50000 → 8.8.8.8:443 to tcp 10.0.1.100:50000 → 8.8.8.8:443"))).toBe(true);
    expect(lines.some((l) => l.leg === "return")).toBe(true);
    expect(lines[lines.length - 1]?.text).toBe("The reply reaches i-app: reachable.");
    expect(lines.every((l) => l.status !== "blocked")).toBe(true);
  });

  it("says a peering connection is pending acceptance when a route to it is the blackhole that drops the packet", () => {
    const peering = loadTestNetwork("lesson-07-peering.json").model;
    const lines = narrate(peering, analyze(peering, parseQuery({ Source: "i-shared", Destination: "172.16.1.10", Protocol: "tcp", DestinationPort: 443 })));
    const last = lines[lines.length - 1]!;
    expect(last.status).toBe("blocked");
    expect(last.text).toContain("Peering connection pcx-shared-partner is pending acceptance");
    // An active peering connection's path says nothing of the kind.
    const ok = narrate(peering, analyze(peering, parseQuery({ Source: "i-app", Destination: "i-shared", Protocol: "tcp", DestinationPort: 443 })));
    expect(ok.some((l) => l.text.includes("pending"))).toBe(false);
  });
});
