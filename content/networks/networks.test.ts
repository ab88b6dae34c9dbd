import { describe, expect, it } from "vitest";
import { analyze, parseQuery } from "@/lib/reachability";
import { loadNetwork } from "@/components/network/load-network";
import { loadTestNetwork, networkFiles, readNetwork } from "@/components/network/test-networks";

describe("content/networks", () => {
  it("holds at least two lesson networks", () => {
    expect(networkFiles().length).toBeGreaterThanOrEqual(2);
  });
  it.each(networkFiles())("%s loads in the engine", (file) => {
    const loaded = loadNetwork(readNetwork(file));
    expect(loaded.ok ? "loaded" : loaded.error).toBe("loaded");
  });
  it("lesson-public-private: the db subnet's NACL blocks the web tier, the app tier reaches the db", () => {
    const { model } = loadTestNetwork("lesson-public-private");
    const ask = (Source: string, Destination: string, DestinationPort: number) => analyze(model, parseQuery({ Source, Destination, Protocol: "tcp", DestinationPort }));
    const blocked = ask("i-web", "i-db", 5432);
    expect(blocked.NetworkPathFound).toBe(false);
    expect(blocked.Explanations[0]?.ExplanationCode).toBe("SUBNET_ACL_RESTRICTION");
    expect(blocked.Explanations[0]?.Component?.Id).toBe("acl-db");
    expect(ask("i-app", "i-db", 5432).NetworkPathFound).toBe(true);
    expect(ask("igw-main", "i-web", 443).NetworkPathFound).toBe(true);
    expect(ask("i-db", "8.8.8.8", 443).NetworkPathFound).toBe(true);
  });
  it("lesson-peering: peering is not transitive", () => {
    const { model } = loadTestNetwork("lesson-peering");
    const ask = (Source: string, Destination: string) => analyze(model, parseQuery({ Source, Destination, Protocol: "tcp", DestinationPort: 443 }));
    expect(ask("i-dev", "i-registry").NetworkPathFound).toBe(true);
    expect(ask("i-prod", "i-registry").NetworkPathFound).toBe(true);
    expect(ask("i-dev", "i-prod").NetworkPathFound).toBe(false);
  });
});
